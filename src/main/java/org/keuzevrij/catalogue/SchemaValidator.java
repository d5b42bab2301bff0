package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks JSON documents against JSON Schemas bundled in the jar and reports violations as {@link
 * Problem}s. The catalogue schemas ship in {@code catalogue/schemas} (bundled as {@code /schemas});
 * other data sets, such as the clause library, keep theirs next to their files and name the
 * classpath folder they are bundled in.
 */
public final class SchemaValidator {

  private static final String CATALOGUE_IDS = "https://keuzevrij.example/schemas/";
  private static final String CATALOGUE_CLASSPATH = "classpath:schemas/";

  private final String idPrefix;
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  /** The catalogue's schemas, one per {@link Kind}. */
  public SchemaValidator() {
    this(CATALOGUE_IDS, CATALOGUE_CLASSPATH);
    for (Kind kind : Kind.values()) {
      schema(kind.schemaFile());
    }
  }

  /**
   * The catalogue's validator, built once per process: the loader, the editor and the evaluation
   * API check against the same schemas, so compiling them once is enough. Validators are
   * thread-safe.
   */
  public static SchemaValidator catalogue() {
    return CatalogueHolder.INSTANCE;
  }

  private static final class CatalogueHolder {
    static final SchemaValidator INSTANCE = new SchemaValidator();
  }

  /**
   * Schemas whose {@code $id} starts with {@code idPrefix}, read from {@code classpathFolder} (e.g.
   * {@code classpath:catalogue/clauses/}), so that their relative {@code $ref}s resolve inside the
   * jar.
   */
  public SchemaValidator(String idPrefix, String classpathFolder) {
    this.idPrefix = idPrefix;
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .errorMessageKeyword("message")
            .build();
    // Annotations the app reads, not rules: how the fit criterion reads a model's quality facts,
    // and how often a kind's facts are due for review.
    Dialect dialect =
        Dialect.builder(Dialects.getDraft202012())
            .keyword(new NonValidationKeyword("benchmark"))
            .keyword(new NonValidationKeyword("reviewPeriodMonths"))
            .build();
    this.registry =
        SchemaRegistry.withDefaultDialect(
            dialect,
            builder ->
                builder
                    .schemaRegistryConfig(config)
                    .schemaIdResolvers(
                        resolvers -> resolvers.mapPrefix(idPrefix, classpathFolder)));
  }

  /** Every schema violation in a catalogue entity, in pointer order. */
  public List<Problem> validate(Kind kind, String file, JsonNode document) {
    return validate(kind.schemaFile(), file, document);
  }

  /**
   * Every violation of the schema in {@code schemaFile} (a file name in this validator's folder),
   * in pointer order.
   */
  public List<Problem> validate(String schemaFile, String file, JsonNode document) {
    List<Error> errors = schema(schemaFile).validate(document);
    List<Problem> problems = new ArrayList<>();
    for (Error error : errors) {
      problems.add(new Problem(file, pointer(error), message(error)));
    }
    problems.sort(Comparator.comparing(Problem::pointer));
    return problems;
  }

  private Schema schema(String schemaFile) {
    return schemas.computeIfAbsent(
        schemaFile, name -> registry.getSchema(SchemaLocation.of(idPrefix + name)));
  }

  private static String pointer(Error error) {
    String location = error.getInstanceLocation().toString();
    String property = error.getProperty();
    // A missing or unexpected property is reported at its parent; point at the property itself.
    if (("required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword()))
        && property != null) {
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
