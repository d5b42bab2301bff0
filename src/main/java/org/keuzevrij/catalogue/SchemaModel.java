package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's JSON Schemas read as a model of each kind's fields, for everything that is laid
 * out from them rather than listed in code: fact sheets on entity pages and edit forms. Validation
 * compiles the same files separately ({@link SchemaValidator}). Read once; the schemas are bundled
 * in the jar and never change while it runs.
 */
public final class SchemaModel {

  /**
   * A schema property and its type: the name of the {@code $defs} entry it refers to, or its JSON
   * type.
   */
  public record Field(String name, String type) {

    public boolean sourced() {
      return type.endsWith("Fact") || type.equals("sourced");
    }
  }

  private static final String DEFS = "#/$defs/";

  private static final SchemaModel BUNDLED = new SchemaModel();

  private final Map<Kind, JsonNode> schemas = new EnumMap<>(Kind.class);
  private final JsonNode defs;

  private SchemaModel() {
    for (Kind kind : Kind.values()) {
      schemas.put(kind, read("schemas/" + kind.schemaFile()));
    }
    defs = read("schemas/fact.schema.json").path("$defs");
  }

  /** The schemas bundled in the jar. */
  public static SchemaModel bundled() {
    return BUNDLED;
  }

  /** The whole schema of one kind. */
  public JsonNode document(Kind kind) {
    return schemas.get(kind);
  }

  /** The shared definitions of facts ({@code fact.schema.json#/$defs}). */
  public JsonNode defs() {
    return defs;
  }

  /**
   * The message-key part that translates a field's values ({@code value.<vocabulary>.<value>}):
   * fields that share a vocabulary of the fact schema (openness levels, tasks, modalities,
   * languages) share one set of translations; any other field has its own.
   */
  public static String vocabulary(String type, String field) {
    return switch (type) {
      case "opennessFact" -> "openness";
      case "task", "taskListFact" -> "task";
      case "modality", "modalityListFact" -> "modality";
      case "language", "languageListFact" -> "language";
      case "priceUnit" -> "priceUnit";
      case "currency" -> "currency";
      default -> field;
    };
  }

  /**
   * The values of a shared vocabulary of the fact schema, such as {@code task} or {@code modality}.
   */
  public List<String> values(String vocabulary) {
    List<String> values = new ArrayList<>();
    defs.path(vocabulary).path("enum").forEach(value -> values.add(value.asText()));
    if (values.isEmpty()) {
      throw new IllegalArgumentException("The fact schema has no vocabulary " + vocabulary);
    }
    return List.copyOf(values);
  }

  private static JsonNode read(String resource) {
    try (InputStream in = SchemaModel.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Schema " + resource + " is not on the classpath");
      }
      return CanonicalJson.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  public List<Field> of(Kind kind) {
    return fields(schemas.get(kind).path("properties"));
  }

  /** The fields of a nested object such as a model's {@code licence} or {@code openness}. */
  public List<Field> of(Kind kind, String object) {
    return fields(schemas.get(kind).path("properties").path(object).path("properties"));
  }

  private static List<Field> fields(JsonNode properties) {
    List<Field> fields = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      fields.add(new Field(property.getKey(), type(property.getValue())));
    }
    return fields;
  }

  private static String type(JsonNode property) {
    String ref = property.path("$ref").asText("");
    if (ref.contains(DEFS)) {
      return ref.substring(ref.indexOf(DEFS) + DEFS.length());
    }
    if (property.has("enum")) {
      return "enum";
    }
    return property.path("type").asText("other");
  }
}
