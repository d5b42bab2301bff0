package org.keuzevrij.editing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import org.keuzevrij.browse.PagePaths;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Ids;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.editing.audit.ContentDigest;
import org.keuzevrij.editing.audit.FieldChange;
import org.keuzevrij.web.Answers;
import org.keuzevrij.web.PageRenderer;
import org.keuzevrij.web.access.Caller;

/**
 * Edit pages for suppliers, models and offerings, and pages to add new ones. Each works without
 * JavaScript: the form posts to itself, first to preview the change (what changes, and what follows
 * from it) and then to save it. A save goes ahead only for exactly the content previewed, and only
 * if nobody changed the entity since the form was opened.
 */
public final class EditPages {

  public static final String PREFIX = "/edit/";
  public static final String TEMPLATE = "editing/edit";
  private static final String PREVIEW = "preview";
  private static final String SAVE = "save";
  static final String ETAG = "etag";
  private static final String PREVIEWED = "previewed";

  private final CatalogueEditor editor;
  private final FormSchema schema;
  private final PageRenderer renderer;
  private final Vertx vertx;
  private final WorkerExecutor writes;

  public EditPages(
      CatalogueEditor editor,
      FormSchema schema,
      PageRenderer renderer,
      Vertx vertx,
      WorkerExecutor writes) {
    this.editor = editor;
    this.schema = schema;
    this.renderer = renderer;
    this.vertx = vertx;
    this.writes = writes;
  }

  public static String editPath(Kind kind, String id) {
    return PREFIX + kind.folder() + "/" + id;
  }

  public static String newPath(Kind kind) {
    return PREFIX + kind.folder();
  }

  public void blank(RoutingContext ctx, Kind kind) {
    EditPageView page = view(ctx, kind, null);
    page.send(200, new FormValues(), FormErrors.none(), "", null, null);
  }

  public void open(RoutingContext ctx, Kind kind) {
    Snapshot snapshot = editor.snapshots().get();
    String id = ctx.pathParam("id");
    Optional<Entity> entity = snapshot.catalogue().find(kind, id);
    if (entity.isEmpty()) {
      renderer.sendError(ctx, 404, null);
      return;
    }
    FormValues values = FormCodec.fill(schema.fields(kind), entity.get().json());
    values.put(ETAG, snapshot.etag(kind, id).orElseThrow());
    view(ctx, kind, id).send(200, values, FormErrors.none(), "", null, null);
  }

  public void submit(RoutingContext ctx, Kind kind, String pathId) {
    FormValues values = FormValues.of(ctx.request().formAttributes());
    EditPageView page = view(ctx, kind, pathId);
    List<FieldSpec> fields = schema.fields(kind);
    FormCodec.Read read = FormCodec.read(fields, values);
    ObjectNode document = read.document();
    String id = pathId != null ? pathId : values.get("/id");
    if (pathId != null) {
      document.put("id", pathId);
      if (editor.snapshots().get().catalogue().find(kind, pathId).isEmpty()) {
        renderer.sendError(ctx, 404, null);
        return;
      }
    } else if (!Ids.valid(id)) {
      page.send(
          400,
          values,
          FormErrors.at(
              idField(kind),
              "/id",
              page.format().text(id.isEmpty() ? "form.error.required" : "form.error.id"),
              page.format()),
          "",
          null,
          null);
      return;
    }
    Answers.when(
        ctx,
        vertx.executeBlocking(() -> preview(kind, id, document), false),
        preview -> {
          if (!preview.result().ok() || !read.unreadable().isEmpty()) {
            page.send(
                400,
                values,
                FormErrors.of(
                    fields,
                    EditProblems.violations(preview.result().problems()),
                    read.unreadable(),
                    values,
                    page.format()),
                "",
                null,
                null);
          } else if (SAVE.equals(values.get("action"))
              && ContentDigest.of(document).equals(values.get(PREVIEWED))) {
            save(page, values, kind, id, document, pathId == null);
          } else {
            String note =
                SAVE.equals(values.get("action"))
                    ? page.format().text("edit.changedSincePreview")
                    : null;
            page.send(200, values, FormErrors.none(), ContentDigest.of(document), preview, note);
          }
        });
  }

  private void save(
      EditPageView page,
      FormValues values,
      Kind kind,
      String id,
      ObjectNode document,
      boolean creating) {
    RoutingContext ctx = page.ctx();
    Author author = new Author(Caller.of(ctx).orElseThrow().name(), Author.PAGE);
    Precondition precondition =
        creating ? Precondition.create() : Precondition.replacing(values.get(ETAG));
    Answers.when(
        ctx,
        writes.executeBlocking(() -> editor.put(author, kind, id, document, precondition), false),
        outcome -> {
          if (outcome instanceof EditOutcome.Saved saved) {
            ctx.session()
                .put(
                    EntityHistoryView.NOTICE,
                    saved.changed()
                        ? (creating ? "edit.created" : "edit.saved")
                        : "edit.unchanged");
            ctx.response()
                .setStatusCode(303)
                .putHeader("Location", PagePaths.entity(kind, id))
                .end();
          } else if (outcome instanceof EditOutcome.Invalid invalid) {
            page.send(
                400,
                values,
                FormErrors.of(
                    schema.fields(kind),
                    EditProblems.violations(invalid.problems()),
                    List.of(),
                    values,
                    page.format()),
                "",
                null,
                null);
          } else if (creating) {
            page.send(
                409,
                values,
                FormErrors.at(
                    idField(kind), "/id", page.format().text("form.error.idTaken"), page.format()),
                "",
                null,
                null);
          } else {
            conflict(page, values, kind, id, document);
          }
        });
  }

  /**
   * Someone saved this entity since the form was opened. The form keeps what this editor typed,
   * previewed against the current version, so the preview shows which of the other editor's values
   * this save would undo.
   */
  private void conflict(
      EditPageView page, FormValues values, Kind kind, String id, ObjectNode document) {
    Answers.when(
        page.ctx(),
        vertx.executeBlocking(() -> preview(kind, id, document), false),
        preview -> {
          FormValues updated = FormValues.of(page.ctx().request().formAttributes());
          updated.replace(ETAG, editor.snapshots().get().etag(kind, id).orElse(""));
          page.send(
              409,
              updated,
              FormErrors.none(),
              preview.result().ok() ? ContentDigest.of(document) : "",
              preview,
              page.format().text("edit.conflict"));
        });
  }

  private EditPageView view(RoutingContext ctx, Kind kind, String id) {
    return new EditPageView(ctx, kind, id, editor.snapshots().get(), renderer, schema);
  }

  private FieldSpec idField(Kind kind) {
    return schema.fields(kind).stream()
        .filter(f -> f.type() == FieldSpec.ValueType.ID)
        .findFirst()
        .orElseThrow();
  }

  /**
   * The change checked against the catalogue as it is now, and what the catalogue would be after
   * it.
   */
  private EditPreview preview(Kind kind, String id, ObjectNode document) {
    Snapshot before = editor.snapshots().get();
    LoadResult result = editor.preview(kind, id, document);
    Snapshot after = result.ok() ? Snapshot.of(result.catalogue()) : null;
    JsonNode old =
        before
            .catalogue()
            .find(kind, id)
            .map(Entity::json)
            .map(JsonNode.class::cast)
            .orElse(JsonNodeFactory.instance.objectNode());
    return new EditPreview(id, result, before, after, FieldChange.between(old, document));
  }
}
