package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks entities against the JSON Schemas that ship in {@code catalogue/schemas} (bundled into the jar as
 * {@code /schemas}), so the app and an editor's own tooling apply the same rules.
 */
public final class SchemaValidator {

  private static final String BASE = "https://keuzevrij.example/schemas/";

  private final Map<Kind, Schema> schemas = new EnumMap<>(Kind.class);

  public SchemaValidator() {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .formatAssertionsEnabled(true)
        .errorMessageKeyword("message")
        .build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
        .schemaRegistryConfig(config)
        .schemaIdResolvers(resolvers -> resolvers.mapPrefix(BASE, "classpath:schemas/")));
    for (Kind kind : Kind.values()) {
      schemas.put(kind, registry.getSchema(SchemaLocation.of(BASE + kind.schemaFile())));
    }
  }

  /** Every schema violation in the document, in document order. */
  public List<Problem> validate(Kind kind, String file, JsonNode document) {
    List<Error> errors = schemas.get(kind).validate(document);
    List<Problem> problems = new ArrayList<>();
    for (Error error : errors) {
      problems.add(new Problem(file, pointer(error), message(error)));
    }
    problems.sort(Comparator.comparing(Problem::pointer));
    return problems;
  }

  private static String pointer(Error error) {
    String location = error.getInstanceLocation().toString();
    String property = error.getProperty();
    // A missing or unexpected property is reported at its parent; point at the property itself.
    if (("required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword())) && property != null) {
      location = location + "/" + property.replace("~", "~0").replace("/", "~1");
    }
    return location;
  }

  private static String message(Error error) {
    String message = error.getMessage();
    String location = error.getInstanceLocation().toString();
    // The library prefixes messages with the location; we report it separately.
    if (message.startsWith(location + ": ")) {
      message = message.substring(location.length() + 2);
    }
    return message;
  }
}
