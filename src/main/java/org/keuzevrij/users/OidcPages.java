package org.keuzevrij.users;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.oauth2.OAuth2Auth;
import io.vertx.ext.auth.oauth2.OAuth2Options;
import io.vertx.ext.auth.oauth2.providers.OpenIDConnectAuth;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.OAuth2AuthHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keuzevrij.web.PageRenderer;
import org.keuzevrij.web.access.ApiCredentials;
import org.keuzevrij.web.access.Identity;
import org.keuzevrij.web.access.PageCaller;

/**
 * Sign-in through an OpenID Connect provider (authorization code flow with PKCE, through
 * vertx-auth-oauth2), in place of the login form. The role comes from a claim, mapped by {@link
 * OidcSettings#roles()}, and holds for the session. API scripts send the provider's access tokens
 * as bearer tokens, or API tokens an admin made in the local store.
 */
public final class OidcPages {

  private static final int PKCE_VERIFIER_LENGTH = 64;

  private final OidcSettings settings;
  private final OAuth2Auth provider;

  public OidcPages(OidcSettings settings, OAuth2Auth provider) {
    this.settings = settings;
    this.provider = provider;
  }

  /**
   * Reads the provider's discovery document ({@code /.well-known/openid-configuration}) and its
   * signing keys.
   */
  public static Future<OidcPages> discover(Vertx vertx, OidcSettings settings) {
    return OpenIDConnectAuth.discover(vertx, options(settings))
        .map(provider -> new OidcPages(settings, provider));
  }

  public static OAuth2Options options(OidcSettings settings) {
    return new OAuth2Options()
        .setSite(settings.issuer())
        .setClientId(settings.clientId())
        .setClientSecret(settings.clientSecret())
        .setValidateIssuer(true);
  }

  public OidcSettings settings() {
    return settings;
  }

  /**
   * Sends visitors to the provider, which sends them back to {@code callback}; {@link #signIn} then
   * starts the session as the login form does. Needs the session handler before it.
   */
  public OAuth2AuthHandler toProvider(Vertx vertx, Route callback) {
    return OAuth2AuthHandler.create(vertx, provider, settings.callbackUrl())
        .withScope("openid")
        .pkceVerifierLength(PKCE_VERIFIER_LENGTH)
        .setupCallback(callback);
  }

  public void signIn(RoutingContext ctx, PageRenderer renderer) {
    Optional<Identity> identity = identity(ctx.user());
    if (identity.isEmpty()) {
      ctx.userContext().clear();
      ctx.put(PageRenderer.ERROR_DETAIL, "error.oidc.noRole");
      renderer.sendError(ctx, 403, null);
      return;
    }
    LoginPages.signIn(
        ctx, identity.get(), PageCaller.OIDC, ctx.request().getParam(LoginPages.RETURN));
  }

  /**
   * API credentials: the provider's access tokens, and API tokens from the local store; no
   * passwords.
   */
  public ApiCredentials credentials(UserStore users) {
    return new ApiCredentials() {
      @Override
      public Future<Optional<Identity>> basic(String user, String password) {
        return Future.succeededFuture(Optional.empty());
      }

      @Override
      public Future<Optional<Identity>> bearer(String token) {
        Optional<Identity> local = users.byToken(token);
        if (local.isPresent()) {
          return Future.succeededFuture(local);
        }
        return provider
            .authenticate(new TokenCredentials(token))
            .map(OidcPages.this::identity)
            .otherwise(Optional.empty());
      }

      @Override
      public String challenge() {
        return "Bearer realm=\"Keuzevrij\"";
      }
    };
  }

  /**
   * The user's name and highest mapped role, from the ID token's claims, else the access token's,
   * else the principal.
   */
  public Optional<Identity> identity(User user) {
    if (user == null) {
      return Optional.empty();
    }
    List<JsonObject> sources = new ArrayList<>();
    for (String key : List.of("idToken", "accessToken")) {
      if (user.attributes().getValue(key) instanceof JsonObject claims) {
        sources.add(claims);
      }
    }
    sources.add(user.principal());
    List<String> values = new ArrayList<>();
    String name = null;
    for (JsonObject claims : sources) {
      values.addAll(claimValues(claims, settings.roleClaim()));
      for (String claim : List.of("preferred_username", "email", "sub")) {
        if (name == null && claims.getValue(claim) instanceof String text && !text.isBlank()) {
          name = text;
        }
      }
    }
    String found = name;
    return found == null
        ? Optional.empty()
        : settings.roleFor(values).map(role -> new Identity(found, role));
  }

  /** A claim's values at a dotted path; a single string counts as one value. */
  static List<String> claimValues(JsonObject claims, String path) {
    Object value = claims;
    for (String step : path.split("\\.")) {
      value = value instanceof JsonObject object ? object.getValue(step) : null;
    }
    List<String> values = new ArrayList<>();
    if (value instanceof String text) {
      values.add(text);
    } else if (value instanceof JsonArray array) {
      array.forEach(item -> values.add(String.valueOf(item)));
    }
    return values;
  }
}
