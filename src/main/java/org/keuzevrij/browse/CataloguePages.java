package org.keuzevrij.browse;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.SchemaModel;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.web.Answers;
import org.keuzevrij.web.InvalidInput;
import org.keuzevrij.web.LanguageChoice;
import org.keuzevrij.web.PageRenderer;
import org.keuzevrij.web.access.Caller;

/**
 * The server-rendered HTML pages: the catalogue overview and a page per supplier, model, offering,
 * use case and scoring profile.
 */
public final class CataloguePages {

  private static final String KIND = "kind";

  private final SnapshotHolder snapshots;
  private final PageRenderer renderer;
  private final SchemaModel fields = SchemaModel.bundled();
  private EntityExtrasView extras = (ctx, entity, format) -> Future.succeededFuture(Map.of());

  /**
   * Anonymous visitors' pages of the current snapshot, by language and address: they depend on
   * nothing else, so a repeated visit costs a lookup rather than a render of the whole table.
   * Bounded (addresses are the visitor's to choose: past the bound, pages are rendered each time),
   * and dropped with the snapshot.
   */
  private final PerSnapshot<String, byte[]> rendered = new PerSnapshot<>();

  static final int RENDERED_PAGES = 64;

  public CataloguePages(SnapshotHolder snapshots, PageRenderer renderer) {
    this.snapshots = snapshots;
    this.renderer = renderer;
  }

  /** Adds to every entity page what {@code extras} gives, such as the change history. */
  public void extras(EntityExtrasView extras) {
    this.extras = extras;
  }

  public void overview(RoutingContext ctx) {
    Snapshot snapshot = snapshots.get();
    if (sentAgain(ctx, snapshot)) {
      return;
    }
    Function<String, String> parameter;
    try {
      parameter = ctx.request().params()::get;
    } catch (IllegalArgumentException malformedQuery) {
      renderer.sendError(ctx, 400, null);
      return;
    }
    OverviewPage page = new OverviewPage(formatter(ctx, snapshot), snapshot);
    String title = text(ctx, "overview.title");
    Optional<Kind> kind = section(parameter.apply(KIND));
    if (kind.isEmpty()) {
      renderer.send(
          ctx,
          400,
          OverviewPage.TEMPLATE,
          title,
          page.invalid(Kind.OFFERING, parameter, KIND, text(ctx, "filter.invalid.kind")));
      return;
    }
    try {
      CatalogueQuery query = CatalogueQuery.from(parameter);
      sendPage(
          ctx, snapshot, OverviewPage.TEMPLATE, title, page.model(kind.get(), query, parameter));
    } catch (InvalidInput e) {
      renderer.send(
          ctx,
          400,
          OverviewPage.TEMPLATE,
          title,
          page.invalid(
              kind.get(), parameter, e.parameter(), text(ctx, "filter.invalid." + e.parameter())));
    }
  }

  public void entity(RoutingContext ctx, Kind kind) {
    Snapshot snapshot = snapshots.get();
    if (sentAgain(ctx, snapshot)) {
      return;
    }
    String id = ctx.pathParam("id");
    Optional<Entity> entity = snapshot.catalogue().find(kind, id);
    if (entity.isEmpty()) {
      renderer.sendError(
          ctx,
          404,
          text(ctx, "error.notFound.entity", text(ctx, "kind." + kind.folder() + ".singular"), id));
      return;
    }
    ValueFormatter format = formatter(ctx, snapshot);
    String title;
    String template;
    Map<String, Object> model;
    switch (kind) {
      case USECASE -> {
        UseCasePage page = new UseCasePage(format, snapshot.catalogue());
        title = page.title(entity.get());
        template = UseCasePage.TEMPLATE;
        model = page.model(entity.get());
      }
      case PROFILE -> {
        ProfilePage page = new ProfilePage(format);
        title = page.title(entity.get());
        template = ProfilePage.TEMPLATE;
        model = page.model(entity.get());
      }
      default -> {
        title = entity.get().name();
        template = EntityPage.TEMPLATE;
        model = new EntityPage(format, snapshot, fields).model(entity.get());
      }
    }
    Answers.when(
        ctx,
        extras.of(ctx, entity.get(), format),
        more -> {
          Map<String, Object> page = new LinkedHashMap<>(model);
          page.putAll(more);
          sendPage(ctx, snapshot, template, title, page);
        });
  }

  /**
   * An anonymous visitor's page depends only on the catalogue and the language, so it gets an ETag
   * and a revalidation may answer 304; a signed-in user's page shows their name and controls, so it
   * is sent whole every time.
   */
  private void sendPage(
      RoutingContext ctx,
      Snapshot snapshot,
      String template,
      String title,
      Map<String, Object> page) {
    if (Caller.of(ctx).isPresent()) {
      renderer.send(ctx, 200, template, title, page);
      return;
    }
    byte[] html = renderer.bytes(ctx, template, title, page);
    Map<String, byte[]> pages = rendered.of(snapshot);
    if (pages.size() < RENDERED_PAGES) {
      pages.put(key(ctx), html);
    }
    renderer.sendTagged(ctx, html);
  }

  /** Sends an anonymous visitor's page rendered before for this snapshot, if there is one. */
  private boolean sentAgain(RoutingContext ctx, Snapshot snapshot) {
    if (Caller.of(ctx).isPresent()) {
      return false;
    }
    byte[] html = rendered.of(snapshot).get(key(ctx));
    if (html == null) {
      return false;
    }
    renderer.sendTagged(ctx, html);
    return true;
  }

  private static String key(RoutingContext ctx) {
    return LanguageChoice.of(ctx).code() + ' ' + ctx.request().uri();
  }

  /**
   * No {@code kind} parameter means the first tab; an unknown one is an error, not a silent
   * fallback.
   */
  private static Optional<Kind> section(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of(OverviewPage.SECTIONS.get(0));
    }
    return Kind.fromFolder(value.strip()).filter(OverviewPage.SECTIONS::contains);
  }

  private ValueFormatter formatter(RoutingContext ctx, Snapshot snapshot) {
    return new ValueFormatter(renderer.messages(), LanguageChoice.of(ctx), snapshot.catalogue());
  }

  private String text(RoutingContext ctx, String key, Object... arguments) {
    return renderer.messages().text(LanguageChoice.of(ctx), key, arguments);
  }
}
