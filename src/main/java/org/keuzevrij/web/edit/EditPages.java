package org.keuzevrij.web.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.keuzevrij.audit.FieldChange;
import org.keuzevrij.auth.Role;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Ids;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.derived.Snapshot;
import org.keuzevrij.editing.Author;
import org.keuzevrij.editing.CatalogueEditor;
import org.keuzevrij.editing.EditOutcome;
import org.keuzevrij.editing.Precondition;
import org.keuzevrij.web.Answers;
import org.keuzevrij.web.auth.Access;
import org.keuzevrij.web.auth.Caller;
import org.keuzevrij.web.auth.CsrfTokens;
import org.keuzevrij.web.page.DisplayValue;
import org.keuzevrij.web.page.Explanations;
import org.keuzevrij.web.page.LanguageChoice;
import org.keuzevrij.web.page.PagePaths;
import org.keuzevrij.web.page.PageRenderer;
import org.keuzevrij.web.page.ValueFormatter;

/**
 * Edit pages for suppliers, models and offerings, and pages to add new ones. Each works without JavaScript: the form
 * posts to itself, first to preview the change (what changes, and what follows from it) and then to save it. A save
 * goes ahead only for exactly the content previewed, and only if nobody changed the entity since the form was opened.
 */
public final class EditPages {

  public static final String PREFIX = "/edit/";
  public static final String TEMPLATE = "pages/edit";
  private static final String PREVIEW = "preview";
  private static final String SAVE = "save";
  private static final String ETAG = "etag";
  private static final String PREVIEWED = "previewed";

  private final CatalogueEditor editor;
  private final FormSchema schema;
  private final PageRenderer renderer;
  private final Access access;
  private final Vertx vertx;
  private final WorkerExecutor writes;

  public EditPages(CatalogueEditor editor, FormSchema schema, PageRenderer renderer, Access access, Vertx vertx,
      WorkerExecutor writes) {
    this.editor = editor;
    this.schema = schema;
    this.renderer = renderer;
    this.access = access;
    this.vertx = vertx;
    this.writes = writes;
  }

  public static String editPath(Kind kind, String id) {
    return PREFIX + kind.folder() + "/" + id;
  }

  public static String newPath(Kind kind) {
    return PREFIX + kind.folder();
  }

  public void mount(Router router) {
    for (Kind kind : Kind.values()) {
      if (!FormSchema.editable(kind)) {
        continue;
      }
      router.get(newPath(kind)).handler(access.page(Role.EDITOR)).handler(ctx -> blank(ctx, kind));
      router.post(newPath(kind)).handler(CsrfTokens::check).handler(access.page(Role.EDITOR))
          .handler(ctx -> submit(ctx, kind, null));
      router.get(newPath(kind) + "/:id").handler(access.page(Role.EDITOR)).handler(ctx -> open(ctx, kind));
      router.post(newPath(kind) + "/:id").handler(CsrfTokens::check).handler(access.page(Role.EDITOR))
          .handler(ctx -> submit(ctx, kind, ctx.pathParam("id")));
    }
  }

  private void blank(RoutingContext ctx, Kind kind) {
    Page page = new Page(ctx, kind, null);
    page.send(200, new FormValues(), FormErrors.none(), "", null, null);
  }

  private void open(RoutingContext ctx, Kind kind) {
    Snapshot snapshot = editor.snapshots().get();
    String id = ctx.pathParam("id");
    Optional<Entity> entity = snapshot.catalogue().find(kind, id);
    if (entity.isEmpty()) {
      renderer.sendError(ctx, 404, null);
      return;
    }
    FormValues values = FormCodec.fill(schema.fields(kind), entity.get().json());
    values.put(ETAG, snapshot.etag(kind, id).orElseThrow());
    new Page(ctx, kind, id).send(200, values, FormErrors.none(), "", null, null);
  }

