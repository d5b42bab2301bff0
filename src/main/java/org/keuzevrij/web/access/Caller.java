package org.keuzevrij.web.access;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * Who is making the current request, once {@link PageCaller} or {@link Access} has found out; empty
 * for visitors.
 */
public final class Caller {

  private static final String KEY = "keuzevrij.caller";

  private Caller() {}

  public static Optional<Identity> of(RoutingContext ctx) {
    return Optional.ofNullable(ctx.get(KEY));
  }

  public static boolean may(RoutingContext ctx, Role role) {
    return of(ctx).map(identity -> identity.may(role)).orElse(false);
  }

  public static void set(RoutingContext ctx, Identity identity) {
    ctx.put(KEY, identity);
  }
}
