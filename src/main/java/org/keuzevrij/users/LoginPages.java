package org.keuzevrij.users;

import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keuzevrij.web.Answers;
import org.keuzevrij.web.LanguageChoice;
import org.keuzevrij.web.PageRenderer;
import org.keuzevrij.web.RequestIds;
import org.keuzevrij.web.access.Access;
import org.keuzevrij.web.access.Caller;
import org.keuzevrij.web.access.CsrfTokens;
import org.keuzevrij.web.access.Identity;
import org.keuzevrij.web.access.LocalPath;
import org.keuzevrij.web.access.PageCaller;
import org.keuzevrij.web.access.Sessions;
import org.keuzevrij.web.access.SignInThrottle;

/** The login form for the embedded user store, and logout. */
public final class LoginPages {

  public static final String PATH = Access.LOGIN_PATH;
  public static final String LOGOUT = "/logout";
  public static final String TEMPLATE = "users/login";
  static final String RETURN = "return";

  private final Vertx vertx;
  private final UserStore users;
  private final PageRenderer renderer;
  private final SignInThrottle throttle;

  public LoginPages(Vertx vertx, UserStore users, PageRenderer renderer, SignInThrottle throttle) {
    this.vertx = vertx;
    this.users = users;
    this.renderer = renderer;
    this.throttle = throttle;
  }

  public void form(RoutingContext ctx) {
    if (Caller.of(ctx).isPresent()) {
      ctx.response()
          .setStatusCode(303)
          .putHeader("Location", LocalPath.orHome(ctx.request().getParam(RETURN)))
          .end();
      return;
    }
    send(ctx, 200, ctx.request().getParam(RETURN), "", Failure.NONE);
  }

  public void login(RoutingContext ctx) {
    String name = ctx.request().getFormAttribute("username");
    String password = ctx.request().getFormAttribute("password");
    String returnTo = ctx.request().getFormAttribute(RETURN);
    String user = name == null ? "" : name.strip();
    String address = Access.address(ctx);
    if (throttle.check(user, address) instanceof SignInThrottle.Locked locked) {
      ctx.response().putHeader("Retry-After", String.valueOf(locked.retryAfterSeconds()));
      send(ctx, 429, returnTo, user, Failure.LOCKED);
      return;
    }
    if (!throttle.startHash()) {
      ctx.response().putHeader("Retry-After", "1");
      send(ctx, 503, returnTo, user, Failure.LOCKED);
      return;
    }
    Answers.when(
        ctx,
        vertx
            .executeBlocking(() -> users.login(user, password), false)
            .andThen(done -> throttle.endHash()),
        identity -> {
          if (identity.isEmpty()) {
            throttle.failed(user, address, RequestIds.of(ctx));
            // 401 as for the API: the form is shown again, and the request was fine but for the
            // credentials in it.
            send(ctx, 401, returnTo, user, Failure.WRONG);
          } else {
            throttle.succeeded(user, address);
            signIn(ctx, identity.get(), PageCaller.LOCAL, returnTo);
          }
        });
  }

  private enum Failure {
    NONE,
    WRONG,
    LOCKED
  }

  /**
   * Starts the signed-in session under a new id, so a session id planted before login is worthless
   * after it (session fixation, OWASP Session Management Cheat Sheet), with a new CSRF token for
   * the same reason.
   */
  static void signIn(RoutingContext ctx, Identity identity, String source, String returnTo) {
    Session session = ctx.session().regenerateId();
    session.put(Sessions.USER, identity.name());
    session.put(PageCaller.SOURCE, source);
    if (PageCaller.OIDC.equals(source)) {
      session.put(PageCaller.OIDC_ROLE, identity.role().code());
    }
    CsrfTokens.renew(session);
    ctx.response().setStatusCode(303).putHeader("Location", LocalPath.orHome(returnTo)).end();
  }

  public static void logout(RoutingContext ctx) {
    // Ends the session and forgets a user an identity provider signed in; logout() would also
    // answer with a redirect.
    ctx.userContext().clear();
    ctx.response().setStatusCode(303).putHeader("Location", "/").end();
  }

  private void send(RoutingContext ctx, int status, String returnTo, String name, Failure failed) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("csrf", CsrfTokens.token(ctx));
    page.put("returnTo", LocalPath.orHome(returnTo));
    page.put("username", name);
    page.put("failed", failed != Failure.NONE);
    page.put("locked", failed == Failure.LOCKED);
    renderer.send(
        ctx,
        status,
        TEMPLATE,
        renderer.messages().text(LanguageChoice.of(ctx), "login.title"),
        page);
  }
}
