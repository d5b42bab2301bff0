package org.keuzevrij.costs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Reason;
import org.keuzevrij.scoring.Fact;
import org.keuzevrij.scoring.Numbers;
import org.keuzevrij.scoring.Option;

/**
 * Works out an option's cost over the term. A hosted offering costs what its price list says for
 * the model at the use case's volume (of several lines in one unit for a model, the first counts:
 * lists put a model's main variant, or the plan that applies, first); a model the city runs itself
 * costs GPUs (rented by the hour, or bought and written off, then with their energy), staff time,
 * and any licence fee its price list names. Every line is a product of prices and parameters
 * ({@link CostLine}), so the same lines become the workbook's formulas.
 */
public final class CostModel {

  static final String TOKENS_IN = "million-input-tokens";
  static final String TOKENS_OUT = "million-output-tokens";
  static final String MONTH = "month";
  private static final Map<String, String> PER_UNIT =
      Map.of("pages", "page", "images", "image", "audio-hours", "audio-hour");
  private static final double MILLION = 1_000_000;

  private final Option option;
  private final Entity model;
  private final CostInputs inputs;
  private final List<CostLine> lines = new ArrayList<>();
  private final List<Reason> questions = new ArrayList<>();
  private final List<Reason> assumptions = new ArrayList<>();
  private final List<CostLine> footprint = new ArrayList<>();
  private Reason footprintUnknown;

  private CostModel(Option option, Entity model, CostInputs inputs) {
    this.option = option;
    this.model = model;
    this.inputs = inputs;
  }

  /** The cost of running {@code model} as {@code option} offers it. */
  public static Cost of(Option option, Entity model, CostInputs inputs) {
    CostModel cost = new CostModel(option, model, inputs);
    if (option.selfHosted()) {
      cost.selfHosted();
    } else {
      cost.hosted();
    }
    cost.term();
    return new Cost(
        model.id(),
        model.name(),
        inputs,
        cost.lines,
        cost.questions,
        cost.assumptions,
        cost.footprint,
        cost.footprintUnknown);
  }

  private void hosted() {
    List<JsonNode> prices = prices();
    if (prices == null) {
      return;
    }
    footprintUnknown =
        Reason.of(
            "Energie per verzoek onbekend: vraag het de leverancier (zie ENV-01)",
            "Energy per request unknown: ask the supplier (see ENV-01)");
    if (prices.isEmpty()) {
      questions.add(
          Reason.of(
              "Wat rekent "
                  + offeringName()
                  + " voor "
                  + model.name()
                  + "? De prijslijst in de catalogus noemt er geen prijs voor.",
              "What does "
                  + offeringName()
                  + " charge for "
                  + model.name()
                  + "? Its price list in the catalogue names no price for it."));
      return;
    }
    String perUnit = inputs.unit() == null ? null : PER_UNIT.get(inputs.unit());
    List<JsonNode> usage = withUnit(prices, perUnit);
    if (!usage.isEmpty()) {
      usage(usage.get(0), Factor.times(Factor.VOLUME));
    } else if (!withUnit(prices, TOKENS_IN).isEmpty() || !withUnit(prices, TOKENS_OUT).isEmpty()) {
      tokens(prices, TOKENS_IN, Parameter.INPUT_TOKENS);
      tokens(prices, TOKENS_OUT, Parameter.OUTPUT_TOKENS);
    } else if (!capacity(prices)) {
      if (withUnit(prices, MONTH).isEmpty()) {
        questions.add(
            Reason.of(
                "Welke prijs rekent "
                    + offeringName()
                    + " voor "
                    + model.name()
                    + " per "
                    + unitNl()
                    + "? De prijslijst in de catalogus noemt geen prijs in die eenheid.",
                "What does "
                    + offeringName()
                    + " charge for "
                    + model.name()
                    + " per "
                    + unitEn()
                    + "? The catalogue's price list gives no price in that unit."));
      }
    }
    withUnit(prices, MONTH).stream().findFirst().ifPresent(this::monthly);
  }

  /** The price lines for the model; null (with a question) when none were researched. */
  private List<JsonNode> prices() {
    JsonNode all = option.offering().json().path("prices");
    if (!all.isArray()) {
      questions.add(
          Reason.of(
              "Wat zijn de prijzen van "
                  + offeringName()
                  + "? De catalogus heeft ze nog niet onderzocht.",
              "What are the prices of "
                  + offeringName()
                  + "? The catalogue has not researched them yet."));
      return null;
    }
    List<JsonNode> applicable = new ArrayList<>();
    for (JsonNode price : all) {
      JsonNode models = price.path("models");
      boolean applies = !models.isArray();
      for (JsonNode id : models) {
        applies |= id.asText().equals(model.id());
      }
      if (applies) {
        applicable.add(price);
      }
    }
    return applicable;
  }

