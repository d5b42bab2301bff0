package org.keuzevrij.editing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.SchemaModel;
import org.keuzevrij.editing.FieldSpec.Shape;
import org.keuzevrij.editing.FieldSpec.ValueType;

/**
 * The edit form of each kind, read from its JSON Schema rather than listed in code: every property
 * becomes a field, nested objects (licence, openness, SEAL claims) become groups, and a property
 * added to a schema appears in the form.
 */
public final class FormSchema {

  /**
   * A heading and its fields; the first section of a form holds the top-level fields and has no
   * group name.
   */
  public record Section(String name, String label, List<FieldSpec> fields) {}

  private static final String DEFS = "fact.schema.json#/$defs/";

  /** Properties that hold ids of other entities. */
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
   * Keys of data-keyed objects such as SEAL claims, from a property-name pattern like {@code
   * ^SOV-[1-8]$}.
   */
  private static final Pattern NUMBERED_KEYS = Pattern.compile("^\\^(.*)\\[(\\d)-(\\d)\\]\\$$");

  private final JsonNode defs;
  private final Map<Kind, List<Section>> forms = new EnumMap<>(Kind.class);

  public FormSchema() {
    SchemaModel schemas = SchemaModel.bundled();
    defs = schemas.defs();
    for (Kind kind : List.of(Kind.SUPPLIER, Kind.MODEL, Kind.OFFERING)) {
      forms.put(kind, sections(schemas.document(kind)));
    }
  }

  /** The kinds that have edit pages. */
  public static boolean editable(Kind kind) {
    return kind == Kind.SUPPLIER || kind == Kind.MODEL || kind == Kind.OFFERING;
  }

  public List<Section> of(Kind kind) {
    return forms.get(kind);
  }

  /** Every field of the form, groups included. */
  public List<FieldSpec> fields(Kind kind) {
    List<FieldSpec> all = new ArrayList<>();
    forms.get(kind).forEach(section -> all.addAll(section.fields()));
    return all;
  }

