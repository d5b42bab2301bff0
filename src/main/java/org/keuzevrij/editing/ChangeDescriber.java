package org.keuzevrij.editing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.keuzevrij.browse.DisplayValue;
import org.keuzevrij.browse.ValueFormatter;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.editing.FieldSpec.ValueType;
import org.keuzevrij.editing.audit.FieldChange;

/**
 * A change in words: each changed value with the field's label and the value before and after,
 * written as the pages write values (yes and no, country names, translated vocabulary, "unknown"
 * marked).
 */
public final class ChangeDescriber {

  /**
   * One changed value; {@code before} or {@code after} is null when the value was added or removed.
   */
  public record Row(String label, DisplayValue before, DisplayValue after) {}

  private final FormSchema schema;
  private final ValueFormatter format;

  public ChangeDescriber(FormSchema schema, ValueFormatter format) {
    this.schema = schema;
    this.format = format;
  }

  public List<Row> rows(Kind kind, List<FieldChange> changes) {
    List<Row> rows = new ArrayList<>();
    for (FieldChange change : inFormOrder(kind, changes)) {
      Optional<FieldSpec> field =
          FormSchema.editable(kind)
              ? schema.fields(kind).stream()
                  .filter(
                      f ->
                          change.pointer().equals(f.pointer())
                              || change.pointer().startsWith(f.pointer() + "/"))
                  .findFirst()
              : Optional.empty();
      if (field.isPresent() && field.get().shape() == FieldSpec.Shape.TABLE) {
        rows.addAll(lines(field.get(), change));
        continue;
      }
      String part = field.map(f -> change.pointer().substring(f.pointer().length())).orElse("");
      rows.add(
          new Row(
              label(kind, change.pointer(), field, part),
              shown(field, part, change.before()),
              shown(field, part, change.after())));
    }
    return rows;
  }

  /**
   * Fields in the order the form shows them, and a fact's value before its source, checked date and
   * note.
   */
  private List<FieldChange> inFormOrder(Kind kind, List<FieldChange> changes) {
    if (!FormSchema.editable(kind)) {
      return changes;
    }
    List<String> pointers = schema.fields(kind).stream().map(FieldSpec::pointer).toList();
    List<String> parts =
        List.of(FormCodec.VALUE, FormCodec.SOURCE, FormCodec.CHECKED, FormCodec.NOTE);
    Comparator<FieldChange> order =
        Comparator.comparingInt(
            change -> {
              for (int i = 0; i < pointers.size(); i++) {
                String pointer = pointers.get(i);
                if (change.pointer().equals(pointer)
                    || change.pointer().startsWith(pointer + "/")) {
                  String rest = change.pointer().substring(pointer.length());
                  String part = rest.isEmpty() ? "" : rest.substring(1).split("/")[0];
                  return i * parts.size() + Math.max(0, parts.indexOf(part));
                }
              }
              return Integer.MAX_VALUE;
            });
    return changes.stream().sorted(order).toList();
  }

  private String label(Kind kind, String pointer, Optional<FieldSpec> field, String part) {
    if (field.isEmpty()) {
      // Use cases and profiles have no form; name the top-level field where there is a label for
      // it.
      String top = pointer.length() > 1 ? pointer.substring(1).split("/")[0] : "";
      return labelOrPointer(top, pointer);
    }
    String label = format.text(field.get().label());
    String group = schema.groupLabel(kind, field.get());
    if (group != null) {
      label = format.text(group) + ": " + label;
    }
    String name = part.startsWith("/") ? part.substring(1).split("/")[0] : "";
    return name.isEmpty() || name.equals(FormCodec.VALUE)
        ? label
        : label + " – " + format.text("changes.part." + name);
  }

  private String labelOrPointer(String top, String pointer) {
    try {
      return format.text("field." + top) + (pointer.equals("/" + top) ? "" : " (" + pointer + ")");
    } catch (IllegalArgumentException noLabel) {
      return pointer;
    }
  }

  private DisplayValue shown(Optional<FieldSpec> field, String part, JsonNode value) {
    if (value == null) {
      return null;
    }
    if (field.isEmpty() || !(part.isEmpty() || part.startsWith("/" + FormCodec.VALUE))) {
      return part.equals("/" + FormCodec.CHECKED) && value.isTextual()
          ? DisplayValue.of(format.date(value.textValue()))
          : DisplayValue.of(text(value));
    }
    FieldSpec spec = field.get();
    return format.value(spec.vocabulary(), schemaType(spec), value);
  }

  /**
   * A changed table (a list counts as one value) as the lines it lost and the lines it gained, each
   * written out column by column.
   */
  private List<Row> lines(FieldSpec table, FieldChange change) {
    List<JsonNode> before = items(change.before());
    List<JsonNode> after = items(change.after());
    String label = format.text(table.label());
    List<Row> rows = new ArrayList<>();
    for (JsonNode line : before) {
      if (!after.contains(line)) {
        rows.add(
            new Row(label + " – " + format.text("changes.line.removed"), line(table, line), null));
      }
    }
    for (JsonNode line : after) {
      if (!before.contains(line)) {
        rows.add(
            new Row(label + " – " + format.text("changes.line.added"), null, line(table, line)));
      }
    }
    if (rows.isEmpty()) {
      // Only whether there is a list changed: none recorded, or recorded empty on purpose.
      rows.add(
          new Row(
              label,
              change.before() == null ? null : DisplayValue.of(format.text("value.none")),
              change.after() == null ? null : DisplayValue.of(format.text("value.none"))));
    }
    return rows;
  }

  private static List<JsonNode> items(JsonNode list) {
    List<JsonNode> items = new ArrayList<>();
    if (list != null) {
      list.forEach(items::add);
    }
    return items;
  }

  private DisplayValue line(FieldSpec table, JsonNode line) {
    List<String> parts = new ArrayList<>();
    for (FieldSpec column : table.columns()) {
      JsonNode value = line.path(column.name());
      if (!value.isMissingNode()) {
        String shown =
            column.type() == ValueType.REFERENCES || column.type() == ValueType.URL
                ? text(value)
                : format.value(column.vocabulary(), schemaType(column), value).text();
        parts.add(format.text(column.label()) + ": " + shown);
      }
    }
    return DisplayValue.of(String.join("; ", parts));
  }

  /** The schema type names {@link ValueFormatter} formats by. */
  private static String schemaType(FieldSpec field) {
    ValueType type = field.type();
    return switch (type) {
      case COUNTRY -> "countryFact";
      case LOCATIONS -> "locationsFact";
      case PARTIAL_DATE -> "dateFact";
      case DATE -> "date";
      case TEXT_LIST -> "textListFact";
      case LONG_TEXT, TEXT -> "textFact";
      case CHOICE -> field.vocabulary().equals("openness") ? "opennessFact" : "enum";
      default -> "other";
    };
  }

  private static String text(JsonNode value) {
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(item.asText()));
      return String.join(", ", items);
    }
    return value.asText();
  }
}
