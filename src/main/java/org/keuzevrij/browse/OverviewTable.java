package org.keuzevrij.browse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.DerivedFacts;
import org.keuzevrij.catalogue.derived.Snapshot;

/**
 * One section of the catalogue overview as a table: per row the key facts and derived facts of one
 * entity.
 */
public final class OverviewTable {

  public record Row(DisplayValue.Link name, List<DisplayValue> cells) {}

  public record Table(List<String> headers, List<Row> rows) {}

  private record Column(String header, Function<Entity, DisplayValue> cell) {}

  private final ValueFormatter format;
  private final Explanations explanations;
  private final Snapshot snapshot;

  public OverviewTable(ValueFormatter format, Snapshot snapshot) {
    this.format = format;
    this.explanations = new Explanations(format);
    this.snapshot = snapshot;
  }

  public Table of(Kind kind, List<Entity> entities) {
    List<Column> columns = columns(kind);
    List<String> headers = new ArrayList<>();
    headers.add(format.text("column.name"));
    columns.forEach(column -> headers.add(column.header()));
    List<Row> rows = new ArrayList<>();
    for (Entity entity : entities) {
      rows.add(
          new Row(
              DisplayValue.Link.internal(entity.name(), PagePaths.entity(kind, entity.id())),
              columns.stream().map(column -> column.cell().apply(entity)).toList()));
    }
    return new Table(headers, rows);
  }

  private List<Column> columns(Kind kind) {
    return switch (kind) {
      case OFFERING ->
          List.of(
              column(
                  "column.supplier",
                  e -> format.references(Kind.SUPPLIER, e.json().path("supplier"))),
              column(
                  "column.delivery",
                  e -> format.value("delivery", "enum", e.json().path("delivery"))),
              derived("column.eeaOnly", DerivedFacts.EEA_ONLY),
              fact("column.apiStyle", "apiStyle"),
              derived("column.openWeights", DerivedFacts.OPEN_WEIGHTS),
              derived("column.exposure", DerivedFacts.EXPOSURE));
      case MODEL ->
          List.of(
              column("column.developer", this::developer),
              column(
                  "column.licence",
                  e ->
                      format.value(
                          "licence", "name", e.json().path("licence").path("name").path("value"))),
              derived("column.openWeights", DerivedFacts.OPEN_WEIGHTS),
              derived("column.osaiScore", DerivedFacts.OSAI_SCORE),
              derived("column.mofClass", DerivedFacts.MOF_CLASS),
              derived("column.osaid", DerivedFacts.OSAID),
              derived("column.hosts", DerivedFacts.HOSTS));
      case SUPPLIER ->
          List.of(
              column(
                  "column.hqCountry",
                  e -> format.value("hqCountry", "countryFact", e.value("hqCountry"))),
              column("column.ultimateParent", this::ultimateParent),
              fact("column.ownershipType", "ownershipType"),
              derived("column.exposure", DerivedFacts.EXPOSURE),
              fact("column.dmaGatekeeper", "dmaGatekeeper"));
      default -> List.of();
    };
  }

  private Column column(String header, Function<Entity, DisplayValue> cell) {
    return new Column(format.text(header), cell);
  }

  private Column fact(String header, String field) {
    return column(header, e -> format.value(field, "sourced", e.value(field)));
  }

  private Column derived(String header, String name) {
    return column(
        header,
        e -> {
          Derivation derivation = snapshot.derived().get(e.kind(), e.id()).get(name);
          return explanations.value(name, derivation == null ? null : derivation.value());
        });
  }

  private DisplayValue developer(Entity model) {
    String supplier = model.json().path("developerSupplier").asText("");
    if (format.exists(Kind.SUPPLIER, supplier)) {
      return format.references(Kind.SUPPLIER, model.json().path("developerSupplier"));
    }
    return format.value("developer", "name", model.value("developer"));
  }

  /**
   * The ultimate parent with its country, because control, not server location, decides which laws
   * apply.
   */
  private DisplayValue ultimateParent(Entity supplier) {
    JsonNode parent = supplier.value("ultimateParent");
    if (Facts.isUnknown(supplier.json().path("ultimateParent"))) {
      return format.unknown();
    }
    JsonNode country = supplier.value("ultimateParentCountry");
    String where =
        country.isTextual() && !Facts.UNKNOWN.equals(country.textValue())
            ? " (" + format.country(country.textValue()) + ")"
            : "";
    return DisplayValue.of(parent.asText() + where);
  }
}
