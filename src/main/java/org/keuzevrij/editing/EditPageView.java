package org.keuzevrij.editing;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.keuzevrij.browse.DisplayValue;
import org.keuzevrij.browse.Explanations;
import org.keuzevrij.browse.PagePaths;
import org.keuzevrij.browse.ValueFormatter;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.web.LanguageChoice;
import org.keuzevrij.web.PageRenderer;
import org.keuzevrij.web.access.CsrfTokens;

/**
 * One rendering of the edit page: the form, its problems, and the preview of the change when there
 * is one.
 */
final class EditPageView {

  /** A derived fact in the preview; {@code before} only when the change changes it. */
  public record DerivedRow(String label, DisplayValue value, DisplayValue before) {}

  private final RoutingContext ctx;
  private final Kind kind;
  private final String id;
  private final Snapshot snapshot;
  private final PageRenderer renderer;
  private final FormSchema schema;
  private final ValueFormatter format;

  /** For editing entity {@code id} of {@code kind}, or a new one when {@code id} is null. */
  EditPageView(
      RoutingContext ctx,
      Kind kind,
      String id,
      Snapshot snapshot,
      PageRenderer renderer,
      FormSchema schema) {
    this.ctx = ctx;
    this.kind = kind;
    this.id = id;
    this.snapshot = snapshot;
    this.renderer = renderer;
    this.schema = schema;
    this.format =
        new ValueFormatter(renderer.messages(), LanguageChoice.of(ctx), snapshot.catalogue());
  }

  RoutingContext ctx() {
    return ctx;
  }

  ValueFormatter format() {
    return format;
  }

  /**
   * Sends the form with {@code values} and {@code errors}; the preview when there is one, with
   * {@code previewed} naming its content for the save; {@code notice} above the form.
   */
  void send(
      int status,
      FormValues values,
      FormErrors errors,
      String previewed,
      EditPreview preview,
      String notice) {
    Optional<Entity> entity = id == null ? Optional.empty() : snapshot.catalogue().find(kind, id);
    String kindName = format.text("kind." + kind.folder() + ".singular");
    String title =
        entity
            .map(e -> format.text("edit.title", kindName, name(e)))
            .orElseGet(() -> format.text("edit.new.title." + kind.folder()));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("heading", title);
    // Use cases are the city's own judgements, so their form explains a rationale, not sources.
    model.put(
        "intro",
        renderer
            .messages()
            .find(format.language(), "edit.intro." + kind.folder())
            .orElseGet(() -> format.text("edit.intro")));
    model.put("kindLabel", kindName);
    model.put(
        "section",
        DisplayValue.Link.internal(format.text("kind." + kind.folder()), PagePaths.section(kind)));
    model.put(
        "entity",
        entity
            .map(e -> DisplayValue.Link.internal(name(e), PagePaths.entity(kind, e.id())))
            .orElse(null));
    model.put(
        "cancelHref", entity.isPresent() ? PagePaths.entity(kind, id) : PagePaths.section(kind));
    model.put("action", id == null ? EditPages.newPath(kind) : EditPages.editPath(kind, id));
    model.put("csrf", CsrfTokens.token(ctx));
    model.put("etag", values.get(EditPages.ETAG));
    model.put("previewed", previewed);
    model.put("errors", errors.summary());
    model.put("notice", notice);
    model.put(
        "sections",
        new EditForm(schema, format, snapshot.catalogue())
            .sections(kind, values, errors, id == null));
    if (preview != null && preview.after() != null) {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("changes", new ChangeDescriber(schema, format).rows(kind, preview.changes()));
      shown.put("derived", derived(preview));
      model.put("preview", shown);
    }
    renderer.send(ctx, status, EditPages.TEMPLATE, title, model);
  }

  /** A name in the reader's language where the entity has one in each (a use case). */
  private String name(Entity entity) {
    return entity.json().path("name").isObject()
        ? format.language().pick(entity.json().path("name"))
        : entity.name();
  }

  /** The entity's derived facts after the change, each with its value before when that differs. */
  private List<DerivedRow> derived(EditPreview preview) {
    Explanations explanations = new Explanations(format);
    var before = preview.before().derived().get(kind, preview.id());
    List<DerivedRow> rows = new ArrayList<>();
    preview
        .after()
        .derived()
        .get(kind, preview.id())
        .forEach(
            (name, derivation) -> {
              Explanations.Explained explained = explanations.explain(name, derivation);
              var old = before.get(name);
              boolean changed = old != null && !Objects.equals(old.value(), derivation.value());
              rows.add(
                  new DerivedRow(
                      explained.label(),
                      explained.value(),
                      changed ? explanations.value(name, old.value()) : null));
            });
    return rows;
  }
}
