package org.keuzevrij.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keuzevrij.web.PageAssertions.assertContains;
import static org.keuzevrij.web.PageAssertions.assertHtml;
import static org.keuzevrij.web.PageAssertions.assertNotContains;
import static org.keuzevrij.web.PageAssertions.html;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Page language, error pages and hostile input")
class PageLanguageAndErrorsTest {

  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start(RunningApp.BUNDLED);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<Buffer> get(String uri, String... headers) {
    return app.get(uri, headers);
  }

  @Test
  @DisplayName(
      "?lang=en gives English, sets the lang cookie, and the cookie keeps English on the next page")
  void englishByParameterThenCookie() {
    HttpResponse<Buffer> english = get("/?lang=en");
    assertHtml(english, 200);
    assertContains(english.bodyAsString(), "<html lang=\"en\">");
    assertContains(english.bodyAsString(), "<h1>Catalogue of AI offerings</h1>");
    assertEquals("en", english.getHeader("Content-Language"));
    List<String> cookies = english.cookies();
    assertEquals(1, cookies.size(), cookies.toString());
    String cookie = cookies.get(0);
    assertTrue(cookie.startsWith("lang=en;"), cookie);
    for (String attribute : List.of("Path=/", "HttpOnly", "SameSite=Lax")) {
      assertTrue(
          cookie.toLowerCase(Locale.ROOT).contains(attribute.toLowerCase(Locale.ROOT)),
          cookie + " lacks " + attribute);
    }

    HttpResponse<Buffer> remembered = get("/models/olmo", "Cookie", "lang=en");
    assertContains(remembered.bodyAsString(), "<html lang=\"en\">");
    assertContains(remembered.bodyAsString(), "Facts with sources");
    assertTrue(remembered.cookies().isEmpty(), "no new cookie without a new choice");

    HttpResponse<Buffer> back = get("/models/olmo?lang=nl", "Cookie", "lang=en");
    assertContains(back.bodyAsString(), "<html lang=\"nl\">");
    assertTrue(back.cookies().get(0).startsWith("lang=nl;"));
  }

  @Test
  @DisplayName("the language switch keeps the current path and query")
  void languageSwitchKeepsPathAndQuery() {
    String overview = get("/?kind=models&q=mistral").bodyAsString();
    assertContains(
        overview,
        "class=\"language-switch\" href=\"" + html("/?kind=models&q=mistral&lang=en") + "\"");
    String model = get("/models/olmo?lang=en").bodyAsString();
    assertContains(
        model, "class=\"language-switch\" href=\"" + html("/models/olmo?lang=nl") + "\"");
    assertContains(model, ">Nederlands</a>");
  }

  @Test
  @DisplayName("an unknown id gives a 404 page in the chosen language")
  void unknownIdIsNotFound() {
    HttpResponse<Buffer> dutch = get("/models/no-such-model");
    assertHtml(dutch, 404);
    assertContains(
        dutch.bodyAsString(), "Er staat geen model met id „no-such-model” in de catalogus.");
    HttpResponse<Buffer> english = get("/suppliers/no-such-supplier", "Cookie", "lang=en");
    assertHtml(english, 404);
    assertContains(english.bodyAsString(), "<html lang=\"en\">");
    assertContains(
        english.bodyAsString(),
        "There is no supplier with id “no-such-supplier” in the catalogue.");
  }

  @Test
  @DisplayName(
      "an unknown address gives an HTML 404 page, while the API keeps answering problem+json")
  void unknownAddressIsNotFound() {
    HttpResponse<Buffer> page = get("/nowhere?lang=en");
    assertHtml(page, 404);
    assertContains(page.bodyAsString(), "<h1>Page not found</h1>");
    HttpResponse<Buffer> api = get("/api/v1/models/no-such-model");
    assertEquals(404, api.statusCode());
    assertEquals("application/problem+json", api.getHeader("Content-Type"));
  }

  @Test
  @DisplayName("an invalid filter value gives a 400 page that names the problem, without results")
  void invalidFilterIsExplained() {
    HttpResponse<Buffer> response = get("/?kind=offerings&delivery=teleport");
    assertHtml(response, 400);
    String page = response.bodyAsString();
    assertContains(page, "<a href=\"#filter-delivery\">Kies een leveringsvorm uit de lijst.</a>");
    assertContains(page, "aria-invalid=\"true\"");
    assertNotContains(page, "<table class=\"catalogue\">");

    HttpResponse<Buffer> kind = get("/?kind=clauses&lang=en");
    assertHtml(kind, 400);
    assertContains(kind.bodyAsString(), "Choose offerings, models or suppliers.");
  }

  @Test
  @DisplayName("an address that cannot be decoded gives a 400 page, not a server error")
  void undecodableAddressIsABadRequest() {
    for (String uri : List.of("/?q=%zz", "/models/%zz")) {
      HttpResponse<Buffer> response = get(uri);
      assertHtml(response, 400);
      assertContains(response.bodyAsString(), "<h1>Dit verzoek kan niet worden verwerkt</h1>");
    }
    HttpResponse<Buffer> api = get("/api/v1/models/%zz");
    assertEquals(400, api.statusCode());
    assertEquals("application/problem+json", api.getHeader("Content-Type"));
  }

  @Test
  @DisplayName("the search text is echoed escaped, so a crafted link cannot inject markup")
  void searchTextIsEscaped() {
    HttpResponse<Buffer> response =
        get("/?q=" + URLEncoder.encode("\"><script>alert(1)</script>", StandardCharsets.UTF_8));
    assertHtml(response, 200);
    assertNotContains(response.bodyAsString(), "<script>alert(1)</script>");
    assertContains(
        response.bodyAsString(), "value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"");
  }

  @Test
  @DisplayName("pages carry the security headers and a stylesheet served by the app itself")
  void pagesUseOnlyOwnAssets() {
    HttpResponse<Buffer> page = get("/");
    assertTrue(page.getHeader("Content-Security-Policy").contains("default-src 'self'"));
    assertContains(page.bodyAsString(), "<link rel=\"stylesheet\" href=\"/assets/site.css\">");
    assertNull(page.getHeader("Set-Cookie"), "no cookie unless the reader chooses a language");
    HttpResponse<Buffer> css = get("/assets/site.css");
    assertEquals(200, css.statusCode());
    assertTrue(css.getHeader("Content-Type").startsWith("text/css"), css.getHeader("Content-Type"));
  }
}
