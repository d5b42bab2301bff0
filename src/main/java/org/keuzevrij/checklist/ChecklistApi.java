package org.keuzevrij.checklist;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import org.keuzevrij.browse.CatalogueApi;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.checklist.clauses.ProcurementCase;
import org.keuzevrij.checklist.workbook.ChecklistWorkbook;
import org.keuzevrij.web.InvalidInput;
import org.keuzevrij.web.JsonResponses;
import org.keuzevrij.web.WorkPool;
import org.keuzevrij.xlsx.Attachment;

/**
 * {@code GET /api/v1/checklists} (JSON) and {@code GET /api/v1/checklists.xlsx} (the workbook) for
 * one use case and one offering. Workbooks are written on the bounded workbook pool, so that a
 * burst of downloads neither blocks the event loop nor starves the shared worker pool, and a burst
 * beyond what the pool can queue gets a 503.
 */
public final class ChecklistApi {

  public static final String PATH = CatalogueApi.PREFIX + "/checklists";

  private final SnapshotHolder snapshots;
  private final Checklists checklists;
  private final WorkPool workbooks;

  public ChecklistApi(SnapshotHolder snapshots, Checklists checklists, WorkPool workbooks) {
    this.snapshots = snapshots;
    this.checklists = checklists;
    this.workbooks = workbooks;
  }

  public void json(RoutingContext ctx) {
    Found found = resolve(ctx);
    checklists
        .builder(ctx.vertx().getOrCreateContext())
        .onFailure(ctx::fail)
        .onSuccess(
            builder ->
                JsonResponses.send(
                    ctx,
                    CanonicalJson.compact(
                        ChecklistJson.of(
                            builder.build(found.procurementCase(), found.request().language())))));
  }

  public void workbook(RoutingContext ctx) {
    Found found = resolve(ctx);
    checklists
        .builder(ctx.vertx().getOrCreateContext())
        .onFailure(ctx::fail)
        .onSuccess(builder -> workbook(ctx, found, builder));
  }

  private void workbook(RoutingContext ctx, Found found, ChecklistBuilder builder) {
    ChecklistRequest request = found.request();
    workbooks
        .submit(
            () ->
                ChecklistWorkbook.bytes(builder.build(found.procurementCase(), request.language())))
        .onSuccess(
            bytes ->
                ctx.response()
                    .putHeader("Content-Type", Attachment.CONTENT_TYPE)
                    .putHeader("Content-Disposition", Attachment.disposition(request.fileName()))
                    .putHeader("Cache-Control", "no-store")
                    .end(Buffer.buffer(bytes)))
        .onFailure(ctx::fail);
  }

  private record Found(ChecklistRequest request, ProcurementCase procurementCase) {}

  /**
   * The request and its case; a bad query is a 400, a use case or offering that does not exist a
   * 404.
   */
  private Found resolve(RoutingContext ctx) {
    ChecklistRequest request;
    try {
      request = ChecklistRequest.from(ctx.request()::getParam);
    } catch (IllegalArgumentException malformed) {
      throw new InvalidInput(400, "The query string is not valid: " + malformed.getMessage());
    }
    var snapshot = snapshots.get();
    if (snapshot.catalogue().find(Kind.USECASE, request.usecase()).isEmpty()) {
      throw new InvalidInput(404, "There is no use case \"" + request.usecase() + "\".");
    }
    ProcurementCase found =
        ProcurementCase.of(snapshot, request.usecase(), request.offering())
            .orElseThrow(
                () ->
                    new InvalidInput(404, "There is no offering \"" + request.offering() + "\"."));
    return new Found(request, found);
  }
}
