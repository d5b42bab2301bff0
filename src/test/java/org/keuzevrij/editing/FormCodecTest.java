package org.keuzevrij.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.MultiMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.web.Language;
import org.keuzevrij.web.Messages;

@DisplayName(
    "Edit forms: every schema field editable, and a form sent back unchanged changes nothing")
class FormCodecTest {

  private static final FormSchema SCHEMA = new FormSchema();
  private static final Catalogue BUNDLED =
      new CatalogueLoader().load(Path.of("catalogue")).catalogue();

  @Test
  @DisplayName(
      "every bundled supplier, model and offering fills a form that reads back as the same document")
  void roundTripsTheBundledCatalogue() {
    int entities = 0;
    for (Kind kind : List.of(Kind.SUPPLIER, Kind.MODEL, Kind.OFFERING)) {
      for (Entity entity : BUNDLED.all(kind)) {
        FormValues form = FormCodec.fill(SCHEMA.fields(kind), entity.json());
        FormCodec.Read read = FormCodec.read(SCHEMA.fields(kind), form);
        assertEquals(List.of(), read.unreadable(), entity.id());
        assertEquals(entity.json(), read.document(), kind.folder() + "/" + entity.id());
        entities++;
      }
    }
    assertTrue(entities > 100, "the whole bundled catalogue was tried: " + entities);
  }

  @Test
  @DisplayName(
      "every value in the bundled catalogue sits at a form field: nothing is left uneditable")
  void everyValueHasAField() {
    Set<String> missing = new TreeSet<>();
    for (Kind kind : List.of(Kind.SUPPLIER, Kind.MODEL, Kind.OFFERING)) {
      List<String> pointers = SCHEMA.fields(kind).stream().map(FieldSpec::pointer).toList();
      for (Entity entity : BUNDLED.all(kind)) {
        for (String leaf : leaves("", entity.json())) {
          if (pointers.stream().noneMatch(p -> leaf.equals(p) || leaf.startsWith(p + "/"))) {
            missing.add(kind.folder() + " " + leaf);
          }
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  @DisplayName("what a person types becomes the JSON the schema expects")
  void readsTypedValues() {
    MultiMap posted =
        MultiMap.caseInsensitiveMultiMap()
            .add("/processingLocations/value", " nl, de;FR ")
            .add("/processingLocations/source", "https://example.org/dpa")
            .add("/processingLocations/checked", "2026-11-02")
            .add("/subProcessors/value", "Hetzner Online GmbH\r\n\r\nOVH SAS\r\n")
            .add("/subProcessors/checked", "2026-11-02")
            .add("/renewableEnergyPercent/value", "87,5")
            .add("/pue/value", "1.2x")
            .add("/trainsOnCustomerData/unknown", "true")
            .add("/trainsOnCustomerData/value", "true")
            .add("/trainsOnCustomerData/checked", "2026-11-02")
            .add("/models", "b")
            .add("/models", "a")
            .add("/description/nl", "Een dienst.");
    FormCodec.Read read = FormCodec.read(SCHEMA.fields(Kind.OFFERING), FormValues.of(posted));
    JsonNode document = read.document();
    assertEquals("[\"NL\",\"DE\",\"FR\"]", document.at("/processingLocations/value").toString());
    assertEquals(
        "[\"Hetzner Online GmbH\",\"OVH SAS\"]", document.at("/subProcessors/value").toString());
    assertEquals(87.5, document.at("/renewableEnergyPercent/value").doubleValue());
    assertEquals(
        "unknown",
        document.at("/trainsOnCustomerData/value").asText(),
        "the unknown box wins over a value");
    assertEquals("[\"b\",\"a\"]", document.at("/models").toString(), "the order chosen is kept");
    assertEquals(
        "{\"nl\":\"Een dienst.\"}",
        document.at("/description").toString(),
        "the missing English text is left for the schema to name");
    assertEquals(
        List.of(new FormCodec.Unreadable("/pue/value", "form.error.number")), read.unreadable());
    assertTrue(document.at("/sla").isMissingNode(), "an optional fact left empty is not recorded");
    assertEquals(
        "{}",
        document.at("/apiStyle").toString(),
        "a required one is, so the schema names what is missing");
  }

  @Test
  @DisplayName(
      "nested groups (licence, openness, SEAL claims) are in the form, with their choices from the schema")
  void groups() {
    List<String> groups = new ArrayList<>();
    SCHEMA.of(Kind.MODEL).forEach(section -> groups.add(String.valueOf(section.name())));
    assertEquals(List.of("null", "gpuMemory", "quality", "licence", "openness"), groups);
    FieldSpec weights =
        SCHEMA.fields(Kind.MODEL).stream()
            .filter(f -> f.pointer().equals("/weights"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("downloadable", "gated", "not-released"), weights.options());
    List<String> seal =
        SCHEMA.fields(Kind.SUPPLIER).stream()
            .map(FieldSpec::pointer)
            .filter(p -> p.startsWith("/sealClaims/"))
            .toList();
    assertEquals(8, seal.size());
    assertEquals("/sealClaims/SOV-8", seal.get(7));
  }

  @Test
  @DisplayName("every form field and every choice in it has a label in Dutch and in English")
  void everyFieldIsLabelled() {
    Messages messages = Messages.load();
    Set<String> missing = new TreeSet<>();
    for (Kind kind : List.of(Kind.SUPPLIER, Kind.MODEL, Kind.OFFERING)) {
      for (FieldSpec field : SCHEMA.fields(kind)) {
        for (Language language : Language.values()) {
          if (messages.find(language, field.label()).isEmpty()) {
            missing.add(language.code() + " " + field.label());
          }
          for (String option : field.options()) {
            if (field.vocabulary().equals("language")) {
              continue; // named by Java's own language names, in both languages
            }
            String key = "value." + field.vocabulary() + "." + option;
            if (messages.find(language, key).isEmpty()) {
              missing.add(language.code() + " " + key);
            }
          }
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  private static List<String> leaves(String pointer, JsonNode node) {
    List<String> leaves = new ArrayList<>();
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(e -> leaves.addAll(leaves(pointer + "/" + e.getKey(), e.getValue())));
    } else {
      leaves.add(pointer);
    }
    return leaves;
  }
}
