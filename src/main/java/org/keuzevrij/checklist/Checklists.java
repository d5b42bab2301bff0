package org.keuzevrij.checklist;

import io.vertx.core.Context;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.concurrent.CompletionStage;
import org.keuzevrij.checklist.clauses.ClauseLibrary;

/**
 * The checklist builder, once the clause library has loaded. At start the library loads while the
 * server already answers catalogue requests; a checklist request that comes in before then waits
 * for it instead of failing.
 */
public final class Checklists {

  private final CompletionStage<ChecklistBuilder> builder;

  public Checklists(CompletionStage<ClauseLibrary> library, Clock clock) {
    this.builder = library.thenApply(loaded -> new ChecklistBuilder(loaded, clock));
  }

  /**
   * The builder, completed on {@code context} (the request's event loop); failed if the library did
   * not load.
   */
  public Future<ChecklistBuilder> builder(Context context) {
    return Future.fromCompletionStage(builder, context);
  }
}
