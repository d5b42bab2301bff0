package org.keuzevrij.web;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Consumer;

/**
 * Answers a request once a future completes. An exception thrown while answering (a template that
 * fails to render, say) fails the request, so the client gets an error page instead of waiting for
 * an answer that never comes: Vert.x only reports exceptions thrown in a completion handler to the
 * context, it does not end the response.
 */
public final class Answers {

  private Answers() {}

  public static <T> void when(RoutingContext ctx, Future<T> future, Consumer<T> answer) {
    future.onComplete(
        result -> {
          if (result.failed()) {
            ctx.fail(result.cause());
            return;
          }
          try {
            answer.accept(result.result());
          } catch (RuntimeException e) {
            ctx.fail(e);
          }
        });
  }
}
