package org.keuzevrij.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * Sends JSON with a strong ETag derived from the body, and answers a matching If-None-Match with
 * 304.
 */
public final class JsonResponses {

  private JsonResponses() {}

  /**
   * A body with its tag, for an answer kept and sent many times: hashing a large body on every
   * request would cost more than sending it.
   */
  public record Tagged(byte[] body, String etag) {

    public static Tagged of(byte[] body) {
      return new Tagged(body, JsonResponses.etag(body));
    }
  }

  /** Sends {@code body}, JSON written with sorted keys so that equal content gets an equal tag. */
  public static void send(RoutingContext ctx, byte[] body) {
    send(ctx, body, etag(body));
  }

  public static void send(RoutingContext ctx, Tagged tagged) {
    send(ctx, tagged.body(), tagged.etag());
  }

  private static void send(RoutingContext ctx, byte[] body, String etag) {
    ctx.response().putHeader("ETag", etag).putHeader("Cache-Control", "no-cache");
    if (matches(ctx.request().getHeader("If-None-Match"), etag)) {
      ctx.response().setStatusCode(304).end();
      return;
    }
    ctx.response().putHeader("Content-Type", "application/json").end(Buffer.buffer(body));
  }

  public static String etag(byte[] body) {
    return EntityTag.of(body);
  }

  /**
   * If-None-Match uses the weak comparison (RFC 9110 §13.1.2): a W/ prefix on the client's tag is
   * ignored.
   */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*")
          || tag.equals(etag)
          || tag.startsWith("W/") && tag.substring(2).equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
