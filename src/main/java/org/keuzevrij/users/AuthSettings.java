package org.keuzevrij.users;

import java.util.Optional;

/**
 * How people sign in.
 *
 * @param secureCookies mark the session cookie Secure: on whenever users reach the app over HTTPS,
 *     as behind a TLS-terminating proxy
 * @param oidc an OpenID Connect provider that replaces the login form, when configured
 */
public record AuthSettings(boolean secureCookies, Optional<OidcPages> oidc) {

  public static AuthSettings local(boolean secureCookies) {
    return new AuthSettings(secureCookies, Optional.empty());
  }
}
