package org.keuzevrij.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Sends JSON with a strong ETag derived from the body, and answers a matching If-None-Match with
 * 304.
 */
public final class JsonResponses {

  private JsonResponses() {}

  /**
   * A body with its tag and its gzip form, for an answer kept and sent many times: hashing or
   * compressing a large body on every request would cost more than sending it. Both are kept as
   * buffers, which each response reads through a view of its own: a buffer made from the bytes per
   * request would copy the whole body once more on the heap.
   */
  public record Tagged(Buffer body, String etag, Buffer gzipped) {

    public static Tagged of(byte[] body) {
      return new Tagged(Buffer.buffer(body), JsonResponses.etag(body), Buffer.buffer(gzip(body)));
    }

    /** The gzip form is another representation, so it has a tag of its own (RFC 9110 §8.8.3). */
    String gzipEtag() {
      return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }
  }

  /** Sends {@code body}, JSON written with sorted keys so that equal content gets an equal tag. */
  public static void send(RoutingContext ctx, byte[] body) {
    String etag = etag(body);
    send(ctx, Buffer.buffer(body), etag, etag, null);
  }

  /**
   * Sends the kept gzip form to a client that accepts gzip, marked so that the server's own
   * compression passes it through, and the plain body to any other. A gzip client revalidates with
   * either tag: both forms are current.
   */
  public static void send(RoutingContext ctx, Tagged tagged) {
    ctx.response().putHeader("Vary", "Accept-Encoding");
    if (acceptsGzip(ctx.request().getHeader("Accept-Encoding"))) {
      send(ctx, tagged.gzipped(), tagged.gzipEtag(), tagged.etag(), "gzip");
    } else {
      send(ctx, tagged.body(), tagged.etag(), tagged.etag(), null);
    }
  }

  /** Whether an Accept-Encoding header takes gzip: named, or as "*", with a q above 0. */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] params = part.split(";");
      String coding = params[0].strip().toLowerCase(Locale.ROOT);
      if (!coding.equals("gzip") && !coding.equals("x-gzip") && !coding.equals("*")) {
        continue;
      }
      double q = 1;
      for (int i = 1; i < params.length; i++) {
        String param = params[i].strip().toLowerCase(Locale.ROOT);
        if (param.startsWith("q=")) {
          try {
            q = Double.parseDouble(param.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (q > 0) {
        return true;
      }
    }
    return false;
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Sends {@code body} tagged {@code etag} in {@code encoding} (null: as it is), or 304 when the
   * client holds that tag or {@code also}.
   */
  private static void send(
      RoutingContext ctx, Buffer body, String etag, String also, String encoding) {
    ctx.response().putHeader("ETag", etag).putHeader("Cache-Control", "no-cache");
    String ifNoneMatch = ctx.request().getHeader("If-None-Match");
    if (matches(ifNoneMatch, etag) || matches(ifNoneMatch, also)) {
      ctx.response().setStatusCode(304).end();
      return;
    }
    if (encoding != null) {
      ctx.response().putHeader("Content-Encoding", encoding);
    }
    ctx.response().putHeader("Content-Type", "application/json").end(body);
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
