package org.keuzevrij.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers every answer carries: everything is served by the app itself, so the policy allows only
 * 'self'.
 */
public final class SecurityHeaders {

  private SecurityHeaders() {}

  public static void add(RoutingContext ctx) {
    set(ctx.response().headers());
    ctx.next();
  }

  /** For answers the router never sees, such as a request Vert.x could not read. */
  public static void set(MultiMap headers) {
    headers.set(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "same-origin");
    headers.set("X-Frame-Options", "DENY");
  }
}
