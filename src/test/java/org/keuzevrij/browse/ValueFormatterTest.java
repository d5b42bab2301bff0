package org.keuzevrij.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.web.Language;
import org.keuzevrij.web.Messages;

@DisplayName("Values as pages show them")
class ValueFormatterTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @TempDir static Path root;

  private static Catalogue catalogue;
  private final Messages messages = Messages.load();

  @BeforeAll
  static void load() {
    catalogue = new CatalogueLoader().load(Fixtures.smallCatalogue(root)).catalogue();
  }

  private ValueFormatter in(Language language) {
    return new ValueFormatter(messages, language, catalogue);
  }

  @Test
  @DisplayName("unknown is a marked value, in the page's language")
  void unknownIsMarked() {
    DisplayValue nl = in(Language.NL).value("dutch", "booleanFact", JSON.textNode("unknown"));
    assertTrue(nl.unknown());
    assertEquals("onbekend", nl.text());
    assertEquals(
        "unknown", in(Language.EN).value("dutch", "booleanFact", JSON.missingNode()).text());
  }

  @Test
  @DisplayName("numbers, dates and countries follow the language")
  void localFormats() {
    assertEquals(
        "0,5",
        in(Language.NL).value("parametersBillions", "numberFact", JSON.numberNode(0.5)).text());
    assertEquals(
        "0.5",
        in(Language.EN).value("parametersBillions", "numberFact", JSON.numberNode(0.5)).text());
    assertEquals("12 juni 2026", in(Language.NL).date("2026-06-12"));
    assertEquals("12 June 2026", in(Language.EN).date("2026-06-12"));
    assertEquals("Verenigde Staten", in(Language.NL).country("US"));
    assertEquals("Germany", in(Language.EN).country("DE"));
    assertEquals(
        "wereldwijd, naar keuze van de leverancier, Frankrijk",
        in(Language.NL)
            .value("processingLocations", "locationsFact", JSON.arrayNode().add("GLOBAL").add("FR"))
            .text());
  }

  @Test
  @DisplayName("fixed vocabularies are translated; a zero user limit means no limit")
  void vocabularies() {
    assertEquals(
        "Zelf hosten",
        in(Language.NL).value("delivery", "enum", JSON.textNode("self-hosted")).text());
    assertEquals(
        "partly open",
        in(Language.EN).value("baseModelData", "opennessFact", JSON.textNode("partial")).text());
    assertEquals(
        "partial",
        in(Language.EN).value("baseModelData", "opennessFact", JSON.textNode("partial")).marker());
    assertEquals(
        "geen grens",
        in(Language.NL).value("userThreshold", "numberFact", JSON.numberNode(0)).text());
    assertEquals(
        "700.000.000",
        in(Language.NL).value("userThreshold", "numberFact", JSON.numberNode(700_000_000)).text());
  }

  @Test
  @DisplayName("free text from the catalogue is marked as English on Dutch pages only")
  void freeTextLanguage() {
    assertEquals(
        "en", in(Language.NL).value("dataRetention", "textFact", JSON.textNode("30 days")).lang());
    assertNull(in(Language.EN).value("dataRetention", "textFact", JSON.textNode("30 days")).lang());
  }

  @Test
  @DisplayName("references become links to the entity pages, named by the entity")
  void references() {
    DisplayValue models =
        in(Language.NL)
            .references(
                org.keuzevrij.catalogue.Kind.MODEL,
                JSON.arrayNode().add("open-model").add("closed-model"));
    assertEquals(2, models.links().size());
    assertEquals("/models/open-model", models.links().get(0).href());
    assertEquals("Model open-model", models.links().get(0).text());
  }
}
