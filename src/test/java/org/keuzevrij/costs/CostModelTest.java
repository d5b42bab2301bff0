package org.keuzevrij.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.Reason;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.scoring.Option;
import org.keuzevrij.scoring.Profile;
import org.keuzevrij.scoring.UseCase;

/** Each part of a cost, worked out by hand from the fixture's prices and parameters. */
class CostModelTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final double CENT = 0.005;

  @TempDir Path root;
  private ObjectNode model;
  private ObjectNode offering;

  @BeforeEach
  void catalogue() {
    Fixtures.write(root, Kind.SUPPLIER, Fixtures.supplier("host", "FR", "none", List.of()));
    model = Fixtures.model("m", "open", true, "downloadable");
    gpuMemory(model, 100);
    Fixtures.write(root, Kind.MODEL, model);
    offering = Fixtures.offering("api", "host", List.of("m"), List.of("FR"));
  }

  @Test
  @DisplayName(
      "per-token prices: volume × tokens per unit ÷ a million × price × term, for low and high")
  void tokens() {
    prices(
        price("million-input-tokens", 0.2, "EUR", false),
        price("million-output-tokens", 0.6, "EUR", false));
    Cost cost = cost(useCase("conversations", 1000, 2000, 1000, 500), Map.of());
    assertTrue(cost.known());
    // 1000 × 1000 / 1e6 × 0.2 × 12 = 2.40 and 1000 × 500 / 1e6 × 0.6 × 12 = 3.60
    assertEquals(6.0, cost.low(), CENT);
    assertEquals(12.0, cost.high(), CENT);
    assertEquals(9.0, cost.middle(), CENT);
    assertEquals(List.of("usage", "usage"), cost.lines().stream().map(CostLine::part).toList());
    assertEquals(2.4, cost.lines().get(0).low(cost.inputs()), CENT);
    assertEquals(Fixtures.SOURCE, cost.lines().get(0).source());
    assertTrue(cost.lines().get(0).label().en().contains("EUR 0.2 per million input tokens"));
  }

  @Test
  @DisplayName(
      "a price per page in dollars, VAT included: converted at the exchange rate and VAT taken off")
  void currencyAndVat() {
    prices(price("page", 1.21, "USD", true));
    Cost cost = cost(useCase("pages", 100, 100, null, null), Map.of());
    // 100 pages × USD 1.21 × 0.9 EUR/USD ÷ 1.21 × 12 months = 1080
    assertEquals(1080, cost.low(), CENT);
    assertEquals(cost.low(), cost.high());
  }

  @Test
  @DisplayName("a currency without an exchange rate leaves the cost unknown, never converted 1:1")
  void missingRate() {
    prices(price("page", 1, "GBP", false));
    Cost cost = cost(useCase("pages", 100, 100, null, null), Map.of());
    assertFalse(cost.known());
    assertNull(cost.low());
    assertEquals(List.of("rate.GBP"), cost.lines().get(0).unknownInputs(cost.inputs()));
  }

  @Test
  @DisplayName(
      "an unknown price, a model without a price, or no researched prices: unknown, with a"
          + " question, never free")
  void unknownPrices() {
    ObjectNode unknown = price("million-input-tokens", 0, "EUR", false);
    unknown.put("amount", "unknown").put("unknownReason", "not-disclosed");
    unknown.remove(List.of("currency", "vatIncluded"));
    prices(unknown, price("million-output-tokens", 0.6, "EUR", false));
    Cost cost = cost(useCase("conversations", 10, 20, 1000, 500), Map.of());
    assertFalse(cost.known());
    assertNull(cost.high());
    assertTrue(text(cost.questions()).contains("The public price list does not say"));
    assertTrue(cost.knownLow() > 0);

    Fixtures.write(root, Kind.MODEL, Fixtures.model("other-model", "open", true, "downloadable"));
    offering.putArray("models").add("m").add("other-model");
    ObjectNode other = price("million-input-tokens", 0.2, "EUR", false);
    other.putArray("models").add("other-model");
    prices(other);
    Cost none = cost(useCase("conversations", 10, 20, 1000, 500), Map.of());
    assertFalse(none.known());
    assertTrue(none.lines().isEmpty());
    assertTrue(text(none.questions()).contains("names no price for it"));

    offering.remove("prices");
    Cost notResearched = cost(useCase("conversations", 10, 20, 1000, 500), Map.of());
    assertFalse(notResearched.known());
    assertTrue(text(notResearched.questions()).contains("has not researched them yet"));
  }

  @Test
  @DisplayName("unknown tokens per conversation leave a per-token cost unknown")
  void unknownTokens() {
    prices(
        price("million-input-tokens", 0.2, "EUR", false),
        price("million-output-tokens", 0.6, "EUR", false));
    Cost cost = cost(useCase("conversations", 10, 20, null, null), Map.of());
    assertFalse(cost.known());
    assertEquals(List.of("inputTokens"), cost.lines().get(0).unknownInputs(cost.inputs()));
  }

  @Test
  @DisplayName(
      "of several lines in one unit for a model (its variants, or plans), the first counts, never"
          + " their sum")
  void firstLineCounts() {
    prices(
        price("page", 0.02, "EUR", false),
        price("page", 0.01, "EUR", false),
        price("month", 50, "EUR", false),
        price("month", 500, "EUR", false));
    Cost cost = cost(useCase("pages", 1000, 1000, null, null), Map.of());
    assertEquals(1000 * 0.02 * 12 + 50 * 12, cost.low(), CENT);
    assertEquals(2, cost.lines().size());
  }

  @Test
  @DisplayName("a monthly fee is added over the term, whatever the volume")
  void monthlyFee() {
    prices(price("page", 0.01, "EUR", false), price("month", 50, "EUR", false));
    Cost cost = cost(useCase("pages", 1000, 3000, null, null), Map.of());
    assertEquals(1000 * 0.01 * 12 + 50 * 12, cost.low(), CENT);
    assertEquals(3000 * 0.01 * 12 + 50 * 12, cost.high(), CENT);
  }

  @Test
  @DisplayName(
      "a dedicated endpoint: the cheapest instance with enough GPU memory, all running hours")
  void dedicated() {
    ObjectNode small = price("endpoint-hour", 1, "EUR", false).put("gpuMemoryGb", 80);
    ObjectNode big = price("endpoint-hour", 5, "EUR", false).put("gpuMemoryGb", 160);
    ObjectNode bigger = price("endpoint-hour", 9, "EUR", false).put("gpuMemoryGb", 320);
    prices(small, big, bigger);
    Cost cost = cost(useCase("conversations", 10, 20, 1000, 500), Map.of());
    // 100 GB needed: the 160 GB instance, 5 × 730 hours × 12 months
    assertEquals(5 * 730 * 12, cost.low(), CENT);
    assertEquals(cost.low(), cost.high());
    assertEquals("capacity", cost.lines().get(0).part());
  }

  @Test
  @DisplayName(
      "self-hosted, rented: the cheapest set of GPUs holding the model, staff time, and a"
          + " footprint estimate")
  void selfHostedRent() {
    selfHosted();
    Cost cost = cost(useCase("conversations", 10, 20, 1000, 500), Map.of());
    assertTrue(cost.known());
    // 100 GB: 2 × H100 (2 × 2.5 = 5/h) beats L4s, which come in eights then (8 × 1.1 = 8.8/h)
    CostLine hardware = cost.lines().get(0);
    assertEquals("hardware", hardware.part());
    assertEquals(2 * 2.5 * 730 * 12, hardware.low(cost.inputs()), CENT);
    assertTrue(hardware.label().en().startsWith("GPUs rented: 2 × NVIDIA H100"));
    CostLine energy = cost.lines().get(1);
    assertEquals("energy", energy.part());
    assertEquals(0, energy.low(cost.inputs()));
    assertTrue(energy.label().en().contains("included in the GPUs' rent"));
    CostLine staff = cost.lines().get(2);
    assertEquals("staff", staff.part());
    assertEquals(10 * 80 * 12, staff.low(cost.inputs()), CENT);
    assertEquals(2 * 2.5 * 730 * 12 + 10 * 80 * 12, cost.low(), CENT);
    // kWh: 2 × 0.7 kW × 730 h × PUE 1.2 × 12; CO2e: × 300 g/kWh ÷ 1000
    double kwh = 2 * 0.7 * 730 * 1.2 * 12;
    assertEquals(kwh, cost.footprint("kwh").low(cost.inputs()), 0.01);
    assertEquals(kwh * 300 / 1000, cost.footprint("co2e").low(cost.inputs()), 0.01);
  }

  @Test
  @DisplayName("self-hosted, bought: GPUs written off over the term and their electricity paid")
  void selfHostedBuy() {
    selfHosted();
    Cost cost =
        cost(useCase("conversations", 10, 20, 1000, 500), Map.of(), CostInputs.BUY, Map.of());
    CostLine hardware = cost.lines().get(0);
    // 2 × 30000 ÷ 5 years ÷ 12 × 12 months; eight L4s would cost 8 × 15000
    assertEquals(2 * 30000.0 / 5 / 12 * 12, hardware.low(cost.inputs()), CENT);
    CostLine energy = cost.lines().get(1);
    assertEquals("energy", energy.part());
    assertEquals(2 * 0.7 * 730 * 1.2 * 0.2 * 12, energy.low(cost.inputs()), CENT);
  }

  @Test
  @DisplayName(
      "self-hosted with unknown GPU memory, or no GPU price: a question, and the cost unknown")
  void selfHostedUnknowns() {
    selfHosted();
    ((ObjectNode) model.get("gpuMemory")).set("gigabytes", Fixtures.fact("unknown"));
    Fixtures.write(root, Kind.MODEL, model);
    Cost cost = cost(useCase("conversations", 10, 20, 1000, 500), Map.of());
    assertFalse(cost.known());
    assertTrue(text(cost.questions()).contains("How much GPU memory does"));
    assertTrue(cost.footprint().isEmpty());
    assertTrue(cost.footprintUnknown() != null);

    gpuMemory(model, 100);
    Fixtures.write(root, Kind.MODEL, model);
    Cost noPrice =
        cost(
            useCase("conversations", 10, 20, 1000, 500),
            Map.of(),
            CostInputs.BUY,
            Map.of("h100", "unknown", "l4", "unknown"));
    assertFalse(noPrice.known());
    assertTrue(text(noPrice.questions()).contains("no GPU with a known purchase price"));
  }

  @Test
  @DisplayName("a changed parameter flows into every line that reads it, and says it was changed")
  void changes() {
    selfHosted();
    Cost cost = cost(useCase("conversations", 10, 20, 1000, 500), Map.of("termMonths", 24.0));
    assertEquals((2 * 2.5 * 730 + 10 * 80) * 24, cost.low(), CENT);
    assertEquals(Input.Origin.CHANGED, cost.inputs().input("termMonths").origin());
  }

  @Test
  @DisplayName(
      "a GPU's purchase price set for the comparison makes buying priced, and the cheapest GPU"
          + " follows changed rents")
  void gpuChanges() {
    selfHosted();
    Cost unknown =
        cost(
            useCase("conversations", 10, 20, 1000, 500),
            Map.of(),
            CostInputs.BUY,
            Map.of("h100", "unknown", "l4", "unknown"));
    assertFalse(unknown.known());
    Cost bought =
        cost(
            useCase("conversations", 10, 20, 1000, 500),
            Map.of("gpu.h100.purchasePrice", 24000.0),
            CostInputs.BUY,
            Map.of("h100", "unknown", "l4", "unknown"));
    assertTrue(bought.known());
    assertEquals(2 * 24000.0 / 5 / 12 * 12, bought.lines().get(0).low(bought.inputs()), CENT);
    assertEquals(
        "Purchase price: NVIDIA H100",
        bought.inputs().label("gpu.h100.purchasePrice", org.keuzevrij.web.Language.EN));
    Cost cheapL4 =
        cost(useCase("conversations", 10, 20, 1000, 500), Map.of("gpu.l4.rentPerHour", 0.2));
    // Eight L4s at 0.2 (1.6/h) now beat two H100s at 2.5 (5/h).
    assertTrue(cheapL4.lines().get(0).label().en().startsWith("GPUs rented: 8 × NVIDIA L4"));
    assertEquals(8 * 0.2 * 730 * 12, cheapL4.lines().get(0).low(cheapL4.inputs()), CENT);
  }

  @Test
  @DisplayName("a use case's contract dates set the term; a month begun counts in full")
  void contractTerm() {
    ObjectNode json = useCaseJson("pages", 1, 1, null, null);
    json.put("contractStart", "2027-01-01").put("contractEnd", "2029-01-15");
    assertEquals(25, CostInputs.contractMonths(new UseCase("u", json)));
  }

  // --- fixtures ---

  private void selfHosted() {
    offering.put("delivery", "self-hosted");
    offering.putArray("prices");
  }

  private static void gpuMemory(ObjectNode model, double gigabytes) {
    ObjectNode memory = model.putObject("gpuMemory");
    memory.set("gigabytes", Fixtures.fact(gigabytes));
    memory.put("precision", "bf16");
  }

  private void prices(ObjectNode... lines) {
    ArrayNode prices = offering.putArray("prices");
    for (ObjectNode line : lines) {
      prices.add(line);
    }
  }

  static ObjectNode price(String unit, double amount, String currency, boolean vat) {
    return JSON.objectNode()
        .put("unit", unit)
        .put("amount", amount)
        .put("currency", currency)
        .put("vatIncluded", vat)
        .put("source", Fixtures.SOURCE)
        .put("checked", Fixtures.CHECKED);
  }

  private static ObjectNode useCaseJson(
      String unit, double low, double high, Integer input, Integer output) {
    ObjectNode json = JSON.objectNode().put("id", "u");
    ObjectNode volume =
        json.putObject("volume").put("unit", unit).put("low", low).put("high", high);
    if (input != null) {
      volume.put("inputTokens", input).put("outputTokens", output);
    }
    return json;
  }

  private static UseCase useCase(
      String unit, double low, double high, Integer input, Integer output) {
    return new UseCase("u", useCaseJson(unit, low, high, input, output));
  }

  private Cost cost(UseCase useCase, Map<String, Double> changes) {
    return cost(useCase, changes, null, Map.of());
  }

  private Cost cost(
      UseCase useCase,
      Map<String, Double> changes,
      String hosting,
      Map<String, String> purchasePrices) {
    Fixtures.write(root, Kind.OFFERING, offering);
    LoadResult result = new CatalogueLoader().load(root);
    assertTrue(result.ok(), () -> result.problems().toString());
    Snapshot snapshot = Snapshot.of(result.catalogue());
    Entity entity = snapshot.catalogue().find(Kind.OFFERING, "api").orElseThrow();
    Option option = Option.of(snapshot, entity, "host");
    Profile profile = profile(purchasePrices);
    CostInputs inputs = CostInputs.of(profile, useCase, changes, hosting, null);
    return CostModel.of(option, option.models().get(0), inputs);
  }

  static Profile profile(Map<String, String> purchasePrices) {
    try {
      // Read back as the loader would, so fixture values are plain JSON numbers.
      ObjectNode json =
          (ObjectNode) new ObjectMapper().readTree(profileJson(purchasePrices).toString());
      return Profile.of(new Entity(Kind.PROFILE, "p", json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A cost model with round numbers, so each expected figure can be worked out by hand. */
  static ObjectNode profileJson(Map<String, String> purchasePrices) {
    ObjectNode json = JSON.objectNode().put("id", "p").put("version", "1.0.0");
    json.putObject("weights").put("openness", 1);
    json.putArray("knockOuts");
    ObjectNode costs = json.putObject("costs");
    costs.put("currency", "EUR").put("hosting", "rent");
    costs.set("vatPercent", Fixtures.fact(21));
    costs.putObject("exchangeRates").set("USD", Fixtures.fact(0.9));
    costs.set("termMonths", Fixtures.fact(12));
    costs.set("hoursPerMonth", Fixtures.fact(730));
    costs.set("depreciationYears", Fixtures.fact(5));
    costs.set("energyPricePerKwh", Fixtures.fact(0.2));
    costs.set("pue", Fixtures.fact(1.2));
    costs.set("gridCarbonIntensity", Fixtures.fact(300));
    costs.set("operationsHoursPerMonth", Fixtures.fact(10));
    costs.set("hourlyRate", Fixtures.fact(80));
    ArrayNode gpus = costs.putArray("gpus");
    gpus.add(gpu("l4", "NVIDIA L4", 24, 72, 1.1, purchasePrices.getOrDefault("l4", "15000")));
    gpus.add(
        gpu("h100", "NVIDIA H100", 80, 700, 2.5, purchasePrices.getOrDefault("h100", "30000")));
    costs
        .putObject("priceQuality")
        .put("method", "fictitious-discount")
        .set("euroPerPoint", Fixtures.fact(100));
    return json;
  }

  private static ObjectNode gpu(
      String id, String name, double memory, double watts, double rent, String purchase) {
    ObjectNode gpu = JSON.objectNode().put("id", id).put("name", name).put("memoryGb", memory);
    gpu.set("powerWatts", Fixtures.fact(watts));
    gpu.set("rentPerHour", Fixtures.fact(rent));
    gpu.set(
        "purchasePrice",
        Fixtures.fact(purchase.equals("unknown") ? "unknown" : Double.parseDouble(purchase)));
    return gpu;
  }

  private static String text(List<Reason> reasons) {
    return String.join(" | ", reasons.stream().map(Reason::en).toList());
  }
}
