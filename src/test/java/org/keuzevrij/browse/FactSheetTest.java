package org.keuzevrij.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.browse.FactSheet.Row;
import org.keuzevrij.browse.FactSheet.Sheet;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.SchemaModel;
import org.keuzevrij.web.Language;
import org.keuzevrij.web.Messages;

@DisplayName("Fact sheets of entity pages")
class FactSheetTest {

  @TempDir static Path root;

  private static Catalogue catalogue;

  /**
   * The small fixture catalogue, plus SEAL claims and a models source, which the bundled data does
   * not use yet.
   */
  @BeforeAll
  static void load() {
    Fixtures.smallCatalogue(root);
    ObjectNode sovereign = Fixtures.supplier("sovereign", "FR", "eu-host", List.of());
    sovereign.putObject("sealClaims").set("SOV-3", Fixtures.fact(2));
    Fixtures.write(root, Kind.SUPPLIER, sovereign);
    ObjectNode offering =
        Fixtures.offering("sourced-api", "sovereign", List.of("open-model"), List.of("FR"));
    offering
        .putObject("modelsSource")
        .put("source", "https://example.org/models")
        .put("checked", "2026-11-28");
    offering.set("exitAssistance", Fixtures.fact("unknown").put("unknownReason", "not-disclosed"));
    offering.set("termination", Fixtures.fact("unknown").put("unknownReason", "not-researched"));
    var prices = offering.putArray("prices");
    prices
        .addObject()
        .put("unit", "million-input-tokens")
        .put("amount", 0.1)
        .put("currency", "EUR")
        .put("vatIncluded", false)
        .put("source", "https://example.org/pricing")
        .put("checked", "2026-06-01")
        .put("note", "Input tokens.")
        .putArray("models")
        .add("open-model");
    prices
        .addObject()
        .put("unit", "gpu-hour")
        .put("amount", 2.5)
        .put("currency", "USD")
        .put("vatIncluded", "unknown")
        .put("gpuMemoryGb", 80)
        .put("source", "https://example.org/gpu")
        .put("checked", "2026-11-01")
        .put("reviewBy", "2027-02-01");
    prices
        .addObject()
        .put("unit", "month")
        .put("amount", "unknown")
        .put("unknownReason", "not-disclosed")
        .put("checked", "2026-11-01");
    Fixtures.write(root, Kind.OFFERING, offering);
    ObjectNode selfRun =
        Fixtures.offering("self-run", "sovereign", List.of("open-model"), List.of("NL"));
    selfRun.putArray("prices");
    Fixtures.write(root, Kind.OFFERING, selfRun);
    LoadResult result = new CatalogueLoader().load(root);
    assertTrue(result.ok(), result.problems()::toString);
    catalogue = result.catalogue();
  }

  private static Sheet sheet(Kind kind, String id) {
    return sheet(kind, id, LocalDate.of(2026, 12, 3));
  }

  private static Sheet sheet(Kind kind, String id, LocalDate today) {
    ValueFormatter format = new ValueFormatter(Messages.load(), Language.NL, catalogue);
    return new FactSheet(SchemaModel.bundled(), format, today)
        .of(catalogue.find(kind, id).orElseThrow());
  }

  @Test
  @DisplayName(
      "a fact past its review date says since when it is due: an offering's six months after it"
          + " was checked")
  void dueForReview() {
    assertEquals(
        null, row(sheet(Kind.OFFERING, "sourced-api").facts(), "Prijsmodel").checked().reviewDue());
    Row due =
        row(sheet(Kind.OFFERING, "sourced-api", LocalDate.of(2027, 1, 1)).facts(), "Prijsmodel");
    assertEquals("2026-12-12", due.checked().reviewDue().iso());
    assertEquals("12 december 2026", due.checked().reviewDue().text());
  }

