package org.keuzevrij.browse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.SchemaModel;
import org.keuzevrij.catalogue.derived.Snapshot;

/**
 * The model of a supplier, model or offering page: every recorded fact with its source and checked
 * date, the derived facts with their reasons, and links to the entities it is related to.
 */
public final class EntityPage {

  public static final String TEMPLATE = "browse/entity";

  public record Related(String heading, List<Item> items, String empty) {}

  public record Item(DisplayValue.Link link, String detail) {}

  private final ValueFormatter format;
  private final Snapshot snapshot;
  private final SchemaModel fields;

  public EntityPage(ValueFormatter format, Snapshot snapshot, SchemaModel fields) {
    this.format = format;
    this.snapshot = snapshot;
    this.fields = fields;
  }

  public Map<String, Object> model(Entity entity) {
    Map<String, Object> model = new LinkedHashMap<>();
    Kind kind = entity.kind();
    model.put("name", entity.name());
    model.put("kindLabel", format.text("kind." + kind.folder() + ".singular"));
    model.put(
        "section",
        DisplayValue.Link.internal(format.text("kind." + kind.folder()), PagePaths.section(kind)));
    model.put("description", description(entity));
    model.put("sheet", new FactSheet(fields, format, LocalDate.now()).of(entity));
    model.put("derived", new Explanations(format).of(snapshot.derived(), kind, entity.id()));
    model.put("related", related(entity));
    String notes = entity.json().path("notes").asText("");
    model.put("notes", notes.isEmpty() ? null : format.foreign(notes));
    model.put("apiHref", "/api/v1/" + kind.folder() + "/" + entity.id());
    return model;
  }

  private String description(Entity entity) {
    String text = format.language().pick(entity.json().path("description"));
    return text.isEmpty() ? null : text;
  }

  private List<Related> related(Entity entity) {
    String id = entity.id();
    return switch (entity.kind()) {
      case MODEL -> List.of(offerings("related.model.offerings", o -> contains(o, "models", id)));
      case SUPPLIER ->
          List.of(
              offerings(
                  "related.supplier.offerings", o -> id.equals(o.json().path("supplier").asText())),
              list(
                  "related.supplier.models",
                  Kind.MODEL,
                  m -> id.equals(m.json().path("developerSupplier").asText()),
                  m ->
                      format
                          .value(
                              "licence",
                              "name",
                              m.json().path("licence").path("name").path("value"))
                          .text()),
              list(
                  "related.supplier.subsidiaries",
                  Kind.SUPPLIER,
                  s -> id.equals(Facts.text(s.json().path("parent"))),
                  s -> format.value("hqCountry", "countryFact", s.value("hqCountry")).text()));
      default -> List.of();
    };
  }

  private Related offerings(String heading, Predicate<Entity> filter) {
    return list(
        heading,
        Kind.OFFERING,
        filter,
        offering ->
            format.entityLink(Kind.SUPPLIER, offering.json().path("supplier").asText()).text()
                + " · "
                + format.value("delivery", "enum", offering.json().path("delivery")).text());
  }

  private Related list(
      String heading, Kind kind, Predicate<Entity> filter, Function<Entity, String> detail) {
    List<Item> items = new ArrayList<>();
    for (Entity entity : snapshot.catalogue().all(kind)) {
      if (filter.test(entity)) {
        items.add(
            new Item(
                DisplayValue.Link.internal(entity.name(), PagePaths.entity(kind, entity.id())),
                detail.apply(entity)));
      }
    }
    return new Related(format.text(heading), items, format.text(heading + ".none"));
  }

  private static boolean contains(Entity entity, String field, String id) {
    for (var value : entity.json().path(field)) {
      if (id.equals(value.asText())) {
        return true;
      }
    }
    return false;
  }
}
