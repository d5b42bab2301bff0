package org.keuzevrij.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keuzevrij.web.PageAssertions.assertContains;
import static org.keuzevrij.web.PageAssertions.assertNotContains;
import static org.keuzevrij.web.PageAssertions.between;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.web.EditableApp;
import org.keuzevrij.web.EditableAppTest;
import org.keuzevrij.web.PageSession;
import org.keuzevrij.web.access.Role;

@DisplayName("Admin page: reload, users, roles, passwords and API tokens through forms")
class AdminPagesTest extends EditableAppTest {

  private PageSession admin;

  @BeforeEach
  void signIn() {
    admin = new PageSession(app);
    admin.logIn("admin");
  }

  private HttpResponse<Buffer> post(String uri, String... pairs) {
    MultiMap form =
        MultiMap.caseInsensitiveMultiMap()
            .add("csrf", PageSession.csrf(admin.get("/admin").bodyAsString()));
    for (int i = 0; i < pairs.length; i += 2) {
      form.add(pairs[i], pairs[i + 1]);
    }
    return admin.post(uri, form);
  }

  @Test
  @DisplayName(
      "only admins: visitors go to the login form, editors get 403; the header links admins to it")
  void adminsOnly() {
    assertEquals(
        "/login?return=%2Fadmin", new PageSession(app).get("/admin").getHeader("Location"));
    PageSession editor = new PageSession(app);
    editor.logIn("editor");
    assertEquals(403, editor.get("/admin").statusCode());
    assertNotContains(editor.get("/").bodyAsString(), "href=\"/admin\"");
    assertContains(admin.get("/").bodyAsString(), "href=\"/admin\"");
    assertEquals(
        403,
        editor
            .post(
                "/admin/reload",
                MultiMap.caseInsensitiveMultiMap()
                    .add("csrf", PageSession.csrf(editor.get("/").bodyAsString())))
            .statusCode());
  }

  @Test
  @DisplayName(
      "reload: a clean folder is taken in; a broken one is listed and the old catalogue stays")
  void reload() {
    Fixtures.write(
        app.catalogue(),
        Kind.OFFERING,
        Fixtures.offering("eu-api", "eu-host", List.of("open-model"), List.of("DE")));
    HttpResponse<Buffer> done = post("/admin/reload");
    assertEquals(303, done.statusCode());
    assertContains(admin.get("/admin").bodyAsString(), "Herladen: 1 wijziging(en) ingelezen");
    String version = app.snapshot().catalogue().version();
    Fixtures.write(
        app.catalogue(),
        Kind.OFFERING,
        Fixtures.offering("eu-api", "ghost", List.of("open-model"), List.of("DE")));
    HttpResponse<Buffer> failed = post("/admin/reload");
    assertEquals(422, failed.statusCode());
    assertContains(failed.bodyAsString(), "De catalogusmap heeft 1 fout(en).");
    assertContains(failed.bodyAsString(), "offerings/eu-api.json: /supplier: unknown supplier");
    assertEquals(version, app.snapshot().catalogue().version());
  }

  @Test
  @DisplayName("add a user, change the role, set a password, remove; the last admin stays")
  void users() {
    assertEquals(
        303,
        post("/admin/users", "name", "anna", "password", "a long enough password", "role", "editor")
            .statusCode());
    assertContains(admin.get("/admin").bodyAsString(), "anna is toegevoegd.");
    assertEquals(Role.EDITOR, app.editing().users().find("anna").orElseThrow().role());
    assertEquals(303, post("/admin/users/anna/role", "role", "viewer").statusCode());
    assertEquals(Role.VIEWER, app.editing().users().find("anna").orElseThrow().role());
    assertEquals(
        303, post("/admin/users/anna/password", "password", "another long password").statusCode());
    assertTrue(app.editing().users().login("anna", "another long password").isPresent());
    HttpResponse<Buffer> shortPassword = post("/admin/users/anna/password", "password", "short");
    assertEquals(400, shortPassword.statusCode());
    assertContains(shortPassword.bodyAsString(), "Een wachtwoord heeft minstens 12 tekens.");
    assertEquals(
        409,
        post("/admin/users", "name", "anna", "password", "a long enough password", "role", "viewer")
            .statusCode());
    assertEquals(303, post("/admin/users/anna/delete").statusCode());
    assertTrue(app.editing().users().find("anna").isEmpty());
    HttpResponse<Buffer> last = post("/admin/users/admin/role", "role", "editor");
    assertEquals(409, last.statusCode());
    assertContains(last.bodyAsString(), "Dit is de laatste beheerder.");
  }

  @Test
  @DisplayName("an API token is shown once on the answer, works for the API, and can be revoked")
  void tokens() {
    HttpResponse<Buffer> created = post("/admin/users/editor/tokens", "label", "import script");
    assertEquals(200, created.statusCode());
    Matcher token =
        Pattern.compile("<code class=\"token\">(kzv_[^<]+)</code>").matcher(created.bodyAsString());
    assertTrue(token.find(), created.bodyAsString());
    assertEquals(
        200,
        app.send(
                HttpMethod.GET,
                "/api/v1/me",
                null,
                "Authorization",
                EditableApp.bearer(token.group(1)))
            .statusCode());
    String page = admin.get("/admin").bodyAsString();
    assertFalse(page.contains(token.group(1)), "never shown again");
    String id = token.group(1).split("_")[1];
    assertContains(between(page, "id=\"f-editor\"", "</section>"), "import script");
    assertEquals(303, post("/admin/users/editor/tokens/" + id + "/revoke").statusCode());
    assertEquals(
        401,
        app.send(
                HttpMethod.GET,
                "/api/v1/me",
                null,
                "Authorization",
                EditableApp.bearer(token.group(1)))
            .statusCode());
  }
}
