package org.keuzevrij.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.auth.oauth2.OAuth2Auth;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.web.EditableApp;
import org.keuzevrij.web.PageSession;

/**
 * With OpenID Connect configured, signing in goes to the provider. No identity provider runs here,
 * so this checks the wiring up to the provider's door: the redirect and its parameters, the absence
 * of the password form, and the API's answers. The code exchange and token checks are
 * vertx-auth-oauth2's, not exercised against a real provider.
 */
@DisplayName("OpenID Connect wiring: login goes to the provider instead of the password form")
class OidcWiringTest {

  private static final String ISSUER = "https://login.example.org/realms/city";

  @TempDir Path work;

  private Vertx providerVertx;
  private EditableApp app;
  private EditableApp.Users users;

  @BeforeEach
  void start() {
    users = EditableApp.Users.create(work.resolve("users"));
    OidcSettings settings =
        OidcSettings.parse(
                ISSUER,
                "keuzevrij",
                "s3cret",
                "https://keuzevrij.example.org",
                "groups",
                "kv-editors=editor")
            .orElseThrow();
    providerVertx = Vertx.vertx();
    // The endpoints discovery would find, given here so that nothing goes over the network.
    OAuth2Auth provider =
        OAuth2Auth.create(
            providerVertx,
            OidcPages.options(settings)
                .setAuthorizationPath("/protocol/openid-connect/auth")
                .setTokenPath("/protocol/openid-connect/token"));
    app =
        EditableApp.start(
            Fixtures.smallCatalogue(work.resolve("source")),
            work.resolve("app"),
            users,
            new AuthSettings(false, Optional.of(new OidcPages(settings, provider))));
  }

  @AfterEach
  void stop() {
    app.close();
    providerVertx.close().await();
  }

  @Test
  @DisplayName(
      "GET /login redirects to the provider with client id, callback, scope, state and a PKCE challenge")
  void redirectsToProvider() {
    HttpResponse<Buffer> response =
        new PageSession(app).get("/login?return=%2Fedit%2Fofferings%2Feu-api");
    assertEquals(302, response.statusCode(), response.bodyAsString());
    URI location = URI.create(response.getHeader("Location"));
    assertEquals(
        "https://login.example.org/realms/city/protocol/openid-connect/auth",
        location.getScheme() + "://" + location.getHost() + location.getPath());
    Map<String, String> query = query(location.getRawQuery());
    assertEquals("keuzevrij", query.get("client_id"));
    assertEquals("code", query.get("response_type"));
    assertEquals("https://keuzevrij.example.org/login/callback", query.get("redirect_uri"));
    assertEquals("openid", query.get("scope"));
    assertEquals("S256", query.get("code_challenge_method"));
    assertTrue(query.get("state") != null && !query.get("state").isEmpty());
    assertTrue(
        response.cookies().stream().anyMatch(c -> c.startsWith("keuzevrij.session=")),
        "the state and PKCE verifier are kept in the session");
  }

  @Test
  @DisplayName(
      "there is no password form, a callback without state is refused, and the API takes no passwords")
  void noPasswords() {
    PageSession visitor = new PageSession(app);
    assertEquals(
        405,
        visitor
            .post(
                "/login",
                MultiMap.caseInsensitiveMultiMap()
                    .add("username", "editor")
                    .add("password", EditableApp.PASSWORD))
            .statusCode());
    assertEquals(400, visitor.get("/login/callback?code=abc").statusCode());
    HttpResponse<Buffer> basic =
        app.send(
            HttpMethod.GET,
            "/api/v1/me",
            null,
            "Authorization",
            EditableApp.basic("editor", EditableApp.PASSWORD));
    assertEquals(401, basic.statusCode());
    assertEquals("Bearer realm=\"Keuzevrij\"", basic.getHeader("WWW-Authenticate"));
    assertEquals(
        401,
        app.send(HttpMethod.GET, "/api/v1/me", null, "Authorization", "Bearer not-a-jwt")
            .statusCode());
    assertEquals(
        200,
        app.send(
                HttpMethod.GET,
                "/api/v1/me",
                null,
                "Authorization",
                EditableApp.bearer(users.editorToken()))
            .statusCode(),
        "API tokens made by an admin still work");
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      query.put(
          URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return query;
  }
}
