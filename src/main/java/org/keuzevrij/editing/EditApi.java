package org.keuzevrij.editing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import org.keuzevrij.browse.CatalogueApi;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Ids;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.editing.audit.Action;
import org.keuzevrij.web.Answers;
import org.keuzevrij.web.InvalidInput;
import org.keuzevrij.web.JsonBodies;
import org.keuzevrij.web.Problems;
import org.keuzevrij.web.access.Caller;

/**
 * The write side of the API: {@code PUT} and {@code DELETE /api/v1/{kind}/{id}} under optimistic
 * concurrency, and {@code GET /api/v1/{kind}/{id}/history} from the audit log.
 */
public final class EditApi {

  private final CatalogueEditor editor;
  private final Vertx vertx;
  private final WorkerExecutor writes;

  /**
   * @param writes the worker that runs catalogue writes, which block on disk
   */
  public EditApi(CatalogueEditor editor, Vertx vertx, WorkerExecutor writes) {
    this.editor = editor;
    this.vertx = vertx;
    this.writes = writes;
  }

  /**
   * Kind and id first: a bad address is the same answer for everyone, and never reaches the file
   * system.
   */
  public void checkAddress(RoutingContext ctx) {
    CatalogueApi.kind(ctx);
    id(ctx);
    ctx.next();
  }

  public void put(RoutingContext ctx) {
    Kind kind = CatalogueApi.kind(ctx);
    String id = id(ctx);
    JsonBodies.requireJson(ctx, "the " + kind.singular());
    JsonNode body;
    try {
      body =
          CanonicalJson.read(
              ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes());
    } catch (JsonProcessingException e) {
      throw new InvalidInput(400, JsonBodies.unreadable(e));
    } catch (IOException e) {
      ctx.fail(e);
      return;
    }
    if (body == null || body.isMissingNode()) {
      throw new InvalidInput(400, "The body is empty; send the " + kind.singular() + " as JSON.");
    }
    Precondition precondition = precondition(ctx);
    Author author = new Author(Caller.of(ctx).orElseThrow().name(), Author.API);
    JsonNode document = body;
    run(ctx, () -> editor.put(author, kind, id, document, precondition), kind, id);
  }

  public void delete(RoutingContext ctx) {
    Kind kind = CatalogueApi.kind(ctx);
    String id = id(ctx);
    Author author = new Author(Caller.of(ctx).orElseThrow().name(), Author.API);
    Precondition precondition = precondition(ctx);
    run(ctx, () -> editor.delete(author, kind, id, precondition), kind, id);
  }

  private void run(
      RoutingContext ctx, CatalogueEditor.IoWork<EditOutcome> work, Kind kind, String id) {
    Future<EditOutcome> outcome = writes.executeBlocking(work::run, false);
    Answers.when(ctx, outcome, result -> answer(ctx, result, kind, id));
  }

  private void answer(RoutingContext ctx, EditOutcome outcome, Kind kind, String id) {
    if (outcome instanceof EditOutcome.Saved saved) {
      saved(ctx, saved, kind, id);
    } else if (outcome instanceof EditOutcome.Invalid invalid) {
      throw EditProblems.invalid(kind, id, invalid.problems());
    } else if (outcome instanceof EditOutcome.Referenced referenced) {
      Problems.send(ctx, EditProblems.referenced(kind, id, referenced.referrers()));
    } else if (outcome instanceof EditOutcome.PreconditionFailed failed) {
      if (failed.currentEtag() != null) {
        ctx.response().putHeader("ETag", failed.currentEtag());
      }
      Problems.send(
          ctx,
          Problems.problem(
              412,
              failed.currentEtag() == null
                  ? "There is no "
                      + kind.singular()
                      + " \""
                      + id
                      + "\" to replace; create it with If-None-Match: *."
                  : "The "
                      + kind.singular()
                      + " \""
                      + id
                      + "\" has changed since you read it, or already exists; its "
                      + "current ETag is in the ETag header. Read it again and reapply your change."));
    } else if (outcome instanceof EditOutcome.PreconditionRequired) {
      Problems.send(
          ctx,
          Problems.problem(
              428,
              "Say which version you change: If-Match with the ETag from GET to "
                  + "replace or delete, or If-None-Match: * to create."));
    } else {
      throw new InvalidInput(404, "There is no " + kind.singular() + " with id \"" + id + "\".");
    }
  }

  private static void saved(RoutingContext ctx, EditOutcome.Saved saved, Kind kind, String id) {
    ctx.response().putHeader("Cache-Control", "no-store");
    if (saved.action() == Action.DELETE) {
      ctx.response().setStatusCode(204).end();
      return;
    }
    byte[] body =
        CanonicalJson.compact(
            saved
                .snapshot()
                .representation(saved.snapshot().catalogue().find(kind, id).orElseThrow()));
    if (saved.action() == Action.CREATE) {
      ctx.response()
          .setStatusCode(201)
          .putHeader("Location", CatalogueApi.PREFIX + "/" + kind.folder() + "/" + id);
    }
    ctx.response()
        .putHeader("ETag", saved.etag())
        .putHeader("Content-Type", "application/json")
        .end(Buffer.buffer(body));
  }

  public void history(RoutingContext ctx) {
    Kind kind = CatalogueApi.kind(ctx);
    String id = id(ctx);
    Answers.when(
        ctx,
        vertx.executeBlocking(() -> editor.audit().history(kind, id), false),
        entries -> {
          if (entries.isEmpty() && editor.snapshots().get().catalogue().find(kind, id).isEmpty()) {
            throw new InvalidInput(
                404,
                "There is no "
                    + kind.singular()
                    + " with id \""
                    + id
                    + "\", and none was ever changed through this app.");
          }
          ctx.response()
              .putHeader("Content-Type", "application/json")
              .putHeader("Cache-Control", "no-cache")
              .end(Buffer.buffer(CanonicalJson.compact(HistoryJson.of(kind, id, entries))));
        });
  }

  private static Precondition precondition(RoutingContext ctx) {
    return Precondition.of(
        ctx.request().getHeader("If-Match"), ctx.request().getHeader("If-None-Match"));
  }

  private static String id(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    if (!Ids.valid(id)) {
      throw EditProblems.badId(id);
    }
    return id;
  }
}
