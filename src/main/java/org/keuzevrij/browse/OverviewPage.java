package org.keuzevrij.browse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;

/**
 * The model of the catalogue overview: one tab per kind that can be bought or compared (offerings,
 * models, suppliers), the filters that kind uses, and its table. Every tab is a plain link, so it
 * works without JavaScript.
 */
public final class OverviewPage {

  public static final String TEMPLATE = "browse/overview";
  public static final List<Kind> SECTIONS = List.of(Kind.OFFERING, Kind.MODEL, Kind.SUPPLIER);

  public record Tab(String label, int count, String href, boolean current) {}

  private final ValueFormatter format;
  private final Snapshot snapshot;

  public OverviewPage(ValueFormatter format, Snapshot snapshot) {
    this.format = format;
    this.snapshot = snapshot;
  }

  /** The overview with the query applied to every tab's count and to the current tab's table. */
  public Map<String, Object> model(
      Kind kind, CatalogueQuery query, Function<String, String> parameter) {
    List<Entity> entities = query.apply(kind, snapshot);
    Map<String, Object> model = base(kind, query, parameter, null, null);
    model.put("table", new OverviewTable(format, snapshot).of(kind, entities));
    model.put(
        "count",
        format.text(
            "overview.count." + kind.folder(), entities.size(), snapshot.catalogue().size(kind)));
    return model;
  }

  /**
   * The overview after an invalid filter value: the form with the error, and no results to misread.
   */
  public Map<String, Object> invalid(
      Kind kind, Function<String, String> parameter, String field, String error) {
    return base(kind, CatalogueQuery.none(), parameter, field, error);
  }

  private Map<String, Object> base(
      Kind kind,
      CatalogueQuery query,
      Function<String, String> parameter,
      String errorField,
      String error) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("heading", format.text("kind." + kind.folder()));
    model.put("tabs", tabs(kind, query));
    model.put("form", FilterForm.of(kind, parameter, format, errorField, error));
    model.put("resetHref", PagePaths.section(kind));
    model.put("usecases", links(Kind.USECASE));
    model.put("profiles", links(Kind.PROFILE));
    return model;
  }

  private List<Tab> tabs(Kind current, CatalogueQuery query) {
    List<Tab> tabs = new ArrayList<>();
    for (Kind kind : SECTIONS) {
      tabs.add(
          new Tab(
              format.text("kind." + kind.folder()),
              query.apply(kind, snapshot).size(),
              href(kind, query.asParameters()),
              kind == current));
    }
    return tabs;
  }

  /** Use cases and profiles are few and not filtered, so the overview lists them all by name. */
  private List<DisplayValue.Link> links(Kind kind) {
    List<DisplayValue.Link> links = new ArrayList<>();
    for (Entity entity : snapshot.catalogue().all(kind)) {
      links.add(
          DisplayValue.Link.internal(
              format.language().pick(entity.json().path("name")),
              PagePaths.entity(kind, entity.id())));
    }
    return links;
  }

  /** A tab keeps the filters, so switching back and forth does not lose them. */
  private static String href(Kind kind, Map<String, String> parameters) {
    StringBuilder link = new StringBuilder(PagePaths.section(kind));
    parameters.forEach(
        (name, value) ->
            link.append('&')
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return link.toString();
  }
}
