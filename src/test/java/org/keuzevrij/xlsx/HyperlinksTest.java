package org.keuzevrij.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Workbook hyperlinks")
class HyperlinksTest {

  @Test
  @DisplayName("are allowed for http and https addresses with a host, in any case")
  void webAddresses() {
    assertTrue(Hyperlinks.allowed("https://osai-index.eu/the-index"));
    assertTrue(Hyperlinks.allowed("http://example.org"));
    assertTrue(Hyperlinks.allowed("HTTPS://eur-lex.europa.eu/eli/reg/2024/1689/oj"));
  }

  @Test
  @DisplayName(
      "are refused for other schemes, addresses without a host, malformed addresses and none")
  void everythingElse() {
    assertFalse(Hyperlinks.allowed("javascript:alert(1)"));
    assertFalse(Hyperlinks.allowed("file:///etc/passwd"));
    assertFalse(Hyperlinks.allowed("https:no-host"));
    assertFalse(Hyperlinks.allowed("https://exa mple.org"));
    assertFalse(Hyperlinks.allowed("/relative/path"));
    assertFalse(Hyperlinks.allowed(null));
  }

  @Test
  @DisplayName("show their address without the scheme, cut with an ellipsis to fit the column")
  void labels() {
    assertEquals("www.amsterdam.nl", Hyperlinks.label("https://www.amsterdam.nl", 30));
    String cut =
        Hyperlinks.label(
            "https://docs.vllm.ai/en/v0.8.4/serving/openai_compatible_server.html", 30);
    assertTrue(cut.startsWith("docs.vllm.ai/en/") && cut.endsWith("\u2026"), cut);
    assertTrue(RowHeight.width(cut) <= 30 - 1.2, cut);
    assertEquals(null, Hyperlinks.label(null, 30));
  }
}
