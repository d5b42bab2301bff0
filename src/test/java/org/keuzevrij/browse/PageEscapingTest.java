package org.keuzevrij.browse;

import static org.keuzevrij.web.PageAssertions.assertContains;
import static org.keuzevrij.web.PageAssertions.assertHtml;
import static org.keuzevrij.web.PageAssertions.assertNotContains;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.web.RunningApp;

@DisplayName("Catalogue text is escaped on every page")
class PageEscapingTest {

  private static final String NAME = "<script>alert('name')</script> & Co";
  private static final String NOTE = "<img src=x onerror=alert('note')>";

  @TempDir static Path root;

  private static RunningApp app;

  @BeforeAll
  static void start() {
    Fixtures.smallCatalogue(root);
    ObjectNode hostile = Fixtures.supplier("hostile", "NL", "none", List.of());
    hostile.put("name", NAME).put("notes", NOTE);
    ((ObjectNode) hostile.get("legalEntity")).put("note", NOTE);
    Fixtures.write(root, Kind.SUPPLIER, hostile);
    Fixtures.write(
        root,
        Kind.OFFERING,
        Fixtures.offering("hostile-api", "hostile", List.of("open-model"), List.of("NL")));
    app = RunningApp.start(root);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static String page(String uri) {
    HttpResponse<Buffer> response = app.get(uri);
    assertHtml(response, 200);
    return response.bodyAsString();
  }

  @Test
  @DisplayName(
      "a supplier named <script> appears as text on its own page, in notes and in the title")
  void supplierPage() {
    String page = page("/suppliers/hostile");
    assertNotContains(page, "<script>");
    assertNotContains(page, "<img src=x");
    assertContains(page, "<h1>&lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt; &amp; Co</h1>");
    assertContains(page, "<title>&lt;script&gt;");
    assertContains(page, "&lt;img src&#x3D;x onerror&#x3D;alert(&#x27;note&#x27;)&gt;");
  }

  @Test
  @DisplayName("the same name is escaped where other pages link to it")
  void linkingPages() {
    for (String uri : List.of("/?kind=suppliers", "/?kind=offerings", "/offerings/hostile-api")) {
      String page = page(uri);
      assertNotContains(page, "<script>");
      assertContains(page, "&lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt; &amp; Co");
    }
  }
}
