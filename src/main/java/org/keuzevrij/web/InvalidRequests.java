package org.keuzevrij.web;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * Requests Vert.x cannot read, which never reach the router: a request line (address and query)
 * over the limit is 414, headers over theirs 431, any other malformed request 400. Each gets
 * problem details, the security headers and an id, and the connection is closed, since what follows
 * on it cannot be trusted to start a new request.
 */
public final class InvalidRequests {

  private InvalidRequests() {}

  /** For {@code HttpServer.invalidRequestHandler}. */
  public static void handle(HttpServerRequest request) {
    Throwable cause = request.decoderResult().cause();
    int status =
        cause instanceof TooLongHttpLineException
            ? 414
            : cause instanceof TooLongHttpHeaderException ? 431 : 400;
    JsonObject problem =
        Problems.problem(
            status,
            switch (status) {
              case 414 -> "The address is too long; send fewer or shorter query parameters.";
              case 431 -> "The request headers are too large.";
              default -> "The request is not valid HTTP.";
            });
    SecurityHeaders.set(request.response().headers());
    request
        .response()
        .setStatusCode(status)
        .putHeader(RequestIds.HEADER, RequestIds.accepted(request.getHeader(RequestIds.HEADER)))
        .putHeader("Content-Type", Problems.CONTENT_TYPE)
        .putHeader("Cache-Control", "no-store")
        .putHeader("Connection", "close")
        .end(problem.encode())
        .onComplete(done -> request.connection().close());
  }
}