  private static List<JsonNode> withUnit(List<JsonNode> prices, String unit) {
    return prices.stream().filter(p -> p.path("unit").asText().equals(unit)).toList();
  }

  private void tokens(List<JsonNode> prices, String unit, Parameter tokensPerUnit) {
    List<JsonNode> matching = withUnit(prices, unit);
    if (matching.isEmpty()) {
      askPrice(unit, "", "", null);
      return;
    }
    usage(
        matching.get(0),
        Factor.times(Factor.VOLUME),
        Factor.times(tokensPerUnit.id()),
        Factor.per(MILLION));
  }

  /** A line for usage: the volume-based factors times the price, converted. */
  private void usage(JsonNode price, Factor... quantity) {
    List<Factor> factors = new ArrayList<>(List.of(quantity));
    priced(price, "usage", factors);
  }

  private void monthly(JsonNode price) {
    priced(price, "fees", new ArrayList<>());
  }

  /**
   * A dedicated instance with enough GPU memory for the model, the cheapest the list offers,
   * running the profile's hours; false when the list has no such prices.
   */
  private boolean capacity(List<JsonNode> prices) {
    List<JsonNode> instances = new ArrayList<>(withUnit(prices, "endpoint-hour"));
    instances.addAll(withUnit(prices, "gpu-hour"));
    if (instances.isEmpty()) {
      return false;
    }
    Double needed = gpuMemory();
    JsonNode cheapest = null;
    for (JsonNode instance : instances) {
      JsonNode amount = instance.path("amount");
      // An hourly price that names no GPU memory is for whatever the supplier runs the model on.
      boolean big =
          !instance.has("gpuMemoryGb")
              || needed != null && instance.path("gpuMemoryGb").doubleValue() >= needed;
      if (big
          && amount.isNumber()
          && (cheapest == null || amount.doubleValue() < cheapest.path("amount").doubleValue())) {
        cheapest = instance;
      }
    }
    if (cheapest == null) {
      questions.add(
          Reason.of(
              needed == null
                  ? "Hoeveel GPU-geheugen heeft "
                      + model.name()
                      + " nodig? Zonder dat is niet te kiezen welke instantie van "
                      + offeringName()
                      + " het draagt."
                  : "Welke instantie van "
                      + offeringName()
                      + " met ten minste "
                      + Numbers.nl(needed)
                      + " GB GPU-geheugen is er, en wat kost die per uur?",
              needed == null
                  ? "How much GPU memory does "
                      + model.name()
                      + " need? Without it, no instance of "
                      + offeringName()
                      + " can be chosen."
                  : "Which instance of "
                      + offeringName()
                      + " has at least "
                      + Numbers.en(needed)
                      + " GB of GPU memory, and what does it cost per hour?"));
      return true;
    }
    assumptions.add(
        Reason.of(
            "Eén toegewijde instantie, "
                + "alle draaiuren aan; of die het hoge volume aankan is niet nagegaan",
            "One dedicated instance, on for all running hours; whether it carries the high volume"
                + " is not checked"));
    priced(
        cheapest,
        "capacity",
        new ArrayList<>(List.of(Factor.times(Parameter.HOURS_PER_MONTH.id()))));
    return true;
  }

  /**
   * Adds a line for a price: the given factors, times the amount converted to the cost model's
   * currency and without VAT, times the term (added last, by {@link #term()}).
   */
  private void priced(JsonNode price, String part, List<Factor> factors) {
    String unit = price.path("unit").asText();
    JsonNode amount = price.path("amount");
    if (!amount.isNumber()) {
      boolean notDisclosed = Facts.NOT_DISCLOSED.equals(price.path("unknownReason").asText(""));
      askPrice(
          unit,
          notDisclosed ? " De openbare prijslijst noemt het niet." : "",
          notDisclosed ? " The public price list does not say." : "",
          price.path("source").asText(null));
      return;
    }
    String currency = price.path("currency").asText();
    String shown = currency + " " + Numbers.en(amount.doubleValue());
    factors.add(Factor.times(amount.doubleValue()));
    if (!currency.equals(inputs.currency())) {
      factors.add(Factor.times(Parameter.RATE + currency));
    }
    JsonNode vat = price.path("vatIncluded");
    if (vat.isBoolean() && vat.booleanValue()) {
      factors.add(Factor.per(CostInputs.VAT_DIVISOR));
    } else if (!vat.isBoolean()) {
      assumptions.add(
          Reason.of(
              offeringName()
                  + ": de prijslijst zegt niet of de btw erin zit; gerekend als zonder btw (de"
                  + " hoogste kosten)",
              offeringName()
                  + ": the price list does not say whether VAT is included; taken as without VAT"
                  + " (the higher cost)"));
    }
    String models = model.name();
    lines.add(
        new CostLine(
            part,
            Reason.of(
                PriceUnits.labelNl(unit)
                    + ": "
                    + shown.replace('.', ',')
                    + " "
                    + PriceUnits.nl(unit)
                    + " ("
                    + models
                    + ")",
                PriceUnits.labelEn(unit)
                    + ": "
                    + shown
                    + " "
                    + PriceUnits.en(unit)
                    + " ("
                    + models
                    + ")"),
            factors,
            price.path("source").asText(null)));
  }

