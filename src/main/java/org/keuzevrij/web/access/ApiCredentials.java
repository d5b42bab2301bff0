package org.keuzevrij.web.access;

import io.vertx.core.Future;
import java.util.Optional;

/**
 * Checks the credentials API scripts send: HTTP Basic (user name and password) or a bearer token.
 */
public interface ApiCredentials {

  /** Empty when the name and password do not match, or when this set-up takes no passwords. */
  Future<Optional<Identity>> basic(String user, String password);

  /** Empty when the token is not one this set-up accepts. */
  Future<Optional<Identity>> bearer(String token);

  /** The challenge sent with a 401, naming the schemes this set-up accepts (RFC 9110 §11.6.1). */
  String challenge();
}
