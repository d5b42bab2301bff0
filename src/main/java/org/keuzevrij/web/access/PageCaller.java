package org.keuzevrij.web.access;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.keuzevrij.web.PageRenderer;

/**
 * Finds out who is looking at a page from the session, and gives the page layout what it needs for
 * the account links: "log in" for visitors; the name, "log out" and, for admins, "manage" for
 * signed-in users.
 */
public final class PageCaller {

  /**
   * How the session's user signed in: through the embedded store, or an OpenID Connect provider.
   */
  public static final String SOURCE = "source";

  public static final String LOCAL = "local";
  public static final String OIDC = "oidc";

  /**
   * The role an OpenID Connect provider granted at sign-in; embedded users' roles are looked up on
   * each request.
   */
  public static final String OIDC_ROLE = "role";

  /**
   * The embedded user store's current identity for a user name, empty when the user no longer
   * exists.
   */
  private final Function<String, Optional<Identity>> users;

  public PageCaller(Function<String, Optional<Identity>> users) {
    this.users = users;
  }

  public void handle(RoutingContext ctx) {
    Optional<Session> session = Sessions.existing(ctx);
    Optional<Identity> identity = session.flatMap(this::identity);
    if (session.isPresent() && identity.isEmpty() && session.get().get(Sessions.USER) != null) {
      // The user was removed while signed in: the session ends with the account.
      session.get().destroy();
    }
    identity.ifPresent(found -> Caller.set(ctx, found));
    ctx.put(PageRenderer.ACCOUNT, account(ctx, identity));
    ctx.next();
  }

  private Optional<Identity> identity(Session session) {
    String name = session.get(Sessions.USER);
    if (name == null) {
      return Optional.empty();
    }
    if (OIDC.equals(session.get(SOURCE))) {
      return Role.fromCode(session.get(OIDC_ROLE)).map(role -> new Identity(name, role));
    }
    return users.apply(name);
  }

  private static Map<String, Object> account(RoutingContext ctx, Optional<Identity> identity) {
    Map<String, Object> account = new LinkedHashMap<>();
    if (identity.isEmpty()) {
      // Every key is set, also when false: the template must not find a same-named value of the
      // page instead.
      account.put("signedIn", false);
      account.put("editor", false);
      account.put("admin", false);
      account.put("loginHref", Access.loginLink(ctx));
      account.put("onLogin", ctx.request().path().equals(Access.LOGIN_PATH));
      return account;
    }
    account.put("signedIn", true);
    account.put("user", identity.get().name());
    account.put("role", identity.get().role().code());
    account.put("editor", identity.get().may(Role.EDITOR));
    account.put("admin", identity.get().may(Role.ADMIN));
    account.put("csrf", CsrfTokens.token(ctx));
    return account;
  }
}
