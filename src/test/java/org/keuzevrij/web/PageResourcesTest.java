package org.keuzevrij.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.SchemaModel;
import org.keuzevrij.catalogue.derived.DerivedFacts;

@DisplayName("Templates and interface texts")
class PageResourcesTest {

  private static final Path TEMPLATES = Path.of("templates");
  private static final List<Kind> PAGE_KINDS = List.of(Kind.SUPPLIER, Kind.MODEL, Kind.OFFERING);
  private final Messages messages = Messages.load();

  @Test
  @DisplayName("every template in templates/ compiles")
  void everyTemplateCompiles() throws IOException {
    Templates templates = new Templates(messages);
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      files
          .filter(file -> file.toString().endsWith(".hbs"))
          .forEach(
              file -> {
                String relative = TEMPLATES.relativize(file).toString().replace('\\', '/');
                names.add(relative.substring(0, relative.length() - ".hbs".length()));
              });
    }
    assertTrue(
        names.containsAll(List.of("browse/overview", "browse/entity", "error", "layout/layout")),
        names::toString);
    for (String name : names) {
      // Compiling throws on a syntax error, naming the template.
      assertDoesNotThrow(() -> templates.get(name), name);
      String source = Files.readString(TEMPLATES.resolve(name + ".hbs"));
      // Triple-stash and {{& }} switch off escaping; catalogue text must never reach the page
      // unescaped.
      assertFalse(
          source.contains("{{{") || source.contains("{{&"), name + " writes a value unescaped");
    }
  }

  @Test
  @DisplayName("the Dutch and English message files have exactly the same keys")
  void messageFilesHaveTheSameKeys() {
    Set<String> onlyDutch = new TreeSet<>(messages.keys(Language.NL));
    onlyDutch.removeAll(messages.keys(Language.EN));
    Set<String> onlyEnglish = new TreeSet<>(messages.keys(Language.EN));
    onlyEnglish.removeAll(messages.keys(Language.NL));
    assertEquals(Set.of(), onlyDutch, "keys only in messages_nl.properties");
    assertEquals(Set.of(), onlyEnglish, "keys only in messages_en.properties");
    for (Language language : Language.values()) {
      for (String key : messages.keys(language)) {
        assertFalse(messages.text(language, key).isBlank(), language + " " + key + " is empty");
      }
    }
  }

  @Test
  @DisplayName("every field of the supplier, model and offering schemas has a human-readable label")
  void everySchemaFieldHasALabel() {
    SchemaModel fields = SchemaModel.bundled();
    Set<String> missing = new TreeSet<>();
    for (Kind kind : PAGE_KINDS) {
      for (SchemaModel.Field field : fields.of(kind)) {
        require("field." + field.name(), missing);
        for (SchemaModel.Field nested :
            field.sourced() ? List.<SchemaModel.Field>of() : fields.of(kind, field.name())) {
          if (!field.name().endsWith("Source")) {
            require("field." + field.name() + "." + nested.name(), missing);
          }
        }
      }
    }
    for (String derived :
        List.of(
            DerivedFacts.OSAI_SCORE,
            DerivedFacts.MOF_CLASS,
            DerivedFacts.OSAID,
            DerivedFacts.OPEN_WEIGHTS,
            DerivedFacts.HOSTS,
            DerivedFacts.EEA_ONLY,
            DerivedFacts.EXPOSURE)) {
      require("derived." + derived, missing);
    }
    assertEquals(Set.of(), missing, "labels missing from the message files");
  }

  @Test
  @DisplayName("every fixed value in the supplier, model and offering schemas has a translation")
  void everyVocabularyValueIsTranslated() throws IOException {
    Set<String> missing = new TreeSet<>();
    ObjectMapper mapper = new ObjectMapper();
    for (Kind kind : PAGE_KINDS) {
      JsonNode schema =
          mapper.readTree(getClass().getClassLoader().getResource("schemas/" + kind.schemaFile()));
      schema
          .path("properties")
          .fields()
          .forEachRemaining(
              property -> collectEnums(property.getKey(), property.getValue(), missing));
      schema
          .path("properties")
          .path("licence")
          .path("properties")
          .fields()
          .forEachRemaining(
              property -> collectEnums(property.getKey(), property.getValue(), missing));
    }
    JsonNode facts =
        mapper.readTree(getClass().getClassLoader().getResource("schemas/fact.schema.json"));
    collectEnums("openness", facts.path("$defs").path("opennessFact"), missing);
    assertFalse(
        messages.keys(Language.NL).stream().noneMatch(key -> key.startsWith("value.delivery.")));
    assertEquals(Set.of(), missing, "translations missing from the message files");
  }

  private void collectEnums(String vocabulary, JsonNode node, Set<String> missing) {
    if (node.has("enum")) {
      for (JsonNode value : node.get("enum")) {
        if (!"unknown".equals(value.asText())) {
          require("value." + vocabulary + "." + value.asText(), missing);
        }
      }
    }
    node.fields()
        .forEachRemaining(
            child -> {
              if (child.getKey().equals("properties")) {
                // A nested field (gpuMemory's precision) has its own vocabulary; a fact's value
                // keeps its field's.
                child
                    .getValue()
                    .fields()
                    .forEachRemaining(
                        nested ->
                            collectEnums(
                                nested.getKey().equals("value") ? vocabulary : nested.getKey(),
                                nested.getValue(),
                                missing));
              } else if (child.getValue().isContainerNode()) {
                collectEnums(vocabulary, child.getValue(), missing);
              }
            });
  }

  private void require(String key, Set<String> missing) {
    if (messages.find(Language.NL, key).isEmpty()) {
      missing.add(key);
    }
  }
}
