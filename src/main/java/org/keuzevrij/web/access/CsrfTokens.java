package org.keuzevrij.web.access;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.keuzevrij.web.PageRenderer;

/**
 * CSRF protection for every form that posts: a random token kept in the session (the synchronizer
 * token pattern of the OWASP CSRF Prevention Cheat Sheet) that each form carries in a hidden field.
 * Unlike Vert.x's CSRFHandler it is not single-use, so a second tab or the back button does not
 * turn a valid form into a refusal.
 */
public final class CsrfTokens {

  public static final String FIELD = "csrf";
  private static final String KEY = "csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfTokens() {}

  /**
   * The token for forms on this page; starts a session when there is none, as the login form needs.
   */
  public static String token(RoutingContext ctx) {
    Session session = ctx.session();
    String token = session.get(KEY);
    return token != null ? token : renew(session);
  }

  /**
   * A new token, as after signing in: a token seen before the session changed hands is worth
   * nothing after.
   */
  public static String renew(Session session) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.put(KEY, token);
    return token;
  }

  /**
   * A route handler for form posts: 403 unless the form's token is the session's. Needs the
   * BodyHandler before it.
   */
  public static void check(RoutingContext ctx) {
    if (valid(ctx)) {
      ctx.next();
    } else {
      ctx.put(PageRenderer.ERROR_DETAIL, "error.csrf.detail");
      ctx.fail(403);
    }
  }

  static boolean valid(RoutingContext ctx) {
    Optional<Session> session = Sessions.existing(ctx);
    String expected = session.map(s -> s.<String>get(KEY)).orElse(null);
    String sent = ctx.request().getFormAttribute(FIELD);
    return expected != null
        && sent != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
