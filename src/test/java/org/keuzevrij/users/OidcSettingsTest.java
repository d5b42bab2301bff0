package org.keuzevrij.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.oauth2.OAuth2Auth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.web.access.Identity;
import org.keuzevrij.web.access.Role;

@DisplayName("OpenID Connect configuration and role mapping")
class OidcSettingsTest {

  private static OidcSettings settings(String claim) {
    return OidcSettings.parse(
            "https://login.example.org/realms/city",
            "keuzevrij",
            "s3cret",
            "https://keuzevrij.example.org/",
            claim,
            "kv-viewers=viewer, kv-editors=editor,kv-admins=admin")
        .orElseThrow();
  }

  @Test
  @DisplayName("a full configuration is read; without an issuer there is no OpenID Connect")
  void parses() {
    OidcSettings settings = settings(null);
    assertEquals("https://login.example.org/realms/city", settings.issuer());
    assertEquals("https://keuzevrij.example.org/login/callback", settings.callbackUrl());
    assertEquals("roles", settings.roleClaim(), "the default claim");
    assertEquals(
        Map.of("kv-viewers", Role.VIEWER, "kv-editors", Role.EDITOR, "kv-admins", Role.ADMIN),
        settings.roles());
    assertFalse(settings.toString().contains("s3cret"), "the secret never reaches a log line");
    assertEquals(Optional.empty(), OidcSettings.parse(null, "x", "y", "z", null, null));
    assertEquals(Optional.empty(), OidcSettings.parse(" ", "x", "y", "z", null, null));
  }

  @Test
  @DisplayName("a half configuration is refused, naming everything missing or wrong")
  void refusesHalfConfiguration() {
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> OidcSettings.parse("https://login.example.org", null, null, null, null, null));
    assertEquals(
        "OpenID Connect needs --oidc-client-id, KEUZEVRIJ_OIDC_CLIENT_SECRET, --public-url, --oidc-roles",
        missing.getMessage());
    IllegalArgumentException badRole =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OidcSettings.parse(
                    "https://login.example.org",
                    "a",
                    "b",
                    "https://app.example.org",
                    null,
                    "x=owner"));
    assertTrue(badRole.getMessage().startsWith("--oidc-roles: \"x=owner\""), badRole.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            OidcSettings.parse(
                "login.example.org", "a", "b", "https://app.example.org", null, "x=admin"));
  }

  @Test
  @DisplayName(
      "the highest role among the user's claim values counts; a user with none gets no identity")
  void mapsClaimsToRoles() {
    OidcPages login = new OidcPages(settings("groups"), (OAuth2Auth) null);
    User editor =
        User.create(
            new JsonObject().put("sub", "123"),
            new JsonObject()
                .put(
                    "idToken",
                    new JsonObject()
                        .put("preferred_username", "anna")
                        .put("groups", new JsonArray().add("staff").add("kv-editors"))));
    assertEquals(Optional.of(new Identity("anna", Role.EDITOR)), login.identity(editor));
    User both =
        User.create(
            new JsonObject(),
            new JsonObject()
                .put(
                    "accessToken",
                    new JsonObject()
                        .put("email", "bo@example.org")
                        .put("groups", new JsonArray().add("kv-admins").add("kv-viewers"))));
    assertEquals(Optional.of(new Identity("bo@example.org", Role.ADMIN)), login.identity(both));
    User nobody =
        User.create(
            new JsonObject().put("sub", "9"),
            new JsonObject()
                .put("idToken", new JsonObject().put("groups", new JsonArray().add("staff"))));
    assertEquals(Optional.empty(), login.identity(nobody));

    OidcPages keycloak = new OidcPages(settings("realm_access.roles"), (OAuth2Auth) null);
    User nested =
        User.create(
            new JsonObject(),
            new JsonObject()
                .put(
                    "idToken",
                    new JsonObject()
                        .put("sub", "42")
                        .put(
                            "realm_access",
                            new JsonObject().put("roles", new JsonArray().add("kv-viewers")))));
    assertEquals(Optional.of(new Identity("42", Role.VIEWER)), keycloak.identity(nested));
    assertEquals(
        List.of("kv-editors"),
        OidcPages.claimValues(new JsonObject().put("roles", "kv-editors"), "roles"));
  }
}
