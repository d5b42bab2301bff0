package org.keuzevrij.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.MultiMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.CanonicalJson;
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
  private static final List<Kind> EDITABLE =
      List.of(Kind.SUPPLIER, Kind.MODEL, Kind.OFFERING, Kind.USECASE);

  /** A use case with every need stated, in each shape the schema allows. */
  static final String FULL_USE_CASE =
      """
      {"id": "quay-camera", "name": {"nl": "Kademuurcamera", "en": "Quay wall camera"},
       "description": {"nl": "Objecten op kademuren vinden.", "en": "Find objects on quay walls."},
       "riskClass": {"value": "minimal", "annexIIIArea": "none",
         "rationale": {"nl": "Geen personen.", "en": "No persons."},
         "decidedBy": "Team AI", "decided": "2026-11-30"},
       "source": {"url": "https://www.amsterdam.nl", "checked": "2026-11-30", "note": "Sample."},
       "decisionsAboutPersons": false, "personalData": "unknown", "specialCategoryData": false,
       "publicFacing": false, "businessCritical": true, "generative": false, "fineTuning": true,
       "task": "object-detection", "inputModalities": ["video", "image"],
       "outputModalities": "unknown", "languages": [], "instructionFollowing": "unknown",
       "volume": {"unit": "images", "low": 2000, "high": "unknown",
         "rationale": {"nl": "Twee camera's.", "en": "Two cameras."}},
       "gpuMemoryLimitGb": 24.5,
       "needsRationale": {"nl": "Camerabeelden.", "en": "Camera images."},
       "contractStart": "2027-01-01", "contractEnd": "2029-12-31"}
      """;

  @Test
  @DisplayName(
      "every bundled supplier, model, offering and use case fills a form that reads back as the same document")
  void roundTripsTheBundledCatalogue() {
    int entities = 0;
    for (Kind kind : EDITABLE) {
      for (Entity entity : BUNDLED.all(kind)) {
        FormValues form = FormCodec.fill(SCHEMA.fields(kind), entity.json());
        FormCodec.Read read = FormCodec.read(SCHEMA.fields(kind), form);
        assertEquals(List.of(), read.unreadable(), entity.id());
        assertEquals(entity.json(), read.document(), kind.folder() + "/" + entity.id());
        entities++;
      }
    }
    assertTrue(entities > 100, "the whole bundled catalogue was tried: " + entities);
    assertTrue(BUNDLED.all(Kind.USECASE).size() >= 4, "use cases too");
  }

  @Test
  @DisplayName(
      "a use case with every need, unknowns and an empty language list reads back unchanged")
  void roundTripsAFullUseCase() throws Exception {
    JsonNode useCase = CanonicalJson.read(FULL_USE_CASE.getBytes(StandardCharsets.UTF_8));
    List<FieldSpec> fields = SCHEMA.fields(Kind.USECASE);
    FormValues form = FormCodec.fill(fields, useCase);
    assertEquals(List.of("true"), form.all("/languages/none"), "an empty list is ticked as none");
    assertEquals(List.of("unknown"), form.all("/outputModalities"));
    assertEquals(List.of("true"), form.all("/volume/high/unknown"));
    FormCodec.Read read = FormCodec.read(fields, form);
    assertEquals(List.of(), read.unreadable());
    assertEquals(useCase, read.document());
  }

  @Test
  @DisplayName(
      "use-case needs as a person types them: three-way answers, codes in any case, unknown boxes")
  void readsUseCaseNeeds() {
    MultiMap posted =
        MultiMap.caseInsensitiveMultiMap()
            .add("/personalData", "unknown")
            .add("/publicFacing", "true")
            .add("/generative", "false")
            .add("/task", "object-detection")
            .add("/inputModalities", "image")
            .add("/outputModalities", "bounding-boxes")
            .add("/outputModalities", "unknown")
            .add("/languages", " NL, en;de ")
            .add("/gpuMemoryLimitGb", "80")
            .add("/gpuMemoryLimitGb/unknown", "true")
            .add("/volume/unit", "images")
            .add("/volume/low", "1000")
            .add("/volume/high", "2500,5")
            .add("/contractStart", "");
    JsonNode document =
        FormCodec.read(SCHEMA.fields(Kind.USECASE), FormValues.of(posted)).document();
    assertEquals("unknown", document.get("personalData").asText());
    assertEquals(true, document.get("publicFacing").booleanValue());
    assertEquals(false, document.get("generative").booleanValue());
    assertEquals("\"object-detection\"", document.get("task").toString());
    assertEquals("[\"image\"]", document.get("inputModalities").toString());
    assertEquals(
        "\"unknown\"", document.get("outputModalities").toString(), "unknown wins over a choice");
    assertEquals("[\"nl\",\"en\",\"de\"]", document.get("languages").toString());
    assertEquals("\"unknown\"", document.get("gpuMemoryLimitGb").toString());
    assertEquals("images", document.at("/volume/unit").asText());
    assertTrue(document.at("/volume/low").isInt(), "whole numbers stay whole");
    assertEquals(2500.5, document.at("/volume/high").doubleValue(), "a Dutch decimal comma");
    assertTrue(document.path("languages").isArray());
    assertTrue(document.path("contractStart").isMissingNode());
    assertTrue(document.path("instructionFollowing").isMissingNode(), "not stated, not recorded");
  }

  @Test
  @DisplayName(
      "use-case fields follow the schema's shapes: answers, vocabularies, codes, numbers, groups")
  void useCaseShapes() {
    List<String> groups = new ArrayList<>();
    SCHEMA.of(Kind.USECASE).forEach(section -> groups.add(String.valueOf(section.name())));
    assertEquals(List.of("null", "source", "riskClass", "volume"), groups);
    assertEquals(FieldSpec.ValueType.BOOLEAN, field(Kind.USECASE, "/personalData").type());
    assertTrue(field(Kind.USECASE, "/personalData").unknown());
    assertEquals(FieldSpec.ValueType.CHOICE, field(Kind.USECASE, "/task").type());
    assertEquals("task", field(Kind.USECASE, "/task").vocabulary());
    assertEquals(FieldSpec.ValueType.CHOICES, field(Kind.USECASE, "/inputModalities").type());
    assertEquals("modality", field(Kind.USECASE, "/inputModalities").vocabulary());
    assertEquals(FieldSpec.ValueType.CODES, field(Kind.USECASE, "/languages").type());
    assertTrue(field(Kind.USECASE, "/languages").emptyList());
    assertEquals(FieldSpec.ValueType.NUMBER, field(Kind.USECASE, "/volume/low").type());
    assertTrue(field(Kind.USECASE, "/gpuMemoryLimitGb").boxed());
    assertEquals(
        List.of("prohibited", "high", "limited", "minimal"),
        field(Kind.USECASE, "/riskClass/value").options());
    assertEquals("riskClass", field(Kind.USECASE, "/riskClass/value").vocabulary());
    assertEquals(FieldSpec.Shape.LOCALIZED, field(Kind.USECASE, "/needsRationale").shape());
  }

  private static FieldSpec field(Kind kind, String pointer) {
    return SCHEMA.fields(kind).stream()
        .filter(f -> f.pointer().equals(pointer))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName(
      "every value in the bundled catalogue sits at a form field: nothing is left uneditable")
  void everyValueHasAField() {
    Set<String> missing = new TreeSet<>();
    for (Kind kind : EDITABLE) {
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
    for (Kind kind : EDITABLE) {
      for (FormSchema.Section section : SCHEMA.of(kind)) {
        for (Language language : Language.values()) {
          if (section.label() != null && messages.find(language, section.label()).isEmpty()) {
            missing.add(language.code() + " " + section.label());
          }
        }
      }
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