  private void submit(RoutingContext ctx, Kind kind, String pathId) {
    FormValues values = FormValues.of(ctx.request().formAttributes());
    Page page = new Page(ctx, kind, pathId);
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
      FieldSpec idField = fields.stream().filter(f -> f.type() == FieldSpec.ValueType.ID).findFirst().orElseThrow();
      page.send(400, values, FormErrors.at(idField, "/id", page.format.text(id.isEmpty() ? "form.error.required"
          : "form.error.id"), page.format), "", null, null);
      return;
    }
    Answers.when(ctx, vertx.executeBlocking(() -> preview(kind, id, document), false), preview -> {
      if (!preview.result().ok() || !read.unreadable().isEmpty()) {
        page.send(400, values, FormErrors.of(fields, preview.result().problems(), read.unreadable(), values,
            page.format), "", null, null);
      } else if (SAVE.equals(values.get("action")) && hash(document).equals(values.get(PREVIEWED))) {
        save(page, values, kind, id, document, pathId == null);
      } else {
        String note = SAVE.equals(values.get("action")) ? page.format.text("edit.changedSincePreview") : null;
        page.send(200, values, FormErrors.none(), hash(document), preview, note);
      }
    });
  }

  private void save(Page page, FormValues values, Kind kind, String id, ObjectNode document, boolean creating) {
    RoutingContext ctx = page.ctx;
    Author author = new Author(Caller.of(ctx).orElseThrow().name(), Author.PAGE);
    Precondition precondition = creating ? Precondition.create() : Precondition.replacing(values.get(ETAG));
    Answers.when(ctx, writes.executeBlocking(() -> editor.put(author, kind, id, document, precondition), false),
        outcome -> {
      if (outcome instanceof EditOutcome.Saved saved) {
        ctx.session().put(EntityHistory.NOTICE, saved.changed() ? (creating ? "edit.created" : "edit.saved")
            : "edit.unchanged");
        ctx.response().setStatusCode(303).putHeader("Location", PagePaths.entity(kind, id)).end();
      } else if (outcome instanceof EditOutcome.Invalid invalid) {
        page.send(400, values, FormErrors.of(schema.fields(kind), invalid.problems(), List.of(), values, page.format),
            "", null, null);
      } else if (creating) {
        FieldSpec idField = schema.fields(kind).get(0);
        page.send(409, values, FormErrors.at(idField, "/id", page.format.text("form.error.idTaken"), page.format), "",
            null, null);
      } else {
        conflict(page, values, kind, id, document);
      }
    });
  }

  /**
   * Someone saved this entity since the form was opened. The form keeps what this editor typed, previewed against
   * the current version, so the preview shows which of the other editor's values this save would undo.
   */
  private void conflict(Page page, FormValues values, Kind kind, String id, ObjectNode document) {
    Answers.when(page.ctx, vertx.executeBlocking(() -> preview(kind, id, document), false), preview -> {
      FormValues updated = FormValues.of(page.ctx.request().formAttributes());
      updated.replace(ETAG, editor.snapshots().get().etag(kind, id).orElse(""));
      page.send(409, updated, FormErrors.none(), preview.result().ok() ? hash(document) : "", preview,
          page.format.text("edit.conflict"));
    });
  }

  /** The change checked against the catalogue as it is now, and what the catalogue would be after it. */
  private Preview preview(Kind kind, String id, ObjectNode document) {
    Snapshot before = editor.snapshots().get();
    LoadResult result = editor.preview(kind, id, document);
    Snapshot after = result.ok() ? Snapshot.of(result.catalogue()) : null;
    JsonNode old = before.catalogue().find(kind, id).map(Entity::json)
        .map(JsonNode.class::cast).orElse(JsonNodeFactory.instance.objectNode());
    return new Preview(id, result, before, after, FieldChange.between(old, document));
  }

  /** A derived fact in the preview; {@code before} only when the change changes it. */
  public record DerivedRow(String label, DisplayValue value, DisplayValue before) {}

  private record Preview(String id, LoadResult result, Snapshot before, Snapshot after, List<FieldChange> changes) {}

  private static String hash(JsonNode document) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CanonicalJson.compact(document)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** One rendering of the edit page, for a kind and (when editing) an id. */
  private final class Page {

    private final RoutingContext ctx;
    private final Kind kind;
    private final String id;
    private final ValueFormatter format;

    Page(RoutingContext ctx, Kind kind, String id) {
      this.ctx = ctx;
      this.kind = kind;
      this.id = id;
      Snapshot snapshot = editor.snapshots().get();
      this.format = new ValueFormatter(renderer.messages(), LanguageChoice.of(ctx), snapshot.catalogue());
    }

    void send(int status, FormValues values, FormErrors errors, String previewed, Preview preview, String notice) {
      Snapshot snapshot = editor.snapshots().get();
      Optional<Entity> entity = id == null ? Optional.empty() : snapshot.catalogue().find(kind, id);
      String kindName = format.text("kind." + kind.folder() + ".singular");
      String title = entity.map(e -> format.text("edit.title", kindName, e.name()))
          .orElseGet(() -> format.text("edit.new.title." + kind.folder()));
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("heading", title);
      model.put("kindLabel", kindName);
      model.put("section", DisplayValue.Link.internal(format.text("kind." + kind.folder()), PagePaths.section(kind)));
      model.put("entity", entity.map(e -> DisplayValue.Link.internal(e.name(), PagePaths.entity(kind, e.id())))
          .orElse(null));
      model.put("cancelHref", entity.isPresent() ? PagePaths.entity(kind, id) : PagePaths.section(kind));
      model.put("action", id == null ? newPath(kind) : editPath(kind, id));
      model.put("csrf", CsrfTokens.token(ctx));
      model.put("etag", values.get(ETAG));
      model.put("previewed", previewed);
      model.put("errors", errors.summary());
      model.put("notice", notice);
      model.put("sections", new EditForm(schema, format, snapshot.catalogue()).sections(kind, values, errors,
          id == null));
      if (preview != null && preview.after() != null) {
        model.put("preview", previewModel(preview));
      }
      renderer.send(ctx, status, TEMPLATE, title, model);
    }

    private Map<String, Object> previewModel(Preview preview) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("changes", new ChangeDescriber(schema, format).rows(kind, preview.changes()));
      model.put("derived", derived(preview, preview.id()));
      return model;
    }

    /** The entity's derived facts after the change, each with its value before when that differs. */
    private List<DerivedRow> derived(Preview preview, String entityId) {
      Explanations explanations = new Explanations(format);
      var before = preview.before().derived().get(kind, entityId);
      List<DerivedRow> rows = new ArrayList<>();
      preview.after().derived().get(kind, entityId).forEach((name, derivation) -> {
        Explanations.Explained explained = explanations.explain(name, derivation);
        var old = before.get(name);
        boolean changed = old != null && !Objects.equals(old.value(), derivation.value());
        rows.add(new DerivedRow(explained.label(), explained.value(),
            changed ? explanations.value(name, old.value()) : null));
      });
      return rows;
    }
  }
}
