package org.keuzevrij.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keuzevrij.web.EditableApp.basic;
import static org.keuzevrij.web.EditableApp.bearer;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.users.PasswordHasher;
import org.keuzevrij.users.UserStore;
import org.keuzevrij.web.EditableAppTest;

@DisplayName("Admin API: reload the catalogue, manage users and API tokens")
class AdminApiTest extends EditableAppTest {

  private HttpResponse<Buffer> admin(HttpMethod method, String uri, String body) {
    return app.send(
        method,
        uri,
        body,
        "Authorization",
        bearer(users.adminToken()),
        "Content-Type",
        "application/json");
  }

  @Test
  @DisplayName("reload takes in a valid edit made to the files, audited in the admin's name")
  void reloadsValidChange() throws Exception {
    Fixtures.write(
        app.catalogue(),
        Kind.OFFERING,
        Fixtures.offering("eu-api", "eu-host", List.of("open-model"), List.of("CH")));
    assertEquals("yes", eeaOnly(), "until the reload, the old catalogue is served");
    HttpResponse<Buffer> response = admin(HttpMethod.POST, "/api/v1/admin/reload", null);
    assertEquals(200, response.statusCode(), response.bodyAsString());
    assertEquals(1, response.bodyAsJsonObject().getInteger("changed"));
    assertEquals(
        app.snapshot().catalogue().version(), response.bodyAsJsonObject().getString("version"));
    assertEquals("no", eeaOnly(), "Switzerland is outside the EU/EEA");
    JsonObject entry =
        app.send(HttpMethod.GET, "/api/v1/offerings/eu-api/history", null)
            .bodyAsJsonObject()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("admin", entry.getString("user"));
    assertEquals("reload", entry.getString("via"));
    assertEquals(
        0,
        admin(HttpMethod.POST, "/api/v1/admin/reload", null)
            .bodyAsJsonObject()
            .getInteger("changed"));
  }

  @Test
  @DisplayName(
      "reload of an invalid folder keeps serving the old catalogue and lists every problem")
  void reloadKeepsOldOnErrors() {
    String version = app.snapshot().catalogue().version();
    Fixtures.write(
        app.catalogue(),
        Kind.OFFERING,
        Fixtures.offering("eu-api", "ghost", List.of("open-model"), List.of("CH")));
    Fixtures.write(
        app.catalogue(), Kind.MODEL, "copy.json", Fixtures.model("x", "open", true, "gated"));
    HttpResponse<Buffer> response = admin(HttpMethod.POST, "/api/v1/admin/reload", null);
    assertEquals(422, response.statusCode(), response.bodyAsString());
    assertEquals("application/problem+json", response.getHeader("Content-Type"));
    List<String> errors =
        response.bodyAsJsonObject().getJsonArray("errors").stream()
            .map(JsonObject.class::cast)
            .map(e -> e.getString("file") + " " + e.getString("pointer"))
            .toList();
    assertTrue(errors.contains("offerings/eu-api.json /supplier"), errors::toString);
    assertTrue(errors.contains("models/copy.json /id"), errors::toString);
    assertEquals(version, app.snapshot().catalogue().version());
    assertEquals("yes", eeaOnly());
  }

  @Test
  @DisplayName("reload is for admins: 401 without credentials, 403 for an editor")
  void reloadNeedsAdmin() {
    assertEquals(401, app.send(HttpMethod.POST, "/api/v1/admin/reload", null).statusCode());
    assertEquals(
        403,
        app.send(
                HttpMethod.POST,
                "/api/v1/admin/reload",
                null,
                "Authorization",
                bearer(users.editorToken()))
            .statusCode());
    assertEquals(
        403,
        app.send(
                HttpMethod.GET,
                "/api/v1/admin/users",
                null,
                "Authorization",
                bearer(users.editorToken()))
            .statusCode());
  }

