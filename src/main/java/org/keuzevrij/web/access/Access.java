package org.keuzevrij.web.access;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.keuzevrij.web.Answers;
import org.keuzevrij.web.PageRenderer;
import org.keuzevrij.web.Problems;
import org.keuzevrij.web.RequestIds;

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
  private final SignInThrottle throttle;

  public Access(ApiCredentials credentials, PageRenderer renderer, SignInThrottle throttle) {
    this.credentials = credentials;
    this.renderer = renderer;
    this.throttle = throttle;
  }

  /**
   * The client's address, for counting failed sign-ins: the connection's, or the one a trusted
   * proxy forwarded. A forwarded value need not be an IP address ({@code for=unknown} or an
   * obfuscated name, RFC 7239 §6), so its text counts then.
   */
  public static String address(RoutingContext ctx) {
    SocketAddress remote = ctx.request().remoteAddress();
    if (remote == null) {
      return "unknown";
    }
    String address = remote.hostAddress() != null ? remote.hostAddress() : remote.host();
    return address == null || address.isEmpty() ? "unknown" : address;
  }

  /** 429 with Retry-After: too many failed sign-ins for this account or address. */
  public static void tooManyAttempts(RoutingContext ctx, long retryAfterSeconds) {
    ctx.response().putHeader("Retry-After", String.valueOf(retryAfterSeconds));
    Problems.send(
        ctx,
        Problems.problem(
            429,
            "Too many failed sign-ins for this account or from this address; try again after "
                + retryAfterSeconds
                + " s."));
  }

  /** 503 with Retry-After: every slot for a password check is taken. */
  public static void busy(RoutingContext ctx) {
    ctx.response().putHeader("Retry-After", "1");
    Problems.send(
        ctx, Problems.problem(503, "Too many sign-ins are being checked at once; try again."));
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
      Credential credential = Credential.parse(header);
      String address = address(ctx);
      if (throttle.check(credential.account(), address) instanceof SignInThrottle.Locked locked) {
        tooManyAttempts(ctx, locked.retryAfterSeconds());
        return;
      }
      boolean hashes = credential.scheme() == Scheme.BASIC;
      if (hashes && !throttle.startHash()) {
        busy(ctx);
        return;
      }
      Future<Optional<Identity>> checked = authenticate(credential);
      if (hashes) {
        checked = checked.andThen(done -> throttle.endHash());
      }
      Answers.when(
          ctx,
          checked,
          identity -> {
            if (identity.isEmpty()) {
              throttle.failed(credential.account(), address, RequestIds.of(ctx));
              unauthorized(ctx, "The credentials are not valid.");
            } else if (!identity.get().may(role)) {
              throttle.succeeded(credential.account(), address);
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
              throttle.succeeded(credential.account(), address);
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

  private enum Scheme {
    BASIC,
    BEARER,
    OTHER
  }

  /**
   * What an Authorization header says; {@code account} is the Basic user name, null for a token.
   */
  private record Credential(Scheme scheme, String account, String secret) {

    static Credential parse(String header) {
      int space = header.indexOf(' ');
      String scheme = space < 0 ? header : header.substring(0, space);
      String value = space < 0 ? "" : header.substring(space + 1).strip();
      if (scheme.equalsIgnoreCase("Bearer")) {
        return new Credential(Scheme.BEARER, null, value);
      }
      if (scheme.equalsIgnoreCase("Basic")) {
        String decoded;
        try {
          decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return new Credential(Scheme.OTHER, null, null);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
          return new Credential(Scheme.OTHER, null, null);
        }
        return new Credential(
            Scheme.BASIC, decoded.substring(0, colon), decoded.substring(colon + 1));
      }
      return new Credential(Scheme.OTHER, null, null);
    }
  }

  private Future<Optional<Identity>> authenticate(Credential credential) {
    return switch (credential.scheme()) {
      case BEARER -> credentials.bearer(credential.secret());
      case BASIC -> credentials.basic(credential.account(), credential.secret());
      case OTHER -> Future.succeededFuture(Optional.empty());
    };
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