  @Test
  @DisplayName(
      "an offering's price lines: models, unit, amount in its currency, VAT, GPU memory, unknown"
          + " with its kind, each due for review like a fact")
  void priceList() {
    PriceList prices = sheet(Kind.OFFERING, "sourced-api").prices();
    assertTrue(prices.researched());
    assertEquals(3, prices.lines().size());
    PriceList.Line tokens = prices.lines().get(0);
    assertEquals("Model open-model", tokens.models().links().get(0).text());
    assertEquals("per miljoen invoertokens", tokens.unit());
    assertEquals("€ 0,10", tokens.amount().text().replace('\u00a0', ' '));
    assertEquals("nee", tokens.vatIncluded().text());
    assertEquals("example.org", tokens.source().host());
    assertEquals("Input tokens.", tokens.note().text());
    assertEquals("2026-12-01", tokens.checked().reviewDue().iso(), "six months after June 1st");
    PriceList.Line gpu = prices.lines().get(1);
    assertEquals("alle modellen van de dienst", gpu.models().text());
    assertEquals("US$ 2,50", gpu.amount().text().replace('\u00a0', ' '));
    assertTrue(gpu.vatIncluded().unknown());
    assertEquals("80 GB", gpu.gpuMemory());
    assertNull(gpu.checked().reviewDue(), "its own review date is still ahead");
    assertEquals(
        "2027-02-01",
        sheet(Kind.OFFERING, "sourced-api", LocalDate.of(2027, 3, 1))
            .prices()
            .lines()
            .get(1)
            .checked()
            .reviewDue()
            .iso());
    PriceList.Line fee = prices.lines().get(2);
    assertTrue(fee.amount().unknown());
    assertEquals("onbekend: niet openbaar gemaakt door de leverancier", fee.amount().text());
    assertNull(fee.source());

    assertTrue(sheet(Kind.OFFERING, "self-run").prices().none(), "run by the city itself");
    assertFalse(sheet(Kind.OFFERING, "eu-api").prices().researched(), "nobody has looked yet");
    assertNull(sheet(Kind.SUPPLIER, "sovereign").prices(), "suppliers have no price list");
    assertTrue(
        sheet(Kind.OFFERING, "sourced-api").summary().stream()
            .noneMatch(r -> r.label().equals("Prijzen")),
        "the price list is not a summary line");
  }

  private static Row row(List<Row> rows, String label) {
    return rows.stream()
        .filter(r -> r.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label + " in " + rows));
  }

  @Test
  @DisplayName(
      "an unknown fact says which kind of unknown it is: not disclosed by the supplier, or not yet researched")
  void kindOfUnknown() {
    Sheet sheet = sheet(Kind.OFFERING, "sourced-api");
    Row exit = row(sheet.facts(), "Hulp bij vertrek");
    assertTrue(exit.value().unknown());
    assertEquals("onbekend: niet openbaar gemaakt door de leverancier", exit.value().text());
    Row termination = row(sheet.facts(), "Opzegging");
    assertTrue(termination.value().unknown());
    assertEquals("onbekend: nog niet onderzocht", termination.value().text());
    Row export = row(sheet.facts(), "Gegevens exporteren");
    assertEquals("onbekend", export.value().text(), "no kind given: a plain unknown");
  }

  @Test
  @DisplayName("SEAL claims become a table of their own, one row per sovereignty objective")
  void sealClaims() {
    Sheet sheet = sheet(Kind.SUPPLIER, "sovereign");
    FactSheet.Group seal =
        sheet.groups().stream()
            .filter(g -> g.name().equals("sealClaims"))
            .findFirst()
            .orElseThrow();
    Row claim = row(seal.rows(), "SOV-3 Soevereiniteit over data en AI");
    assertEquals("SEAL-2", claim.value().text());
    assertEquals("example.org", claim.source().host());
    assertEquals("2026-06-12", claim.checked().iso());
  }

  @Test
  @DisplayName("a parent in the catalogue is a link to its page; plain fields go to the summary")
  void parentAndSummary() {
    Sheet sheet = sheet(Kind.SUPPLIER, "sovereign");
    Row parent = row(sheet.facts(), "Moederorganisatie");
    assertEquals("/suppliers/eu-host", parent.value().links().get(0).href());
    Row website = row(sheet.summary(), "Website");
    assertTrue(website.value().links().get(0).external());
    assertTrue(sheet.facts().stream().noneMatch(r -> r.label().equals("Website")));
  }

  @Test
  @DisplayName(
      "where the list of models comes from joins the models row, with its own source and date")
  void modelsSource() {
    Sheet sheet = sheet(Kind.OFFERING, "sourced-api");
    Row models = row(sheet.summary(), "Modellen");
    assertEquals("/models/open-model", models.value().links().get(0).href());
    assertEquals("https://example.org/models", models.source().href());
    assertEquals("2026-11-28", models.checked().iso());
    assertTrue(sheet.summary().stream().noneMatch(r -> r.label().startsWith("field.")));
    Row supplier = row(sheet.summary(), "Leverancier");
    assertNull(supplier.source());
  }

  @Test
  @DisplayName("every recorded fact of an offering is in the table, in schema order")
  void everyFactInSchemaOrder() {
    Sheet sheet = sheet(Kind.OFFERING, "sourced-api");
    List<String> labels = sheet.facts().stream().map(Row::label).toList();
    assertEquals(
        List.of(
            "Locaties van verwerking",
            "Locaties van opslag",
            "Locaties van het beheer (control plane)",
            "Soort API",
            "Bewaren van gegevens",
            "Traint op gegevens van klanten",
            "Fijnafstemming (fine-tuning)",
            "Gegevens exporteren",
            "Hulp bij vertrek",
            "Opzegging",
            "Prijsmodel",
            "Certificeringen"),
        labels);
  }
}
