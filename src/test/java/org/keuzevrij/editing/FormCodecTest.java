package org.keuzevrij.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.keuzevrij.catalogue.SchemaValidator;
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

  /**
   * Price lines in each shape the schema allows: known and unknown amounts, with and without
   * models, with GPU memory, VAT unknown, a review date.
   */
  static final String PRICES =
      """
      [{"models": ["mistral-small-3"], "unit": "million-input-tokens", "amount": 0.1,
        "currency": "EUR", "vatIncluded": false, "source": "https://mistral.ai/pricing",
        "checked": "2026-12-03", "note": "Small 3, input."},
       {"models": ["mistral-small-3", "mistral-medium-3"], "unit": "million-output-tokens",
        "amount": 0.00025, "currency": "USD", "vatIncluded": "unknown",
        "source": "https://mistral.ai/pricing", "checked": "2026-12-03",
        "reviewBy": "2027-03-01"},
       {"unit": "gpu-hour", "amount": 2, "currency": "EUR", "vatIncluded": true,
        "gpuMemoryGb": 80, "source": "https://example.org/gpu", "checked": "2026-12-01"},
       {"unit": "month", "amount": "unknown", "unknownReason": "not-disclosed",
        "checked": "2026-12-03", "note": "The pricing page names no monthly minimum."},
       {"models": ["mistral-large-3"], "unit": "endpoint-hour", "amount": "unknown",
        "unknownReason": "not-researched", "gpuMemoryGb": 40.5, "checked": "2026-12-03"}]
      """;

  private static JsonNode withPrices(String prices) throws Exception {
    ObjectNode offering =
        BUNDLED.find(Kind.OFFERING, "mistral-api-eu").orElseThrow().json().deepCopy();
    offering.set("prices", CanonicalJson.read(prices.getBytes(StandardCharsets.UTF_8)));
    return offering;
  }

  @Test
  @DisplayName(
      "an offering's price lines (known, unknown, with and without models, GPU memory) read back"
          + " unchanged, and are valid")
  void roundTripsPriceLines() throws Exception {
    JsonNode offering = withPrices(PRICES);
    assertEquals(
        List.of(),
        SchemaValidator.catalogue().validate(Kind.OFFERING, "mistral-api-eu.json", offering));
    List<FieldSpec> fields = SCHEMA.fields(Kind.OFFERING);
    FormValues form = FormCodec.fill(fields, offering);
    assertEquals(List.of("mistral-small-3", "mistral-medium-3"), form.all("/prices/1/models"));
    assertEquals(List.of("true"), form.all("/prices/3/amount/unknown"));
    assertEquals(List.of("not-disclosed"), form.all("/prices/3/unknownReason"));
    assertEquals(List.of("unknown"), form.all("/prices/1/vatIncluded"));
    assertEquals(List.of("80"), form.all("/prices/2/gpuMemoryGb"));
    FormCodec.Read read = FormCodec.read(fields, form);
    assertEquals(List.of(), read.unreadable());
    assertEquals(offering, read.document());

    JsonNode none = withPrices("[]");
    FormValues empty = FormCodec.fill(fields, none);
    assertEquals(List.of("true"), empty.all("/prices/none"), "no supplier price, on purpose");
    assertEquals(none, FormCodec.read(fields, empty).document());
  }

  @Test
  @DisplayName(
      "price lines as a person types them: blank lines ignored, removed lines left out, typed"
          + " model ids added, a decimal comma read")
  void readsPriceLines() throws Exception {
    MultiMap posted =
        MultiMap.caseInsensitiveMultiMap()
            .add("/prices/0/unit", "page")
            .add("/prices/0/amount", "0,002")
            .add("/prices/0/currency", "EUR")
            .add("/prices/0/models", "mistral-small-3")
            .add("/prices/0/models/typed", "pixtral-12b, mistral-small-3")
            .add("/prices/1/unit", "month")
            .add("/prices/1/remove", "true")
            .add("/prices/4/unit", "")
            .add("/prices/4/amount", "")
            .add("/prices/4/unknownReason", "")
            .add("/prices/5/unit", "image")
            .add("/prices/5/amount", "1")
            .add("/prices/5/amount/unknown", "true")
            .add("/prices/5/unknownReason", "not-researched")
            .add("/prices/5/vatIncluded", "true");
    FieldSpec prices = field(Kind.OFFERING, "/prices");
    FormValues form = FormValues.of(posted);
    assertEquals(List.of(0, 1, 4, 5), FormCodec.lines(prices, form));
    assertEquals(List.of(0, 1, 5), FormCodec.filled(prices, form), "the blank line is left out");
    assertEquals(List.of(0, 5), FormCodec.kept(prices, form), "and the removed one");
    JsonNode document = FormCodec.read(SCHEMA.fields(Kind.OFFERING), form).document();
    String expected =
        """
        [{"unit": "page", "amount": 0.002, "currency": "EUR",
          "models": ["mistral-small-3", "pixtral-12b"]},
         {"unit": "image", "amount": "unknown", "unknownReason": "not-researched",
          "vatIncluded": true}]
        """;
    assertEquals(
        CanonicalJson.read(expected.getBytes(StandardCharsets.UTF_8)), document.get("prices"));
  }

  @Test
  @DisplayName(
      "a list of objects in the schema (an offering's prices) becomes a table, its columns read by"
          + " the rules of fields")
  void priceTable() {
    FieldSpec prices = field(Kind.OFFERING, "/prices");
    assertEquals(FieldSpec.Shape.TABLE, prices.shape());
    assertTrue(prices.emptyList(), "an empty list says: no supplier price");
    List<String> columns = prices.columns().stream().map(FieldSpec::name).toList();
    assertEquals(
        List.of(
            "models",
            "unit",
            "amount",
            "currency",
            "vatIncluded",
            "gpuMemoryGb",
            "source",
            "checked",
            "reviewBy",
            "note",
            "unknownReason"),
        columns);
    FieldSpec models = prices.columns().get(0);
    assertEquals(FieldSpec.ValueType.REFERENCES, models.type());
    assertEquals(Kind.MODEL, models.reference());
    FieldSpec unit = prices.columns().get(1);
    assertEquals(FieldSpec.ValueType.CHOICE, unit.type());
    assertEquals("priceUnit", unit.vocabulary());
    assertEquals(8, unit.options().size());
    assertTrue(prices.columns().get(2).boxed(), "an amount or unknown");
    FieldSpec currency = prices.columns().get(3);
    assertEquals(FieldSpec.ValueType.CHOICE, currency.type());
    assertTrue(currency.options().contains("EUR") && currency.options().size() > 150);
    FieldSpec vat = prices.columns().get(4);
    assertEquals(FieldSpec.ValueType.BOOLEAN, vat.type());
    assertTrue(vat.unknown());
    assertEquals(FieldSpec.ValueType.URL, prices.columns().get(6).type());
    assertEquals(FieldSpec.ValueType.DATE, prices.columns().get(7).type());
    assertTrue(prices.columns().get(1).required() && prices.columns().get(2).required());
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
      List<FieldSpec> fields = new ArrayList<>();
      for (FieldSpec field : SCHEMA.fields(kind)) {
        fields.add(field);
        fields.addAll(field.columns());
        if (field.shape() == FieldSpec.Shape.TABLE && field.emptyList()) {
          for (Language language : Language.values()) {
            if (messages.find(language, field.label() + ".none").isEmpty()) {
              missing.add(language.code() + " " + field.label() + ".none");
            }
          }
        }
      }
      for (FieldSpec field : fields) {
        for (Language language : Language.values()) {
          if (messages.find(language, field.label()).isEmpty()) {
            missing.add(language.code() + " " + field.label());
          }
          for (String option : field.options()) {
            if (field.vocabulary().equals("language")
                || field.vocabulary().equals("currency")
                || field.name().equals(FormCodec.REASON)) {
              // Named by Java's own language and currency names, in both languages; a line's kind
              // of unknown by the words a fact's uses.
              continue;
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