  private List<Section> sections(JsonNode schema) {
    List<Section> sections = new ArrayList<>();
    List<FieldSpec> main = new ArrayList<>();
    sections.add(new Section(null, null, main));
    Set<String> required = names(schema.path("required"));
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      String name = property.getKey();
      JsonNode node = property.getValue();
      if (isGroup(node)) {
        sections.add(
            new Section(name, "field." + name, group(name, node, required.contains(name))));
      } else {
        main.add(field("/" + name, "field." + name, name, node, required.contains(name)));
      }
    }
    return sections;
  }

  private static boolean isGroup(JsonNode node) {
    return "object".equals(node.path("type").asText())
        && (node.path("additionalProperties").isObject() || !node.path("properties").has("source"));
  }

  /**
   * The fields of a group; they are required only when the group is, so an optional group left
   * empty is not recorded.
   */
  private List<FieldSpec> group(String group, JsonNode node, boolean groupRequired) {
    List<FieldSpec> fields = new ArrayList<>();
    if (node.path("additionalProperties").isObject()) {
      for (String key : numberedKeys(node.path("propertyNames").path("pattern").asText())) {
        fields.add(
            field(
                "/" + group + "/" + key,
                "field." + group + "." + key,
                group,
                node.path("additionalProperties"),
                false));
      }
      return fields;
    }
    Set<String> required = names(node.path("required"));
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      String name = property.getKey();
      fields.add(
          field(
              "/" + group + "/" + name,
              "field." + group + "." + name,
              name,
              property.getValue(),
              groupRequired && required.contains(name)));
    }
    return fields;
  }

  private FieldSpec field(
      String pointer, String label, String name, JsonNode node, boolean required) {
    String def = def(node);
    if (node.path("properties").has("source")
        && !node.path("properties").has("value")
        && def.isEmpty()) {
      return new FieldSpec(
          pointer, label, Shape.SOURCE, ValueType.URL, List.of(), name, null, required);
    }
    if (def.endsWith("Fact") || def.equals("sourced")) {
      return fact(pointer, label, name, def, node, required);
    }
    Shape shape = def.equals("localizedText") ? Shape.LOCALIZED : Shape.PLAIN;
    ValueType type;
    List<String> options = List.of();
    if (pointer.equals("/id")) {
      type = ValueType.ID;
    } else if (REFERENCES.containsKey(name)) {
      type =
          node.path("type").asText().equals("array") ? ValueType.REFERENCES : ValueType.REFERENCE;
    } else if (node.has("enum")) {
      type = ValueType.CHOICE;
      options = strings(node.path("enum"));
    } else if (def.equals("url")) {
      type = ValueType.URL;
    } else {
      type =
          name.equals("notes") || shape == Shape.LOCALIZED ? ValueType.LONG_TEXT : ValueType.TEXT;
    }
    return new FieldSpec(
        pointer, label, shape, type, options, name, REFERENCES.get(name), required);
  }

  private FieldSpec fact(
      String pointer, String label, String name, String def, JsonNode node, boolean required) {
    JsonNode value = node.path("properties").path("value");
    if (value.isMissingNode()) {
      value = defs.path(def).path("properties").path("value");
    }
    ValueType type =
        switch (def) {
          case "textFact" -> ValueType.LONG_TEXT;
          case "booleanFact" -> ValueType.BOOLEAN;
          case "numberFact" -> ValueType.NUMBER;
          case "countryFact" -> ValueType.COUNTRY;
          case "textListFact" -> ValueType.TEXT_LIST;
          case "locationsFact", "storageFact" -> ValueType.LOCATIONS;
          case "dateFact" -> ValueType.PARTIAL_DATE;
          default -> null;
        };
    List<String> options = List.of();
    String vocabulary = SchemaModel.vocabulary(def, name);
    if (type == null) {
      if (value.has("enum")) {
        type = ValueType.CHOICE;
        options = strings(value.path("enum"));
      } else if (REFERENCES.containsKey(name)) {
        type = ValueType.REFERENCE;
      } else if (anyOf(value, "array") != null) {
        type = ValueType.CHOICES;
        options = strings(items(anyOf(value, "array")).path("enum"));
      } else if (anyOf(value, "integer") != null || anyOf(value, "number") != null) {
        type = ValueType.NUMBER;
      } else {
        type = ValueType.TEXT;
      }
    }
    options = options.stream().filter(option -> !Facts.UNKNOWN.equals(option)).toList();
    return new FieldSpec(
        pointer, label, Shape.FACT, type, options, vocabulary, REFERENCES.get(name), required);
  }

  /** The items of a list, resolving a reference to a shared vocabulary such as the tasks. */
  private JsonNode items(JsonNode array) {
    String ref = array.path("items").path("$ref").asText("");
    return ref.startsWith("#/$defs/")
        ? defs.path(ref.substring("#/$defs/".length()))
        : array.path("items");
  }

  private static JsonNode anyOf(JsonNode value, String type) {
    for (JsonNode option : value.path("anyOf")) {
      if (type.equals(option.path("type").asText())) {
        return option;
      }
    }
    return null;
  }

  private static String def(JsonNode node) {
    String ref = node.path("$ref").asText("");
    return ref.startsWith(DEFS) ? ref.substring(DEFS.length()) : "";
  }

  private static List<String> numberedKeys(String pattern) {
    Matcher matcher = NUMBERED_KEYS.matcher(pattern);
    if (!matcher.matches()) {
      throw new IllegalStateException("Cannot list the keys of property-name pattern " + pattern);
    }
    List<String> keys = new ArrayList<>();
    for (int i = Integer.parseInt(matcher.group(2)); i <= Integer.parseInt(matcher.group(3)); i++) {
      keys.add(matcher.group(1) + i);
    }
    return keys;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static Set<String> names(JsonNode array) {
    return new HashSet<>(strings(array));
  }
}
