package org.keuzevrij.app;

import io.vertx.ext.web.AllowForwardHeaders;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Which headers a reverse proxy in front of the app sets, so that the client's address and scheme
 * are read from them rather than from the connection. Off by default: without a proxy that sets
 * them, any client could claim any address.
 */
public enum ForwardedHeaders {
  /** Directly reachable: the connection's own address counts, forwarded headers are ignored. */
  NONE(AllowForwardHeaders.NONE),
  /** {@code X-Forwarded-For}, {@code -Proto}, {@code -Host}: nginx, HAProxy, Traefik, Caddy. */
  X_FORWARDED(AllowForwardHeaders.X_FORWARD),
  /** The standard {@code Forwarded} header (RFC 7239). */
  FORWARDED(AllowForwardHeaders.FORWARD);

  private final AllowForwardHeaders vertx;

  ForwardedHeaders(AllowForwardHeaders vertx) {
    this.vertx = vertx;
  }

  AllowForwardHeaders vertx() {
    return vertx;
  }

  /** The option's spelling: {@code none}, {@code x-forwarded} or {@code forwarded}. */
  String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static ForwardedHeaders of(String code) {
    for (ForwardedHeaders headers : values()) {
      if (headers.code().equalsIgnoreCase(code.strip())) {
        return headers;
      }
    }
    throw new IllegalArgumentException(
        "expected one of "
            + Arrays.stream(values()).map(ForwardedHeaders::code).collect(Collectors.joining(", "))
            + ", not \""
            + code
            + "\"");
  }

  /** Reads {@code --forwarded}. */
  static final class Converter implements ITypeConverter<ForwardedHeaders> {

    @Override
    public ForwardedHeaders convert(String value) {
      try {
        return of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
