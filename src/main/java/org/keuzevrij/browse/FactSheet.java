package org.keuzevrij.browse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.SchemaModel;
import org.keuzevrij.catalogue.SchemaModel.Field;

/**
 * The recorded facts of a supplier, model or offering as its page shows them, in schema order:
 * plain fields (supplier, models, delivery, website) as a summary, sourced facts as a table with
 * source and checked date, nested objects (licence, openness, SEAL claims) as tables of their own,
 * and an offering's price list as a table of its lines.
 */
public final class FactSheet {

  public record Row(
      String label,
      DisplayValue value,
      DisplayValue note,
      SourceLink source,
      CheckedDate checked) {}

  public record Group(String name, String heading, List<Row> rows) {}

  /**
   * @param prices the price list of a kind that has one (offerings), researched or not; null for
   *     other kinds
   */
  public record Sheet(List<Row> summary, List<Row> facts, List<Group> groups, PriceList prices) {}

  /** Shown in the page heading, introduction and notes rather than in a table. */
  private static final Set<String> SHOWN_APART = Set.of("id", "name", "description", "notes");

  /** Fields holding ids of other entities, shown as links to their pages. */
  private static final Map<String, Kind> REFERENCES =
      Map.of(
          "supplier",
          Kind.SUPPLIER,
          "developerSupplier",
          Kind.SUPPLIER,
          "parent",
          Kind.SUPPLIER,
          "models",
          Kind.MODEL);

  /**
   * {@code modelsSource} says where the list in {@code models} comes from, so it joins that row.
   */
  private static final String SOURCE_SUFFIX = "Source";

  private final SchemaModel fields;
  private final ValueFormatter format;
  private final LocalDate today;

  /**
   * @param today the date against which facts are due for review
   */
  public FactSheet(SchemaModel fields, ValueFormatter format, LocalDate today) {
    this.fields = fields;
    this.format = format;
    this.today = today;
  }

  public Sheet of(Entity entity) {
    List<Row> summary = new ArrayList<>();
    List<Row> facts = new ArrayList<>();
    List<Group> groups = new ArrayList<>();
    JsonNode json = entity.json();
    PriceList prices = null;
    for (Field field : fields.of(entity.kind())) {
      JsonNode node = json.path(field.name());
      if (field.name().equals(PriceList.FIELD)) {
        prices = PriceList.of(entity.kind(), node, format, today);
        continue;
      }
      if (SHOWN_APART.contains(field.name())
          || node.isMissingNode()
          || attachedSource(field, json)) {
        continue;
      }
      if (field.sourced()) {
        facts.add(fact(entity.kind(), format.text("field." + field.name()), field, node));
      } else if (node.isObject()) {
        groups.add(group(entity.kind(), field.name(), node));
      } else {
        summary.add(plain(field, node, json.path(field.name() + SOURCE_SUFFIX)));
      }
    }
    return new Sheet(summary, facts, groups, prices);
  }

  private Row fact(Kind kind, String label, Field field, JsonNode fact) {
    JsonNode value = Facts.value(fact);
    Kind referenced = REFERENCES.get(field.name());
    DisplayValue shown =
        referenced != null && value.isTextual() && format.exists(referenced, value.textValue())
            ? format.references(referenced, value)
            : format.value(field.name(), field.type(), value);
    String reason = Facts.unknownReason(fact);
    if (reason != null) {
      shown = DisplayValue.unknown(format.text("value.unknown." + reason));
    }
    return new Row(
        label,
        shown,
        note(fact),
        SourceLink.of(Facts.source(fact)).orElse(null),
        format.checked(kind, fact, today).orElse(null));
  }

  private Group group(Kind kind, String object, JsonNode node) {
    List<Row> rows = new ArrayList<>();
    List<Field> nested = fields.of(kind, object);
    if (nested.isEmpty()) {
      // Objects keyed by data, such as SEAL claims per sovereignty objective, have no fixed fields
      // to follow.
      TreeSet<String> names = new TreeSet<>();
      node.fieldNames().forEachRemaining(names::add);
      nested = names.stream().map(name -> new Field(name, "sourced")).toList();
    }
    for (Field field : nested) {
      JsonNode fact = node.path(field.name());
      if (!fact.isMissingNode()) {
        Field inVocabulary = field.type().equals("sourced") ? new Field(object, "sourced") : field;
        rows.add(
            fact(kind, format.text("field." + object + "." + field.name()), inVocabulary, fact));
      }
    }
    return new Group(object, format.text("field." + object), rows);
  }

  private Row plain(Field field, JsonNode node, JsonNode source) {
    Kind referenced = REFERENCES.get(field.name());
    DisplayValue shown;
    if (referenced != null) {
      shown = format.references(referenced, node);
    } else if (field.type().equals("url")) {
      shown =
          SourceLink.of(node.asText())
              .map(
                  link ->
                      DisplayValue.links(
                          List.of(new DisplayValue.Link(link.host(), link.href(), true)),
                          link.host()))
              .orElse(DisplayValue.of(node.asText()));
    } else {
      shown = format.value(field.name(), field.type(), node);
    }
    return new Row(
        format.text("field." + field.name()),
        shown,
        note(source),
        SourceLink.of(source.path("source").asText(null)).orElse(null),
        format.checked(source).orElse(null));
  }

  private DisplayValue note(JsonNode fact) {
    String note = fact.path("note").asText("");
    return note.isEmpty() ? null : format.foreign(note);
  }

  private static boolean attachedSource(Field field, JsonNode json) {
    String name = field.name();
    return name.endsWith(SOURCE_SUFFIX)
        && json.has(name.substring(0, name.length() - SOURCE_SUFFIX.length()));
  }
}
