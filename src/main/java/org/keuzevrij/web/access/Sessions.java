package org.keuzevrij.web.access;

import io.vertx.core.Vertx;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.sstore.LocalSessionStore;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Page sessions: a cookie that is HttpOnly, SameSite=Lax, and Secure when the app runs behind TLS
 * (Vert.x sets none of these by default). Sessions are lazy: a visitor who never signs in never
 * gets a session or a cookie.
 */
public final class Sessions {

  public static final String COOKIE = "keuzevrij.session";

  /** The signed-in user's name, for the embedded user store. */
  public static final String USER = "user";

  /**
   * Long enough to fill in a long form without losing it, short enough to end a forgotten session
   * the same day.
   */
  private static final long IDLE_TIMEOUT = TimeUnit.MINUTES.toMillis(60);

  private Sessions() {}

  public static SessionHandler handler(Vertx vertx, boolean secureCookies) {
    return SessionHandler.create(LocalSessionStore.create(vertx))
        .setSessionCookieName(COOKIE)
        .setSessionTimeout(IDLE_TIMEOUT)
        .setCookieHttpOnlyFlag(true)
        .setCookieSameSite(CookieSameSite.LAX)
        .setCookieSecureFlag(secureCookies)
        .setLazySession(true);
  }

  /**
   * The session, only when the request carries a session cookie. Touching {@code ctx.session()}
   * marks it as used and so sets a cookie; this keeps anonymous visitors cookie-free.
   */
  public static Optional<Session> existing(RoutingContext ctx) {
    if (ctx.request().getCookie(COOKIE) == null || ctx.session() == null) {
      return Optional.empty();
    }
    return Optional.of(ctx.session());
  }
}
