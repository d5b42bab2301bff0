package org.keuzevrij.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keuzevrij.web.PageAssertions.assertContains;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.web.EditableApp;
import org.keuzevrij.web.EditableAppTest;
import org.keuzevrij.web.PageSession;
import org.keuzevrij.web.access.SignInThrottle;

@DisplayName(
    "Brute force: failed sign-ins lock the account, and the right password is refused then")
class BruteForceTest extends EditableAppTest {

  private HttpResponse<Buffer> me(String authorization) {
    return app.send(HttpMethod.GET, "/api/v1/me", null, "Authorization", authorization);
  }

  @Test
  @DisplayName(
      "Basic: after the allowance of wrong passwords, 429 with Retry-After, even for the right one")
  void basicLocks() {
    for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES; i++) {
      assertEquals(401, me(EditableApp.basic("editor", "wrong " + i)).statusCode());
    }
    HttpResponse<Buffer> locked = me(EditableApp.basic("editor", EditableApp.PASSWORD));
    assertEquals(429, locked.statusCode(), locked.bodyAsString());
    assertTrue(Long.parseLong(locked.getHeader("Retry-After")) >= 1);
    assertTrue(locked.getHeader("Content-Type").startsWith("application/problem+json"));
    assertEquals(
        200,
        me(EditableApp.bearer(users.viewerToken())).statusCode(),
        "other accounts from the same address still get in");
  }

  @Test
  @DisplayName(
      "the login form: 401 with the form for a wrong password, 429 with the form once locked")
  void formLocks() {
    PageSession visitor = new PageSession(app);
    String csrf = PageSession.csrf(visitor.get("/login").bodyAsString());
    for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES; i++) {
      HttpResponse<Buffer> wrong = visitor.post("/login", form(csrf, "admin", "wrong " + i));
      assertEquals(401, wrong.statusCode());
    }
    HttpResponse<Buffer> locked = visitor.post("/login", form(csrf, "admin", EditableApp.PASSWORD));
    assertEquals(429, locked.statusCode());
    assertTrue(Long.parseLong(locked.getHeader("Retry-After")) >= 1);
    assertContains(locked.bodyAsString(), "Te veel mislukte pogingen.");
    assertContains(locked.bodyAsString(), "name=\"password\"");
    assertEquals(
        429,
        me(EditableApp.basic("admin", EditableApp.PASSWORD)).statusCode(),
        "the lock holds for Basic too");
  }

  @Test
  @DisplayName("wrong bearer tokens count against the address; then even a valid one waits")
  void bearerLocksAddress() {
    for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
      assertEquals(401, me(EditableApp.bearer("kzv_000000_guess" + i)).statusCode());
    }
    HttpResponse<Buffer> locked = me(EditableApp.bearer(users.editorToken()));
    assertEquals(429, locked.statusCode());
    assertTrue(locked.getHeader("Retry-After") != null);
  }

  private static MultiMap form(String csrf, String user, String password) {
    return MultiMap.caseInsensitiveMultiMap()
        .add("csrf", csrf)
        .add("username", user)
        .add("password", password)
        .add("return", "/");
  }
}
