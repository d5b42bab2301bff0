package org.keuzevrij.editing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * becomes a field, nested objects (licence, openness, SEAL claims, a use case's volume and risk
 * class) become groups, and a property added to a schema appears in the form. A field's input
 * follows the shape of its schema: a value or "unknown" (anyOf) offers "unknown" beside the value,
 * an enum or a shared vocabulary becomes a choice, and a list of vocabulary values becomes
 * checkboxes, or codes to type when the vocabulary is long (languages). A list of objects (an
 * offering's price lines) becomes a table: a line per object and a column per property, each column
 * read by the same rules as a field.
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

  /** Kinds that describe options; they share field labels. */
  private static final Set<Kind> OPTIONS = Set.of(Kind.SUPPLIER, Kind.MODEL, Kind.OFFERING);

  private static final List<Kind> EDITABLE =
      List.of(Kind.SUPPLIER, Kind.MODEL, Kind.OFFERING, Kind.USECASE);

  /**
   * A vocabulary with more values than this is typed as codes rather than offered as checkboxes.
   */
  private static final int MAX_CHECKBOXES = 40;

  private final JsonNode defs;
  private final Map<Kind, List<Section>> forms = new EnumMap<>(Kind.class);

  public FormSchema() {
    SchemaModel schemas = SchemaModel.bundled();
    defs = schemas.defs();
    for (Kind kind : EDITABLE) {
      forms.put(kind, sections(kind, schemas.document(kind)));
    }
  }

  /** The kinds that have edit pages. */
  public static boolean editable(Kind kind) {
    return EDITABLE.contains(kind);
  }

  /**
   * The message-key prefix of a kind's field labels. Suppliers, models and offerings describe
   * options and share labels, as they share fields such as name and notes; a use case describes a
   * need, so its fields have labels of their own ({@code languages} there are languages to serve,
   * not languages a model supports).
   */
  static String labelPrefix(Kind kind) {
    return OPTIONS.contains(kind) ? "field." : "field." + kind.folder() + ".";
  }

  /** The label of the group a field sits in, or null for a top-level field. */
  public String groupLabel(Kind kind, FieldSpec field) {
    return forms.get(kind).stream()
        .filter(section -> section.name() != null && section.fields().contains(field))
        .map(Section::label)
        .findFirst()
        .orElse(null);
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

  private List<Section> sections(Kind kind, JsonNode schema) {
    String prefix = labelPrefix(kind);
    JsonNode own = schema.path("$defs");
    List<Section> sections = new ArrayList<>();
    List<FieldSpec> main = new ArrayList<>();
    sections.add(new Section(null, null, main));
    Set<String> required = names(schema.path("required"));
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      String name = property.getKey();
      JsonNode node = local(property.getValue(), own);
      if (isGroup(node)) {
        sections.add(
            new Section(
                name, prefix + name, group(prefix, own, name, node, required.contains(name))));
      } else {
        main.add(field("/" + name, prefix + name, name, node, own, required.contains(name)));
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
  private List<FieldSpec> group(
      String prefix, JsonNode own, String group, JsonNode node, boolean groupRequired) {
    List<FieldSpec> fields = new ArrayList<>();
    if (node.path("additionalProperties").isObject()) {
      for (String key : numberedKeys(node.path("propertyNames").path("pattern").asText())) {
        fields.add(
            field(
                "/" + group + "/" + key,
                prefix + group + "." + key,
                group,
                node.path("additionalProperties"),
                own,
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
              prefix + group + "." + name,
              // A group's "value" is the group's own, as a fact's is: its choices are named after
              // the group (value.riskClass.high).
              name.equals(FormCodec.VALUE) ? group : name,
              local(property.getValue(), own),
              own,
              groupRequired && required.contains(name)));
    }
    return fields;
  }

  private FieldSpec field(
      String pointer, String label, String name, JsonNode node, JsonNode own, boolean required) {
    if ("array".equals(node.path("type").asText())
        && "object".equals(items(node).path("type").asText())
        && items(node).has("properties")) {
      return table(pointer, label, name, node, required);
    }
    String def = def(node);
    if (node.path("properties").has("source")
        && !node.path("properties").has("value")
        && def.isEmpty()) {
      return new FieldSpec(
          pointer,
          label,
          Shape.SOURCE,
          ValueType.URL,
          List.of(),
          name,
          null,
          required,
          false,
          false);
    }
    if (def.endsWith("Fact") || def.equals("sourced")) {
      return fact(pointer, label, name, def, node, required);
    }
    Shape shape = def.equals("localizedText") ? Shape.LOCALIZED : Shape.PLAIN;
    // A value or "unknown" (anyOf): the field is the value's, and "unknown" is one more answer.
    boolean unknown = false;
    List<JsonNode> known = new ArrayList<>();
    for (JsonNode alternative : node.path("anyOf")) {
      if (isUnknown(alternative)) {
        unknown = true;
      } else {
        known.add(local(alternative, own));
      }
    }
    if (unknown && known.size() == 1) {
      node = known.get(0);
      def = def(node);
    }
    JsonNode vocabulary = def.isEmpty() ? null : defs.path(def);
    ValueType type;
    List<String> options = List.of();
    String labels = name;
    boolean emptyList = false;
    if (pointer.equals("/id")) {
      type = ValueType.ID;
    } else if (REFERENCES.containsKey(name)) {
      type =
          node.path("type").asText().equals("array") ? ValueType.REFERENCES : ValueType.REFERENCE;
    } else if (node.has("enum") || vocabulary != null && vocabulary.has("enum")) {
      type = ValueType.CHOICE;
      options = strings(node.has("enum") ? node.path("enum") : vocabulary.path("enum"));
      labels = SchemaModel.vocabulary(def, name);
    } else if ("array".equals(node.path("type").asText())) {
      options = strings(items(node).path("enum"));
      type = options.size() > MAX_CHECKBOXES ? ValueType.CODES : ValueType.CHOICES;
      labels = SchemaModel.vocabulary(def(node.path("items")), name);
      emptyList = node.path("minItems").asInt(0) == 0 && !required;
    } else if ("boolean".equals(node.path("type").asText())) {
      type = ValueType.BOOLEAN;
    } else if ("number".equals(node.path("type").asText())
        || "integer".equals(node.path("type").asText())) {
      type = ValueType.NUMBER;
    } else if (def.equals("url")) {
      type = ValueType.URL;
    } else if (def.equals("date")) {
      type = ValueType.DATE;
    } else {
      type =
          name.equals("notes") || shape == Shape.LOCALIZED ? ValueType.LONG_TEXT : ValueType.TEXT;
    }
    if (options.contains(Facts.UNKNOWN)) {
      // "unknown" in an enum is the same answer as "unknown" beside it.
      unknown = true;
      options = options.stream().filter(option -> !Facts.UNKNOWN.equals(option)).toList();
    }
    return new FieldSpec(
        pointer,
        label,
        shape,
        type,
        options,
        labels,
        REFERENCES.get(name),
        required,
        unknown,
        emptyList);
  }

  /**
   * A list of objects as a table. A line defined in the fact schema refers to that schema's
   * definitions ({@code #/$defs/priceUnit}); its columns are read as if referred to from outside
   * it, as the fields of a kind's own schema are.
   */
  private FieldSpec table(
      String pointer, String label, String name, JsonNode node, boolean required) {
    JsonNode line = items(node);
    boolean shared = !def(node.path("items")).isEmpty();
    Set<String> inLine = names(line.path("required"));
    List<FieldSpec> columns = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = line.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      String column = property.getKey();
      JsonNode schema = shared ? qualified(property.getValue()) : property.getValue();
      columns.add(
          field(
              "/" + column,
              label + "." + column,
              column,
              schema,
              JsonNodeFactory.instance.objectNode(),
              inLine.contains(column)));
    }
    return new FieldSpec(
        pointer,
        label,
        Shape.TABLE,
        ValueType.ROWS,
        List.of(),
        name,
        null,
        required,
        false,
        node.path("minItems").asInt(0) == 0 && !required,
        columns);
  }

  /** A part of the fact schema with its local references ({@code #/$defs/…}) made whole. */
  private static JsonNode qualified(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.fields()
          .forEachRemaining(
              entry -> {
                JsonNode value = entry.getValue();
                copy.set(
                    entry.getKey(),
                    entry.getKey().equals("$ref")
                            && value.isTextual()
                            && value.textValue().startsWith("#/$defs/")
                        ? JsonNodeFactory.instance.textNode(
                            DEFS + value.textValue().substring("#/$defs/".length()))
                        : qualified(value));
              });
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> copy.add(qualified(item)));
      return copy;
    }
    return node;
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
        pointer,
        label,
        Shape.FACT,
        type,
        options,
        vocabulary,
        REFERENCES.get(name),
        required,
        false,
        false);
  }

  /** The items of a list, resolving a reference to a shared vocabulary such as the tasks. */
  private JsonNode items(JsonNode array) {
    JsonNode items = array.path("items");
    String ref = items.path("$ref").asText("");
    if (ref.startsWith("#/$defs/")) {
      return defs.path(ref.substring("#/$defs/".length()));
    }
    String def = def(items);
    return def.isEmpty() ? items : defs.path(def);
  }

  private static JsonNode anyOf(JsonNode value, String type) {
    for (JsonNode option : value.path("anyOf")) {
      if (type.equals(option.path("type").asText())) {
        return option;
      }
    }
    return null;
  }

  /** "unknown" as an alternative: {@code {"const": "unknown"}} or the fact schema's unknown. */
  private static boolean isUnknown(JsonNode alternative) {
    return Facts.UNKNOWN.equals(alternative.path("const").asText(null))
        || def(alternative).equals(Facts.UNKNOWN);
  }

  /**
   * A property that refers to a definition of the kind's own schema ({@code #/$defs/answer}), read
   * as that definition.
   */
  private static JsonNode local(JsonNode node, JsonNode own) {
    String ref = node.path("$ref").asText("");
    return ref.startsWith("#/$defs/") ? own.path(ref.substring("#/$defs/".length())) : node;
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
