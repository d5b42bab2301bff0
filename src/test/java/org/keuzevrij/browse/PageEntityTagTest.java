package org.keuzevrij.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.web.EditableApp;
import org.keuzevrij.web.EditableAppTest;
import org.keuzevrij.web.PageSession;
import org.keuzevrij.web.RunningApp;

@DisplayName("Catalogue pages: an ETag per catalogue and language, 304 when a browser revalidates")
class PageEntityTagTest {

  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start(RunningApp.BUNDLED);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/?kind=models&q=llama",
        "/offerings/anthropic-api",
        "/profiles/amsterdam-ai-vision-2024",
        "/usecases/residents-chatbot"
      })
  @DisplayName("a page sent again with its ETag in If-None-Match answers 304 without a body")
  void revalidates(String path) {
    HttpResponse<Buffer> first = app.get(path);
    assertEquals(200, first.statusCode());
    String etag = first.getHeader("ETag");
    assertNotNull(etag, "an ETag on " + path);
    assertEquals(etag, app.get(path).getHeader("ETag"), "the same page, the same tag");
    HttpResponse<Buffer> again = app.get(path, "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertNull(again.body(), "no body with a 304");
    assertEquals(etag, again.getHeader("ETag"));
    assertEquals("no-cache", again.getHeader("Cache-Control"));
    assertEquals(200, app.get(path, "If-None-Match", "\"something-else\"").statusCode());
  }

  @Test
  @DisplayName("the English page has its own tag: a Dutch tag does not stand for it")
  void perLanguage() {
    String dutch = app.get("/offerings/anthropic-api").getHeader("ETag");
    HttpResponse<Buffer> english =
        app.get("/offerings/anthropic-api", "Cookie", "lang=en", "If-None-Match", dutch);
    assertEquals(200, english.statusCode());
    assertEquals("en", english.getHeader("Content-Language"));
    assertNotEquals(dutch, english.getHeader("ETag"));
    assertTrue(english.getHeader("Vary").contains("Cookie"));
  }

  @Test
  @DisplayName("error pages carry no ETag")
  void errorsUntagged() {
    HttpResponse<Buffer> missing = app.get("/offerings/no-such-offering");
    assertEquals(404, missing.statusCode());
    assertNull(missing.getHeader("ETag"));
    assertNull(app.get("/?kind=nonsense").getHeader("ETag"));
  }

  @Nested
  @DisplayName("with editing")
  class WithEditing extends EditableAppTest {

    @Test
    @DisplayName("an edit changes the catalogue version and so every page's tag")
    void editChangesTag() {
      HttpResponse<Buffer> before = app.send(HttpMethod.GET, "/offerings/eu-api", null);
      String etag = before.getHeader("ETag");
      assertNotNull(etag);
      HttpResponse<Buffer> api = app.send(HttpMethod.GET, "/api/v1/offerings/eu-api", null);
      HttpResponse<Buffer> put =
          app.send(
              HttpMethod.PUT,
              "/api/v1/offerings/eu-api",
              Fixtures.offering("eu-api", "eu-host", List.of("open-model"), List.of("DE"))
                  .toString(),
              "Authorization",
              EditableApp.bearer(users.editorToken()),
              "Content-Type",
              "application/json",
              "If-Match",
              api.getHeader("ETag"));
      assertEquals(200, put.statusCode(), put.bodyAsString());
      HttpResponse<Buffer> after =
          app.send(HttpMethod.GET, "/offerings/eu-api", null, "If-None-Match", etag);
      assertEquals(200, after.statusCode(), "the old tag no longer matches");
      assertNotEquals(etag, after.getHeader("ETag"));
      HttpResponse<Buffer> overview = app.send(HttpMethod.GET, "/", null, "If-None-Match", etag);
      assertEquals(200, overview.statusCode());
    }

    @Test
    @DisplayName("a signed-in user's pages show their controls and carry no ETag")
    void signedInUntagged() {
      PageSession editor = new PageSession(app);
      editor.logIn("editor");
      HttpResponse<Buffer> page = editor.get("/offerings/eu-api");
      assertEquals(200, page.statusCode());
      assertNull(page.getHeader("ETag"));
      assertNull(editor.get("/").getHeader("ETag"));
    }
  }
}
