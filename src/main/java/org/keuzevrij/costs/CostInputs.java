package org.keuzevrij.costs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keuzevrij.costs.Input.Origin;
import org.keuzevrij.scoring.Profile;
import org.keuzevrij.scoring.UseCase;
import org.keuzevrij.web.Language;

/**
 * Everything a cost is worked out from for one comparison: the use case's volume and term, the
 * profile's cost model, and what the officer changed. A value nobody knows stays null, so a cost
 * resting on it is unknown rather than zero.
 *
 * @param unit the use case's unit of volume ({@code conversations}, {@code pages}, …), or null
 * @param hosting {@code rent} or {@code buy}: how the city gets GPUs for a model it runs itself
 * @param method {@code side-by-side} or {@code fictitious-discount}
 */
public record CostInputs(
    String currency,
    String unit,
    String hosting,
    String method,
    List<Gpu> gpus,
    Map<String, Input> inputs) {

  public static final String RENT = "rent";
  public static final String BUY = "buy";
  public static final String SIDE_BY_SIDE = "side-by-side";
  public static final String FICTITIOUS_DISCOUNT = "fictitious-discount";

  /** Derived: 1 + VAT / 100, what a price including VAT is divided by. */
  public static final String VAT_DIVISOR = "vatDivisor";

  public CostInputs {
    gpus = List.copyOf(gpus);
    inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
  }

  /**
   * The inputs for a use case and profile, with the officer's changes on top.
   *
   * @param changes parameter id to value, already checked to name parameters
   * @param hosting {@code rent}, {@code buy} or null for the profile's choice
   * @param method the price-quality method, or null for the profile's
   */
  public static CostInputs of(
      Profile profile,
      UseCase useCase,
      Map<String, Double> changes,
      String hosting,
      String method) {
    JsonNode costs = profile.entity().json().path("costs");
    JsonNode volume = useCase.json().path("volume");
    Map<String, Input> inputs = new LinkedHashMap<>();
    put(inputs, useCaseNumber(Parameter.VOLUME_LOW, volume.path("low")));
    put(inputs, useCaseNumber(Parameter.VOLUME_HIGH, volume.path("high")));
    put(inputs, useCaseNumber(Parameter.INPUT_TOKENS, volume.path("inputTokens")));
    put(inputs, useCaseNumber(Parameter.OUTPUT_TOKENS, volume.path("outputTokens")));
    Integer contractMonths = contractMonths(useCase);
    put(
        inputs,
        contractMonths != null
            ? new Input(
                Parameter.TERM_MONTHS.id(),
                contractMonths.doubleValue(),
                null,
                "From the use case's contract start and end",
                Origin.USE_CASE)
            : Gpu.fact(Parameter.TERM_MONTHS.id(), costs.path("termMonths")));
    for (Parameter parameter :
        List.of(
            Parameter.HOURS_PER_MONTH,
            Parameter.VAT_PERCENT,
            Parameter.DEPRECIATION_YEARS,
            Parameter.ENERGY_PRICE,
            Parameter.PUE,
            Parameter.GRID_INTENSITY,
            Parameter.OPERATIONS_HOURS,
            Parameter.HOURLY_RATE)) {
      put(inputs, Gpu.fact(parameter.id(), costs.path(parameter.id())));
    }
    put(
        inputs,
        Gpu.fact(Parameter.EURO_PER_POINT.id(), costs.path("priceQuality").path("euroPerPoint")));
    costs
        .path("exchangeRates")
        .fields()
        .forEachRemaining(
            rate -> put(inputs, Gpu.fact(Parameter.RATE + rate.getKey(), rate.getValue())));
    List<Gpu> listed = new ArrayList<>();
    costs.path("gpus").forEach(gpu -> listed.add(Gpu.of(gpu)));
    for (Gpu gpu : listed) {
      put(inputs, gpu.rentPerHour());
      put(inputs, gpu.purchasePrice());
      put(inputs, gpu.powerWatts());
    }
    changes.forEach(
        (id, value) -> {
          Input before = inputs.get(id);
          inputs.put(
              id,
              new Input(
                  id,
                  value,
                  null,
                  before == null || before.value() == null
                      ? "Set for this comparison"
                      : "Set for this comparison instead of " + before.value(),
                  Origin.CHANGED));
        });
    Input vat = inputs.get(Parameter.VAT_PERCENT.id());
    put(
        inputs,
        new Input(
            VAT_DIVISOR,
            vat.known() ? 1 + vat.value() / 100 : null,
            null,
            "1 + VAT / 100",
            Origin.DERIVED));
    // The GPUs with their prices and power as changed, so the choice of GPU follows the changes.
    List<Gpu> gpus = new ArrayList<>();
    for (Gpu gpu : listed) {
      gpus.add(
          new Gpu(
              gpu.id(),
              gpu.name(),
              gpu.memoryGb(),
              inputs.get(gpu.powerWatts().id()),
              inputs.get(gpu.rentPerHour().id()),
              inputs.get(gpu.purchasePrice().id())));
    }
    return new CostInputs(
        costs.path("currency").asText("EUR"),
        volume.path("unit").asText(null),
        hosting != null ? hosting : costs.path("hosting").asText(RENT),
        method != null ? method : costs.path("priceQuality").path("method").asText(SIDE_BY_SIDE),
        gpus,
        inputs);
  }

  public Input input(String id) {
    Input input = inputs.get(id);
    return input != null ? input : new Input(id, null, null, null, Origin.PROFILE);
  }

  public Double value(String id) {
    return input(id).value();
  }

  public Collection<Input> all() {
    return inputs.values();
  }

  /** The name of an input, for the page, the workbook and error messages. */
  public String label(String id, Language language) {
    for (Gpu gpu : gpus) {
      if (id.equals(gpu.rentPerHour().id())) {
        return language.pick("Huur per uur: ", "Rent per hour: ") + gpu.name();
      }
      if (id.equals(gpu.purchasePrice().id())) {
        return language.pick("Aanschafprijs: ", "Purchase price: ") + gpu.name();
      }
      if (id.equals(gpu.powerWatts().id())) {
        return language.pick("Vermogen: ", "Power draw: ") + gpu.name();
      }
    }
    if (id.equals(VAT_DIVISOR)) {
      return language.pick("Btw-deler (1 + btw / 100)", "VAT divisor (1 + VAT / 100)");
    }
    return Parameter.name(id, language);
  }

  /** The unit an input is in. */
  public String unit(String id, Language language) {
    if (id.startsWith(Parameter.RATE)) {
      return currency + " / " + id.substring(Parameter.RATE.length());
    }
    if (id.startsWith(Gpu.PREFIX)) {
      return id.endsWith(".powerWatts")
          ? "W"
          : id.endsWith(".rentPerHour")
              ? currency + language.pick(" per uur", " per hour")
              : currency;
    }
    return Parameter.find(id)
        .map(
            p ->
                p == Parameter.VOLUME_LOW || p == Parameter.VOLUME_HIGH
                    ? (unit == null ? "" : unit)
                    : p.unit(language))
        .orElse("");
  }

  public boolean fictitiousDiscount() {
    return FICTITIOUS_DISCOUNT.equals(method);
  }

  private static void put(Map<String, Input> inputs, Input input) {
    inputs.put(input.id(), input);
  }

  private static Input useCaseNumber(Parameter parameter, JsonNode value) {
    return new Input(
        parameter.id(), value.isNumber() ? value.doubleValue() : null, null, null, Origin.USE_CASE);
  }

  /** Whole months from the contract's start to its end, a month begun counting in full. */
  static Integer contractMonths(UseCase useCase) {
    try {
      String start = useCase.json().path("contractStart").asText(null);
      String end = useCase.json().path("contractEnd").asText(null);
      if (start == null || end == null) {
        return null;
      }
      LocalDate from = LocalDate.parse(start);
      LocalDate to = LocalDate.parse(end);
      long months = ChronoUnit.MONTHS.between(from, to);
      if (from.plusMonths(months).isBefore(to)) {
        months++;
      }
      return months > 0 ? (int) months : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
