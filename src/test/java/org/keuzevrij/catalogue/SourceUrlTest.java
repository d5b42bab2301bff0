package org.keuzevrij.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A source is an absolute http(s) URL that no renderer has to defuse")
class SourceUrlTest {

  private static final SchemaValidator SCHEMAS = SchemaValidator.catalogue();
  private static final String MESSAGE =
      "must be an absolute http:// or https:// URL with a host, without spaces, quotes, angle"
          + " brackets, backslashes or control characters (percent-encode them, e.g. %20 for a"
          + " space)";

  private static List<Problem> problems(String source) {
    try {
      // The fixtures hold Java values; the validator reads JSON nodes, as a file gives them.
      ObjectNode supplier =
          (ObjectNode)
              CanonicalJson.read(
                  CanonicalJson.pretty(Fixtures.supplier("eu-host", "NL", "none", List.of())));
      ((ObjectNode) supplier.get("legalEntity")).put("source", source);
      return SCHEMAS.validate(Kind.SUPPLIER, "eu-host.json", supplier);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("accepted")
  @ValueSource(
      strings = {
        "https://example.org",
        "http://example.org/path?q=1#frag",
        "HTTPS://Example.org/",
        "HtTp://example.org:8080/a",
        "https://de.wikipedia.org/wiki/Künstliche_Intelligenz",
        "https://example.org/search?q=a%20b&x=%0d%0a",
        "https://example.org/#:~:text=EU%20region",
        "https://example.org/a(b)/c;d=e,f+g*h!i~j$k@l"
      })
  void accepted(String source) {
    assertEquals(List.of(), problems(source));
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("refused")
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript://example.org/%0aalert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "ftp://example.org/",
        "//example.org/path",
        "/relative/path",
        "https://",
        "https:///etc/passwd",
        "https://?q",
        "https://#x",
        " https://example.org",
        "https://example.org ",
        "https://x\"><script>alert(1)</script>",
        "https://x/'onmouseover='alert(1)",
        "https://x/<img src=x>",
        "https://x/\\evil",
        "https://x/`x`",
        "https://x/a b",
        "https://x/\ta",
        "https://x/\r\nSet-Cookie: a=b",
        "https://x/\n",
        "https://x/\u0000",
        "https://x/\u007f",
        "https://x/\u0085",
        "https://x/\u00a0",
        "https://x/\u200b",
        "https://x/\u202e",
        "https://x/\u2028",
        "https://x/\ufeff",
        "https://x/100%",
        "https://x/%zz",
        "https://x/%0"
      })
  void refused(String source) {
    assertEquals(
        List.of(new Problem("eu-host.json", "/legalEntity/source", MESSAGE)), problems(source));
  }

  @ParameterizedTest(name = "{0} encoded spaces")
  @DisplayName("a long address is checked in one pass, and one over 2000 characters is refused")
  @ValueSource(ints = {495, 496})
  void longAddresses(int spaces) {
    String source = "https://example.org/" + "a%20".repeat(spaces);
    assertEquals(source.length() <= 2000, problems(source).isEmpty(), source.length() + " chars");
  }
}
