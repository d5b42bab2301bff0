package org.keuzevrij.users;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keuzevrij.web.access.Role;

/**
 * Sign-in through an OpenID Connect provider instead of the embedded user store.
 *
 * @param issuer the provider's issuer URL; its {@code /.well-known/openid-configuration} is read at
 *     start
 * @param clientId this app's client id at the provider
 * @param clientSecret this app's client secret
 * @param publicUrl the app's own address as users reach it, for the redirect back after sign-in
 * @param roleClaim the claim that carries groups or roles; a dotted path reaches into objects
 *     ({@code realm_access.roles} for Keycloak)
 * @param roles claim values and the role each grants; a user gets the highest role among their
 *     values
 */
public record OidcSettings(
    String issuer,
    String clientId,
    String clientSecret,
    String publicUrl,
    String roleClaim,
    Map<String, Role> roles) {

  public static final String CALLBACK = "/login/callback";

  public OidcSettings {
    roles = Map.copyOf(roles);
  }

  /**
   * From the configuration values; empty when no issuer is set. Everything else is then required,
   * and a mistake is an {@link IllegalArgumentException} naming the option, so the app refuses to
   * start rather than half-work.
   */
  public static Optional<OidcSettings> parse(
      String issuer,
      String clientId,
      String clientSecret,
      String publicUrl,
      String roleClaim,
      String roleMapping) {
    if (blank(issuer)) {
      return Optional.empty();
    }
    List<String> missing = new ArrayList<>();
    if (blank(clientId)) {
      missing.add("--oidc-client-id");
    }
    if (blank(clientSecret)) {
      missing.add("KEUZEVRIJ_OIDC_CLIENT_SECRET");
    }
    if (blank(publicUrl)) {
      missing.add("--public-url");
    }
    if (blank(roleMapping)) {
      missing.add("--oidc-roles");
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("OpenID Connect needs " + String.join(", ", missing));
    }
    requireHttpUrl("--oidc-issuer", issuer);
    requireHttpUrl("--public-url", publicUrl);
    String base = publicUrl.strip().replaceAll("/+$", "");
    return Optional.of(
        new OidcSettings(
            issuer.strip(),
            clientId.strip(),
            clientSecret.strip(),
            base,
            blank(roleClaim) ? "roles" : roleClaim.strip(),
            mapping(roleMapping)));
  }

  public String callbackUrl() {
    return publicUrl + CALLBACK;
  }

  /** The highest role any of the user's claim values grants. */
  public Optional<Role> roleFor(Collection<String> claimValues) {
    return claimValues.stream().map(roles::get).filter(role -> role != null).max(Enum::compareTo);
  }

  /**
   * {@code group=role,group=role}, e.g. {@code keuzevrij-admins=admin,keuzevrij-editors=editor}.
   */
  private static Map<String, Role> mapping(String text) {
    Map<String, Role> roles = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int equals = pair.lastIndexOf('=');
      String value = equals < 0 ? "" : pair.substring(0, equals).strip();
      Optional<Role> role =
          equals < 0 ? Optional.empty() : Role.fromCode(pair.substring(equals + 1).strip());
      if (value.isEmpty() || role.isEmpty()) {
        throw new IllegalArgumentException(
            "--oidc-roles: \""
                + pair.strip()
                + "\" is not claim-value=role with a role of viewer, editor or admin");
      }
      roles.put(value, role.get());
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("--oidc-roles maps no claim value to a role");
    }
    return roles;
  }

  private static void requireHttpUrl(String option, String value) {
    try {
      URI uri = URI.create(value.strip());
      if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new IllegalArgumentException(option + ": \"" + value + "\" is not an http(s) URL");
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": \"" + value + "\" is not an http(s) URL", e);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  @Override
  public String toString() {
    // The secret must never reach a log line.
    return "OidcSettings[issuer="
        + issuer
        + ", clientId="
        + clientId
        + ", publicUrl="
        + publicUrl
        + ", roleClaim="
        + roleClaim
        + ", roles="
        + roles
        + "]";
  }
}
