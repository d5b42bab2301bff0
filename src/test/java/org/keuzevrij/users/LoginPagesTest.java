package org.keuzevrij.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keuzevrij.web.PageAssertions.assertContains;
import static org.keuzevrij.web.PageAssertions.assertNotContains;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.web.EditableApp;
import org.keuzevrij.web.EditableAppTest;
import org.keuzevrij.web.PageSession;
import org.keuzevrij.web.access.Sessions;

@DisplayName("Login, logout, session cookie and CSRF")
class LoginPagesTest extends EditableAppTest {

  private static MultiMap form(String... pairs) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i < pairs.length; i += 2) {
      form.add(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  @Test
  @DisplayName(
      "visitors get no session cookie; the login form sets one that is HttpOnly and SameSite=Lax")
  void sessionCookie() {
    PageSession visitor = new PageSession(app);
    HttpResponse<Buffer> overview = visitor.get("/");
    assertTrue(
        overview.cookies().stream().noneMatch(c -> c.startsWith(Sessions.COOKIE)),
        overview.cookies()::toString);
    assertContains(overview.bodyAsString(), "href=\"/login?return&#x3D;%2F\"");
    HttpResponse<Buffer> login = visitor.get("/login");
    assertEquals(200, login.statusCode());
    String cookie =
        login.cookies().stream()
            .filter(c -> c.startsWith(Sessions.COOKIE + "="))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.toLowerCase().contains("; httponly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    assertFalse(cookie.contains("Secure"), "plain HTTP in tests, so no Secure flag: " + cookie);
  }

  @Test
  @DisplayName("behind TLS (--secure-cookies) the session cookie is also Secure")
  void secureCookie(@TempDir Path other) {
    try (EditableApp secure = EditableApp.start(source, other, users, AuthSettings.local(true))) {
      String cookie =
          new PageSession(secure)
              .get("/login").cookies().stream()
                  .filter(c -> c.startsWith(Sessions.COOKIE + "="))
                  .findFirst()
                  .orElseThrow();
      assertTrue(cookie.toLowerCase().contains("; secure"), cookie);
    }
  }

  @Test
  @DisplayName(
      "signing in gives a new session id (no fixation), then the header shows the user and a logout button")
  void signInRegeneratesSession() {
    PageSession editor = new PageSession(app);
    String csrf = PageSession.csrf(editor.get("/login?return=%2Foffering%2Feu-api").bodyAsString());
    String before = editor.cookie(Sessions.COOKIE);
    assertNotNull(before);
    HttpResponse<Buffer> response =
        editor.post(
            "/login",
            form(
                "csrf",
                csrf,
                "username",
                "editor",
                "password",
                EditableApp.PASSWORD,
                "return",
                "/offerings/eu-api"));
    assertEquals(303, response.statusCode());
    assertEquals("/offerings/eu-api", response.getHeader("Location"));
    assertNotEquals(before, editor.cookie(Sessions.COOKIE), "the session id changes at sign-in");
    String page = editor.get("/offerings/eu-api").bodyAsString();
    assertContains(page, "Uitloggen (editor)");
    assertNotContains(page, "href=\"/admin\"");
    assertEquals(csrf.length(), PageSession.csrf(page).length());
    assertNotEquals(csrf, PageSession.csrf(page), "a new CSRF token comes with the new session");
  }

  @Test
  @DisplayName("a wrong password shows the form again (401) with a message, in Dutch and English")
  void wrongPassword() {
    PageSession visitor = new PageSession(app);
    String csrf = PageSession.csrf(visitor.get("/login").bodyAsString());
    HttpResponse<Buffer> response =
        visitor.post(
            "/login",
            form(
                "csrf", csrf, "username", "editor", "password", "not the password", "return", "/"));
    assertEquals(401, response.statusCode(), "the form again, as 401 like the API");
    assertContains(response.bodyAsString(), "De gebruikersnaam of het wachtwoord klopt niet.");
    assertContains(response.bodyAsString(), "value=\"editor\"");
    HttpResponse<Buffer> english =
        visitor.post(
            "/login?lang=en",
            form(
                "csrf", csrf, "username", "nobody", "password", "not the password", "return", "/"));
    assertContains(english.bodyAsString(), "The user name or the password is not right.");
  }

  @Test
  @DisplayName("a form post without the CSRF token, or with another session's, is refused with 403")
  void csrfRequired() {
    PageSession visitor = new PageSession(app);
    visitor.get("/login");
    HttpResponse<Buffer> missing =
        visitor.post("/login", form("username", "editor", "password", EditableApp.PASSWORD));
    assertEquals(403, missing.statusCode());
    assertTrue(missing.getHeader("Content-Type").startsWith("text/html"));
    PageSession other = new PageSession(app);
    String foreign = PageSession.csrf(other.get("/login").bodyAsString());
    assertEquals(
        403,
        visitor
            .post(
                "/login",
                form("csrf", foreign, "username", "editor", "password", EditableApp.PASSWORD))
            .statusCode());
    assertEquals(
        403,
        new PageSession(app)
            .post(
                "/login",
                form("csrf", foreign, "username", "editor", "password", EditableApp.PASSWORD))
            .statusCode(),
        "no session at all");
  }

  @Test
  @DisplayName("logging out needs the CSRF token, ends the session, and shows the login link again")
  void logout() {
    PageSession editor = new PageSession(app);
    editor.logIn("editor");
    String page = editor.get("/").bodyAsString();
    assertEquals(
        403, editor.post("/logout", form()).statusCode(), "a logout without token is refused");
    assertContains(editor.get("/").bodyAsString(), "Uitloggen (editor)");
    HttpResponse<Buffer> out = editor.post("/logout", form("csrf", PageSession.csrf(page)));
    assertEquals(303, out.statusCode());
    assertContains(editor.get("/").bodyAsString(), "href=\"/login?return&#x3D;%2F\"");
  }

  @Test
  @DisplayName("the return address after login can only be a page of this site")
  void noOpenRedirect() {
    for (String target :
        new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example"}) {
      PageSession visitor = new PageSession(app);
      String csrf = PageSession.csrf(visitor.get("/login").bodyAsString());
      HttpResponse<Buffer> response =
          visitor.post(
              "/login",
              form(
                  "csrf",
                  csrf,
                  "username",
                  "viewer",
                  "password",
                  EditableApp.PASSWORD,
                  "return",
                  target));
      assertEquals("/", response.getHeader("Location"), target);
    }
  }
}