  @Test
  @DisplayName(
      "an admin adds a user, who can then sign in; roles and passwords change; the user is removed")
  void manageUsers() throws Exception {
    HttpResponse<Buffer> created =
        admin(
            HttpMethod.PUT,
            "/api/v1/admin/users/anna",
            new JsonObject()
                .put("password", "a long enough password")
                .put("role", "editor")
                .encode());
    assertEquals(201, created.statusCode(), created.bodyAsString());
    assertEquals(
        new JsonObject().put("name", "anna").put("role", "editor").put("tokens", List.of()),
        created.bodyAsJsonObject());
    assertEquals(
        new JsonObject().put("name", "anna").put("role", "editor"),
        app.send(
                HttpMethod.GET,
                "/api/v1/me",
                null,
                "Authorization",
                basic("anna", "a long enough password"))
            .bodyAsJsonObject());

    assertEquals(
        200,
        admin(
                HttpMethod.PUT,
                "/api/v1/admin/users/anna",
                new JsonObject().put("role", "viewer").encode())
            .statusCode());
    assertEquals(
        403,
        app.send(
                HttpMethod.PUT,
                "/api/v1/offerings/x",
                "{}",
                "Authorization",
                basic("anna", "a long enough password"),
                "Content-Type",
                "application/json",
                "If-None-Match",
                "*")
            .statusCode(),
        "a role taken away takes effect at once");
    assertEquals(
        200,
        admin(
                HttpMethod.PUT,
                "/api/v1/admin/users/anna",
                new JsonObject().put("password", "another long password").encode())
            .statusCode());
    assertEquals(
        401,
        app.send(
                HttpMethod.GET,
                "/api/v1/me",
                null,
                "Authorization",
                basic("anna", "a long enough password"))
            .statusCode());

    List<String> names =
        admin(HttpMethod.GET, "/api/v1/admin/users", null)
            .bodyAsJsonObject()
            .getJsonArray("items")
            .stream()
            .map(u -> ((JsonObject) u).getString("name"))
            .toList();
    assertEquals(List.of("admin", "anna", "editor", "viewer"), names);
    String store = Files.readString(app.data().resolve(UserStore.FILE));
    assertFalse(store.contains("another long password"), "never a password in plain text");
    for (var user : CanonicalJson.read(store.getBytes()).path("users")) {
      assertTrue(
          user.path("passwordHash")
              .asText()
              .startsWith("$pbkdf2$it=" + PasswordHasher.ITERATIONS + "$"),
          "salted PBKDF2 hashes only: " + user);
    }
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(app.data().resolve(UserStore.FILE))));

    assertEquals(204, admin(HttpMethod.DELETE, "/api/v1/admin/users/anna", null).statusCode());
    assertEquals(404, admin(HttpMethod.DELETE, "/api/v1/admin/users/anna", null).statusCode());
    assertEquals(
        401,
        app.send(
                HttpMethod.GET,
                "/api/v1/me",
                null,
                "Authorization",
                basic("anna", "another long password"))
            .statusCode());
  }

  @Test
  @DisplayName(
      "refusals: a bad name or short password is 400, the last admin cannot go (409), new users need a role")
  void userRefusals() {
    HttpResponse<Buffer> badName =
        admin(
            HttpMethod.PUT,
            "/api/v1/admin/users/Bad%20Name",
            new JsonObject()
                .put("password", "a long enough password")
                .put("role", "viewer")
                .encode());
    assertEquals(400, badName.statusCode());
    assertEquals(
        "name",
        badName
            .bodyAsJsonObject()
            .getJsonArray("invalid-params")
            .getJsonObject(0)
            .getString("name"));
    assertEquals(
        400,
        admin(
                HttpMethod.PUT,
                "/api/v1/admin/users/bob",
                new JsonObject().put("password", "short").put("role", "viewer").encode())
            .statusCode());
    assertEquals(
        400,
        admin(
                HttpMethod.PUT,
                "/api/v1/admin/users/bob",
                new JsonObject().put("password", "a long enough password").encode())
            .statusCode());
    assertEquals(
        400,
        admin(
                HttpMethod.PUT,
                "/api/v1/admin/users/bob",
                new JsonObject()
                    .put("password", "a long enough password")
                    .put("role", "owner")
                    .encode())
            .statusCode());
    assertEquals(400, admin(HttpMethod.PUT, "/api/v1/admin/users/bob", "not json").statusCode());
    assertEquals(409, admin(HttpMethod.DELETE, "/api/v1/admin/users/admin", null).statusCode());
    assertEquals(
        409,
        admin(
                HttpMethod.PUT,
                "/api/v1/admin/users/admin",
                new JsonObject().put("role", "editor").encode())
            .statusCode());
  }

  @Test
  @DisplayName("API tokens: created for a user and shown once, work as bearer tokens until revoked")
  void apiTokens() {
    HttpResponse<Buffer> created =
        admin(
            HttpMethod.POST,
            "/api/v1/admin/users/editor/tokens",
            new JsonObject().put("label", "nightly import").encode());
    assertEquals(201, created.statusCode(), created.bodyAsString());
    String token = created.bodyAsJsonObject().getString("token");
    String id = created.bodyAsJsonObject().getString("id");
    assertTrue(token.startsWith("kzv_" + id + "_"), token);
    assertEquals(
        "editor",
        app.send(HttpMethod.GET, "/api/v1/me", null, "Authorization", bearer(token))
            .bodyAsJsonObject()
            .getString("name"));
    assertFalse(
        admin(HttpMethod.GET, "/api/v1/admin/users", null).bodyAsString().contains(token),
        "the token is never shown again");
    assertEquals(
        400, admin(HttpMethod.POST, "/api/v1/admin/users/editor/tokens", "{}").statusCode());
    assertEquals(
        204,
        admin(HttpMethod.DELETE, "/api/v1/admin/users/editor/tokens/" + id, null).statusCode());
    assertEquals(
        401,
        app.send(HttpMethod.GET, "/api/v1/me", null, "Authorization", bearer(token)).statusCode());
    assertEquals(
        404,
        admin(HttpMethod.DELETE, "/api/v1/admin/users/editor/tokens/" + id, null).statusCode());
  }

  private String eeaOnly() {
    return app.send(HttpMethod.GET, "/api/v1/offerings/eu-api", null)
        .bodyAsJsonObject()
        .getJsonObject("derived")
        .getJsonObject("eeaOnly")
        .getString("value");
  }
}
