package org.keuzevrij.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Source links")
class SourceLinkTest {

  @Test
  @DisplayName("show the host without www, so a reader sees whose page it is")
  void showsTheHost() {
    SourceLink link = SourceLink.of("https://www.example.org/path?q=1").orElseThrow();
    assertEquals("example.org", link.host());
    assertEquals("https://www.example.org/path?q=1", link.href());
  }

  @Test
  @DisplayName("are only made for http and https, never for javascript: or data:")
  void onlyWebAddresses() {
    assertTrue(SourceLink.of("javascript:alert(1)").isEmpty());
    assertTrue(SourceLink.of("JavaScript://example.org/%0Aalert(1)").isEmpty());
    assertTrue(SourceLink.of("data:text/html,<script>").isEmpty());
    assertTrue(SourceLink.of("not a url").isEmpty());
    assertTrue(SourceLink.of(null).isEmpty());
  }
}
