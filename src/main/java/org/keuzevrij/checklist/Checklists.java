package org.keuzevrij.checklist;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.keuzevrij.checklist.ChecklistBuilder;
import org.keuzevrij.checklist.clauses.ClauseLibrary;

/**
 * The checklist builder, once the clause library has loaded. At start the library loads while the server already
 * answers catalogue requests; a checklist request that comes in before then waits for it instead of failing.
 */
public final class Checklists {

  private final CompletionStage<ChecklistBuilder> builder;

  public Checklists(CompletionStage<ClauseLibrary> library, Clock clock) {
    this.builder = library.thenApply(loaded -> new ChecklistBuilder(loaded, clock));
  }

  /** Runs {@code then} on the request's event loop with the builder; fails the request if the library did not load. */
  void with(RoutingContext ctx, Consumer<ChecklistBuilder> then) {
    Future.fromCompletionStage(builder, ctx.vertx().getOrCreateContext())
        .onSuccess(then::accept)
        .onFailure(ctx::fail);
  }
}
