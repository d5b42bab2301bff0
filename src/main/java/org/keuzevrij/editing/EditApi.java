package org.keuzevrij.editing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.Optional;
import org.keuzevrij.editing.audit.Action;
import org.keuzevrij.web.access.Role;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Ids;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.editing.Author;
import org.keuzevrij.editing.CatalogueEditor;
import org.keuzevrij.editing.EditOutcome;
import org.keuzevrij.editing.Precondition;
import org.keuzevrij.web.Answers;
import org.keuzevrij.browse.CatalogueApi;
import org.keuzevrij.web.Problems;
import org.keuzevrij.web.access.Access;
import org.keuzevrij.web.access.Caller;

/**
 * The write side of the API: {@code PUT} and {@code DELETE /api/v1/{kind}/{id}} under optimistic concurrency, and
 * {@code GET /api/v1/{kind}/{id}/history} from the audit log.
 */
public final class EditApi {

  private final CatalogueEditor editor;
  private final Access access;
  private final Vertx vertx;
  private final WorkerExecutor writes;

  /** @param writes the worker that runs catalogue writes, which block on disk */
  public EditApi(CatalogueEditor editor, Access access, Vertx vertx, WorkerExecutor writes) {
    this.editor = editor;
    this.access = access;
    this.vertx = vertx;
    this.writes = writes;
  }

  public void mount(Router router) {
    String entity = CatalogueApi.PREFIX + "/:kind/:id";
    router.get(entity + "/history").handler(this::history);
    router.put(entity).handler(this::checkAddress).handler(access.api(Role.EDITOR)).handler(this::put);
    router.delete(entity).handler(this::checkAddress).handler(access.api(Role.EDITOR)).handler(this::delete);
  }

  /** Kind and id first: a bad address is the same answer for everyone, and never reaches the file system. */
  private void checkAddress(RoutingContext ctx) {
    if (CatalogueApi.kind(ctx).isPresent() && id(ctx).isPresent()) {
      ctx.next();
    }
  }

  private void put(RoutingContext ctx) {
    Kind kind = CatalogueApi.kind(ctx).orElseThrow();
    String id = id(ctx).orElseThrow();
    String type = ctx.request().getHeader("Content-Type");
    if (type == null || !(type.startsWith("application/json") || type.matches("application/[a-z.+-]*\\+json.*"))) {
      Problems.send(ctx, Problems.problem(415, "Send the " + kind.singular() + " as application/json."));
      return;
    }
    JsonNode body;
    try {
      body = CanonicalJson.read(ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes());
    } catch (JsonProcessingException e) {
      Problems.send(ctx, Problems.problem(400, "The body is not valid JSON: " + e.getOriginalMessage()));
      return;
    } catch (IOException e) {
      ctx.fail(e);
      return;
    }
    if (body == null || body.isMissingNode()) {
      Problems.send(ctx, Problems.problem(400, "The body is empty; send the " + kind.singular() + " as JSON."));
      return;
    }
    Precondition precondition = precondition(ctx);
    Author author = new Author(Caller.of(ctx).orElseThrow().name(), Author.API);
    JsonNode document = body;
    run(ctx, () -> editor.put(author, kind, id, document, precondition), kind, id);
  }

  private void delete(RoutingContext ctx) {
    Kind kind = CatalogueApi.kind(ctx).orElseThrow();
    String id = id(ctx).orElseThrow();
    Author author = new Author(Caller.of(ctx).orElseThrow().name(), Author.API);
    Precondition precondition = precondition(ctx);
    run(ctx, () -> editor.delete(author, kind, id, precondition), kind, id);
  }

  private void run(RoutingContext ctx, CatalogueEditor.IoWork<EditOutcome> work, Kind kind, String id) {
    Future<EditOutcome> outcome = writes.executeBlocking(work::run, false);
    Answers.when(ctx, outcome, result -> answer(ctx, result, kind, id));
  }

  private void answer(RoutingContext ctx, EditOutcome outcome, Kind kind, String id) {
    if (outcome instanceof EditOutcome.Saved saved) {
      saved(ctx, saved, kind, id);
    } else if (outcome instanceof EditOutcome.Invalid invalid) {
      Problems.send(ctx, EditProblems.invalid(kind, id, invalid.problems()));
    } else if (outcome instanceof EditOutcome.Referenced referenced) {
      Problems.send(ctx, EditProblems.referenced(kind, id, referenced.referrers()));
    } else if (outcome instanceof EditOutcome.PreconditionFailed failed) {
      if (failed.currentEtag() != null) {
        ctx.response().putHeader("ETag", failed.currentEtag());
      }
      Problems.send(ctx, Problems.problem(412, failed.currentEtag() == null
          ? "There is no " + kind.singular() + " \"" + id + "\" to replace; create it with If-None-Match: *."
          : "The " + kind.singular() + " \"" + id + "\" has changed since you read it, or already exists; its "
              + "current ETag is in the ETag header. Read it again and reapply your change."));
    } else if (outcome instanceof EditOutcome.PreconditionRequired) {
      Problems.send(ctx, Problems.problem(428, "Say which version you change: If-Match with the ETag from GET to "
          + "replace or delete, or If-None-Match: * to create."));
    } else {
      Problems.notFound(ctx, "There is no " + kind.singular() + " with id \"" + id + "\".");
    }
  }

  private static void saved(RoutingContext ctx, EditOutcome.Saved saved, Kind kind, String id) {
    ctx.response().putHeader("Cache-Control", "no-store");
    if (saved.action() == Action.DELETE) {
      ctx.response().setStatusCode(204).end();
      return;
    }
    byte[] body = CanonicalJson.compact(
        saved.snapshot().representation(saved.snapshot().catalogue().find(kind, id).orElseThrow()));
    if (saved.action() == Action.CREATE) {
      ctx.response().setStatusCode(201).putHeader("Location", CatalogueApi.PREFIX + "/" + kind.folder() + "/" + id);
    }
    ctx.response().putHeader("ETag", saved.etag()).putHeader("Content-Type", "application/json")
        .end(Buffer.buffer(body));
  }

  private void history(RoutingContext ctx) {
    Optional<Kind> kind = CatalogueApi.kind(ctx);
    Optional<String> id = kind.isPresent() ? id(ctx) : Optional.empty();
    if (id.isEmpty()) {
      return;
    }
    Answers.when(ctx, vertx.executeBlocking(() -> editor.audit().history(kind.get(), id.get()), false), entries -> {
      if (entries.isEmpty() && editor.snapshots().get().catalogue().find(kind.get(), id.get()).isEmpty()) {
        Problems.notFound(ctx, "There is no " + kind.get().singular() + " with id \"" + id.get()
            + "\", and none was ever changed through this app.");
        return;
      }
      ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-cache")
          .end(Buffer.buffer(CanonicalJson.compact(HistoryJson.of(kind.get(), id.get(), entries))));
    });
  }

  private static Precondition precondition(RoutingContext ctx) {
    return Precondition.of(ctx.request().getHeader("If-Match"), ctx.request().getHeader("If-None-Match"));
  }

  private static Optional<String> id(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    if (!Ids.valid(id)) {
      Problems.send(ctx, EditProblems.badId(id));
      return Optional.empty();
    }
    return Optional.of(id);
  }
}
