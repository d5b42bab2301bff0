package org.keuzevrij.web;

import io.vertx.ext.web.RoutingContext;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every request gets an id, sent back as {@code X-Request-Id} and named in the log lines the
 * request causes, so an operator can find what a user reports. A proxy's or client's own id is kept
 * when it is a short token of letters, digits and {@code . _ : -}; anything else could forge or
 * break log lines, so it is replaced.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";

  private static final String KEY = "keuzevrij.requestId";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestIds() {}

  /** The first handler of every request. */
  public static void assign(RoutingContext ctx) {
    String id = accepted(ctx.request().getHeader(HEADER));
    ctx.put(KEY, id);
    ctx.response().putHeader(HEADER, id);
    ctx.next();
  }

  /** The request's id, or {@code -} for a request that never reached {@link #assign}. */
  public static String of(RoutingContext ctx) {
    String id = ctx.get(KEY);
    return id == null ? "-" : id;
  }

  /** {@code incoming} when it is safe to log, else a new random id. */
  public static String accepted(String incoming) {
    return incoming != null && SAFE.matcher(incoming).matches() ? incoming : generate();
  }

  /** 64 random bits in hex: unique enough to find one request in a day's log, and cheap. */
  static String generate() {
    return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
  }
}
