package org.keuzevrij.web.access;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.keuzevrij.web.Answers;
import org.keuzevrij.web.PageRenderer;
import org.keuzevrij.web.Problems;

/**
 * Guards for routes that need a role. The API answers 401 with a challenge when credentials are
 * missing or wrong and 403 when the caller lacks the role; pages send visitors to the login form
 * and show a 403 page to signed-in users who lack the role.
 */
public final class Access {

  /** Where visitors sign in; the login page answers here. */
  public static final String LOGIN_PATH = "/login";

  private final ApiCredentials credentials;
  private final PageRenderer renderer;

  public Access(ApiCredentials credentials, PageRenderer renderer) {
    this.credentials = credentials;
    this.renderer = renderer;
  }

  /** For API routes: authenticates from the Authorization header, then checks the role. */
  public Handler<RoutingContext> api(Role role) {
    return ctx -> {
      if (crossSite(ctx)) {
        Problems.send(
            ctx, Problems.problem(403, "Requests from web pages on other sites are not accepted."));
        return;
      }
      String header = ctx.request().getHeader("Authorization");
      if (header == null || header.isBlank()) {
        unauthorized(
            ctx,
            "Send credentials: HTTP Basic with a user name and password, or a bearer API token.");
        return;
      }
      Answers.when(
          ctx,
          authenticate(header),
          identity -> {
            if (identity.isEmpty()) {
              unauthorized(ctx, "The credentials are not valid.");
            } else if (!identity.get().may(role)) {
              Problems.send(
                  ctx,
                  Problems.problem(
                      403,
                      "User \""
                          + identity.get().name()
                          + "\" does not have the "
                          + role.code()
                          + " role needed here."));
            } else {
              Caller.set(ctx, identity.get());
              ctx.next();
            }
          });
    };
  }

  /** For pages: visitors go to the login form and come back here after signing in. */
  public Handler<RoutingContext> page(Role role) {
    return ctx -> {
      Optional<Identity> caller = Caller.of(ctx);
      if (caller.isEmpty()) {
        ctx.response().setStatusCode(303).putHeader("Location", loginLink(ctx)).end();
      } else if (!caller.get().may(role)) {
        renderer.sendError(ctx, 403, null);
      } else {
        ctx.next();
      }
    };
  }

  /** The login form's address, with the current page to return to. */
  public static String loginLink(RoutingContext ctx) {
    String here =
        ctx.request().method() == HttpMethod.GET ? ctx.request().uri() : ctx.request().path();
    return LOGIN_PATH
        + "?return="
        + URLEncoder.encode(LocalPath.orHome(here), StandardCharsets.UTF_8);
  }

  private Future<Optional<Identity>> authenticate(String header) {
    int space = header.indexOf(' ');
    String scheme = space < 0 ? header : header.substring(0, space);
    String value = space < 0 ? "" : header.substring(space + 1).strip();
    if (scheme.equalsIgnoreCase("Bearer")) {
      return credentials.bearer(value);
    }
    if (scheme.equalsIgnoreCase("Basic")) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Future.succeededFuture(Optional.empty());
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return Future.succeededFuture(Optional.empty());
      }
      return credentials.basic(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
    return Future.succeededFuture(Optional.empty());
  }

  private void unauthorized(RoutingContext ctx, String detail) {
    ctx.response().putHeader("WWW-Authenticate", credentials.challenge());
    Problems.send(ctx, Problems.problem(401, detail));
  }

  /**
   * A browser that remembers Basic credentials would send them with a form another site makes it
   * post; browsers mark such requests with an Origin header, scripts send none. A write whose
   * Origin is not this host is refused.
   */
  private static boolean crossSite(RoutingContext ctx) {
    String origin = ctx.request().getHeader("Origin");
    if (origin == null
        || ctx.request().method() == HttpMethod.GET
        || ctx.request().method() == HttpMethod.HEAD) {
      return false;
    }
    try {
      URI uri = URI.create(origin);
      String host = ctx.request().authority() == null ? null : ctx.request().authority().toString();
      String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return host == null || !host.equalsIgnoreCase(originHost);
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
