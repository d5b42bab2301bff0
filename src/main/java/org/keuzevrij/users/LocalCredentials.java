package org.keuzevrij.users;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Optional;
import org.keuzevrij.web.access.ApiCredentials;
import org.keuzevrij.web.access.Identity;

/**
 * API credentials checked against the embedded user store: passwords with Basic, API tokens as
 * bearer tokens.
 */
public final class LocalCredentials implements ApiCredentials {

  private final Vertx vertx;
  private final UserStore users;

  public LocalCredentials(Vertx vertx, UserStore users) {
    this.vertx = vertx;
    this.users = users;
  }

  @Override
  public Future<Optional<Identity>> basic(String user, String password) {
    // PBKDF2 takes a good part of a second of CPU on purpose: never on the event loop.
    return vertx.executeBlocking(() -> users.login(user, password), false);
  }

  @Override
  public Future<Optional<Identity>> bearer(String token) {
    return Future.succeededFuture(users.byToken(token));
  }

  @Override
  public String challenge() {
    return "Basic realm=\"Keuzevrij\", charset=\"UTF-8\", Bearer realm=\"Keuzevrij\"";
  }
}