  private void selfHosted() {
    Double needed = gpuMemory();
    Gpu gpu = null;
    int count = 0;
    boolean buy = CostInputs.BUY.equals(inputs.hosting());
    if (needed != null) {
      double best = Double.MAX_VALUE;
      for (Gpu candidate : inputs.gpus()) {
        Input price = buy ? candidate.purchasePrice() : candidate.rentPerHour();
        int n = candidate.countFor(needed);
        if (price.known() && n * price.value() < best) {
          best = n * price.value();
          gpu = candidate;
          count = n;
        }
      }
    }
    if (gpu == null) {
      questions.add(
          needed == null
              ? Reason.of(
                  "Hoeveel GPU-geheugen heeft "
                      + model.name()
                      + " nodig? Zonder dat zijn de hardwarekosten niet te schatten.",
                  "How much GPU memory does "
                      + model.name()
                      + " need? Without it, the hardware cost cannot be estimated.")
              : Reason.of(
                  "Het kostenmodel van het profiel heeft geen GPU met een bekende "
                      + (buy ? "aanschafprijs" : "huurprijs")
                      + ": vul die in",
                  "The profile's cost model has no GPU with a known "
                      + (buy ? "purchase price" : "rent")
                      + ": fill it in"));
      footprintUnknown =
          Reason.of(
              "Zonder GPU-keuze geen schatting van energie en uitstoot",
              "Without a choice of GPU, no energy or emissions estimate");
    } else {
      hardware(gpu, count, needed, buy);
    }
    line(
        "staff",
        "Beheer: uren per maand × uurtarief",
        "Operations: hours per month × hourly rate",
        inputs.input(Parameter.HOURLY_RATE.id()).source(),
        Factor.times(Parameter.OPERATIONS_HOURS.id()),
        Factor.times(Parameter.HOURLY_RATE.id()));
    JsonNode prices = option.offering().json().path("prices");
    if (prices.isArray()) {
      List<JsonNode> own = prices();
      withUnit(own, MONTH).stream().findFirst().ifPresent(this::monthly);
    } else {
      questions.add(
          Reason.of(
              "Zijn er licentiekosten voor "
                  + offeringName()
                  + "? De catalogus heeft geen prijzen.",
              "Are there licence fees for "
                  + offeringName()
                  + "? The catalogue has no prices for it."));
    }
  }

