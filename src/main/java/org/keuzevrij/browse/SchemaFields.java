package org.keuzevrij.browse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.keuzevrij.catalogue.Kind;

/**
 * The fields of each kind in the order its JSON Schema lists them. Pages follow the schema rather
 * than a list in code, so a field added to the schema shows up on every page without anyone
 * remembering to add it.
 */
public final class SchemaFields {

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

  private final Map<Kind, JsonNode> schemas = new EnumMap<>(Kind.class);

  public SchemaFields() {
    ObjectMapper mapper = new ObjectMapper();
    for (Kind kind : Kind.values()) {
      String resource = "schemas/" + kind.schemaFile();
      try (InputStream in = SchemaFields.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("Schema " + resource + " is not on the classpath");
        }
        schemas.put(kind, mapper.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + resource, e);
      }
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
