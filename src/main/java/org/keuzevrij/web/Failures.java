package org.keuzevrij.web;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one answer to everything that goes wrong: invalid input and failed or unmatched requests. API
 * paths get problem details (RFC 9457), pages get the error page in the reader's language. Handlers
 * only throw or fail.
 */
public final class Failures {

  private static final Logger LOG = Logger.getLogger(Failures.class.getName());

  private final String apiPrefix;
  private final long bodyLimit;
  private final PageRenderer renderer;

  /**
   * @param apiPrefix paths under it are the API, e.g. {@code /api/v1}
   * @param bodyLimit the body limit, named in the answer to a body that is too large
   */
  public Failures(String apiPrefix, long bodyLimit, PageRenderer renderer) {
    this.apiPrefix = apiPrefix;
    this.bodyLimit = bodyLimit;
    this.renderer = renderer;
  }

  /**
   * For {@code failureHandler}: the failure's own status, its invalid input, or 500 for an
   * exception.
   */
  public void handle(RoutingContext ctx) {
    if (ctx.failure() instanceof InvalidInput invalid) {
      answer(ctx, invalid.status(), invalid);
    } else if (ctx.failure() instanceof WorkPool.Busy) {
      // Expected under load, and counted by the pool's metrics: no log line per refusal.
      ctx.response().putHeader("Retry-After", String.valueOf(WorkPool.RETRY_AFTER_SECONDS));
      send(
          ctx,
          503,
          Problems.problem(
              503,
              "The server is busy with other requests; try again in "
                  + WorkPool.RETRY_AFTER_SECONDS
                  + " s."));
    } else {
      answer(ctx, ctx.statusCode() > 0 ? ctx.statusCode() : 500, null);
    }
  }

  /**
   * For {@code errorHandler} and the last route: the router does not always put the status on the
   * context for a route that did not match, so it is given here.
   */
  public Handler<RoutingContext> status(int status) {
    return ctx -> answer(ctx, status, null);
  }

  /**
   * A route handler before all others that read parameters: a query string that does not decode (a
   * {@code %} without two hex digits after it) is a 400 here, so no handler has to expect it.
   */
  public void malformedQuery(RoutingContext ctx) {
    try {
      ctx.queryParams();
    } catch (IllegalArgumentException e) {
      answer(ctx, 400, null);
      return;
    }
    ctx.next();
  }

  private void answer(RoutingContext ctx, int status, InvalidInput invalid) {
    if (status >= 500) {
      LOG.log(
          Level.SEVERE,
          "Request "
              + RequestIds.of(ctx)
              + " failed: "
              + ctx.request().method()
              + " "
              + ctx.request().path(),
          ctx.failure());
    }
    send(
        ctx,
        status,
        invalid != null ? Problems.invalid(invalid) : Problems.problem(status, detail(status)));
  }

  /** Problem details for the API, the error page for pages, if the answer has not begun. */
  private void send(RoutingContext ctx, int status, JsonObject problem) {
    if (ctx.response().headWritten()) {
      // Too late for an error answer: the status line has gone out, so only cutting the answer
      // short is honest.
      if (!ctx.response().ended()) {
        ctx.response().reset();
      }
      return;
    }
    String path = ctx.request().path();
    if (path == null || !path.startsWith(apiPrefix + "/")) {
      renderer.sendError(ctx, status, null);
    } else {
      Problems.send(ctx, problem);
    }
  }

  private String detail(int status) {
    if (status == 413) {
      return "The request body is larger than " + bodyLimit + " bytes.";
    }
    return status >= 500
        ? "Something went wrong on our side; it has been logged."
        : "The request could not be handled.";
  }
}