  private void hardware(Gpu gpu, int count, double needed, boolean buy) {
    String what = count + " × " + gpu.name();
    String memory =
        " ("
            + Numbers.en(needed)
            + " GB "
            + "needed, "
            + Numbers.en(count * gpu.memoryGb())
            + " GB)";
    if (buy) {
      line(
          "hardware",
          "GPU's gekocht: "
              + what
              + memory.replace("needed", "nodig")
              + ", afgeschreven over de afschrijvingstermijn",
          "GPUs bought: " + what + memory + ", written off over the write-off period",
          gpu.purchasePrice().source(),
          Factor.times((double) count),
          Factor.times(gpu.purchasePrice().id()),
          Factor.per(Parameter.DEPRECIATION_YEARS.id()),
          Factor.per(12));
      List<Factor> energy = kwhPerMonth(gpu, count);
      energy.add(Factor.times(Parameter.ENERGY_PRICE.id()));
      lines.add(
          new CostLine(
              "energy",
              Reason.of(
                  "Stroom: vermogen × draaiuren × PUE × stroomprijs",
                  "Electricity: power draw × running hours × PUE × price"),
              energy,
              gpu.powerWatts().source()));
    } else {
      line(
          "hardware",
          "GPU's gehuurd: " + what + memory.replace("needed", "nodig") + " × draaiuren",
          "GPUs rented: " + what + memory + " × running hours",
          gpu.rentPerHour().source(),
          Factor.times((double) count),
          Factor.times(gpu.rentPerHour().id()),
          Factor.times(Parameter.HOURS_PER_MONTH.id()));
      // Listed all the same, so the breakdown shows where electricity went rather than leaving
      // it out.
      line(
          "energy",
          "Stroom: inbegrepen in de huurprijs van de GPU's",
          "Electricity: included in the GPUs' rent",
          gpu.rentPerHour().source(),
          Factor.times(0.0));
    }
    if (!gpu.powerWatts().known()) {
      if (buy) {
        questions.add(
            Reason.of(
                "Wat is het vermogen van de "
                    + gpu.name()
                    + "? Zonder dat is de stroom niet te schatten.",
                "What is the power draw of the "
                    + gpu.name()
                    + "? Without it, the electricity cannot be estimated."));
      }
      footprintUnknown =
          Reason.of(
              "Het vermogen van de " + gpu.name() + " is onbekend",
              "The power draw of the " + gpu.name() + " is unknown");
      return;
    }
    footprint.add(
        new CostLine(
            "kwh",
            Reason.of(
                "Energie (schatting): " + what + " × vermogen × draaiuren × PUE",
                "Energy (estimate): " + what + " × power draw × running hours × PUE"),
            kwhPerMonth(gpu, count),
            gpu.powerWatts().source()));
    List<Factor> co2 = kwhPerMonth(gpu, count);
    co2.add(Factor.times(Parameter.GRID_INTENSITY.id()));
    co2.add(Factor.per(1000));
    footprint.add(
        new CostLine(
            "co2e",
            Reason.of(
                "Uitstoot (schatting): energie × CO2-intensiteit van het net",
                "Emissions (estimate): energy × grid carbon intensity"),
            co2,
            inputs.input(Parameter.GRID_INTENSITY.id()).source()));
    assumptions.add(
        Reason.of(
            "Energie en uitstoot zijn een schatting: de GPU's op vol vermogen alle draaiuren,"
                + " zonder de rest van de server",
            "Energy and emissions are an estimate: the GPUs at full power for all running hours,"
                + " without the rest of the server"));
  }

  /** The question for a price of the model in {@code unit} that is not known. */
  private void askPrice(String unit, String moreNl, String moreEn, String source) {
    questions.add(
        Reason.of(
            "Wat kost "
                + model.name()
                + " bij "
                + offeringName()
                + " "
                + PriceUnits.nl(unit)
                + "?"
                + moreNl,
            "What does "
                + model.name()
                + " cost on "
                + offeringName()
                + " "
                + PriceUnits.en(unit)
                + "?"
                + moreEn,
            source));
  }

  /** Adds a line of the given factors, which the term is multiplied in later. */
  private void line(String part, String nl, String en, String source, Factor... factors) {
    lines.add(new CostLine(part, Reason.of(nl, en), new ArrayList<>(List.of(factors)), source));
  }

  /** kWh per month: GPUs × watts / 1000 × hours × PUE. */
  private List<Factor> kwhPerMonth(Gpu gpu, int count) {
    return new ArrayList<>(
        List.of(
            Factor.times((double) count),
            Factor.times(gpu.powerWatts().id()),
            Factor.per(1000),
            Factor.times(Parameter.HOURS_PER_MONTH.id()),
            Factor.times(Parameter.PUE.id())));
  }

  /** Every line is per month until here: over the term, each is multiplied by its months. */
  private void term() {
    List<CostLine> monthly = List.copyOf(lines);
    lines.clear();
    monthly.forEach(line -> lines.add(overTerm(line)));
    List<CostLine> perMonth = List.copyOf(footprint);
    footprint.clear();
    perMonth.forEach(line -> footprint.add(overTerm(line)));
  }

  private static CostLine overTerm(CostLine line) {
    List<Factor> factors = new ArrayList<>(line.factors());
    factors.add(Factor.times(Parameter.TERM_MONTHS.id()));
    return new CostLine(line.part(), line.label(), factors, line.source());
  }

  /** The GPU memory the model needs, from its facts, or null when unknown. */
  private Double gpuMemory() {
    Fact memory = Fact.of(model, "/gpuMemory/gigabytes");
    return memory.unknown() ? null : memory.number();
  }

  private String offeringName() {
    return option.offering().name();
  }

  private String unitNl() {
    return inputs.unit() == null ? "eenheid" : inputs.unit();
  }

  private String unitEn() {
    return inputs.unit() == null ? "unit" : inputs.unit();
  }
}
