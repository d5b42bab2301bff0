package org.keuzevrij.costs;

import java.util.Arrays;
import java.util.Optional;
import org.keuzevrij.web.Language;

/**
 * The numbers of the cost model an officer may change for one comparison, with their names and
 * units. Exchange rates are parameters too, one per currency ({@link #rate}).
 */
public enum Parameter {
  VOLUME_LOW("volumeLow", "Volume per maand, laag", "Volume per month, low", "", ""),
  VOLUME_HIGH("volumeHigh", "Volume per maand, hoog", "Volume per month, high", "", ""),
  INPUT_TOKENS(
      "inputTokens", "Invoertokens per eenheid", "Input tokens per unit", "tokens", "tokens"),
  OUTPUT_TOKENS(
      "outputTokens", "Uitvoertokens per eenheid", "Output tokens per unit", "tokens", "tokens"),
  TERM_MONTHS("termMonths", "Looptijd", "Contract term", "maanden", "months"),
  HOURS_PER_MONTH(
      "hoursPerMonth", "Draaiuren per maand", "Running hours per month", "uur", "hours"),
  VAT_PERCENT("vatPercent", "Btw", "VAT", "%", "%"),
  DEPRECIATION_YEARS(
      "depreciationYears", "Afschrijvingstermijn GPU's", "GPU write-off period", "jaar", "years"),
  ENERGY_PRICE("energyPricePerKwh", "Stroomprijs", "Electricity price", "per kWh", "per kWh"),
  PUE("pue", "PUE van het datacenter", "Data centre PUE", "", ""),
  GRID_INTENSITY(
      "gridCarbonIntensity",
      "CO2-intensiteit van het stroomnet",
      "Grid carbon intensity",
      "g CO2e per kWh",
      "g CO2e per kWh"),
  OPERATIONS_HOURS(
      "operationsHoursPerMonth",
      "Beheeruren per maand",
      "Operations hours per month",
      "uur",
      "hours"),
  HOURLY_RATE("hourlyRate", "Uurtarief beheer", "Staff hourly rate", "per uur", "per hour"),
  EURO_PER_POINT(
      "euroPerPoint",
      "Waarde van een kwaliteitspunt",
      "Value of one quality point",
      "over de looptijd",
      "over the term");

  /** The prefix of an exchange rate's id: {@code rate.USD}. */
  public static final String RATE = "rate.";

  private final String id;
  private final String nl;
  private final String en;
  private final String unitNl;
  private final String unitEn;

  Parameter(String id, String nl, String en, String unitNl, String unitEn) {
    this.id = id;
    this.nl = nl;
    this.en = en;
    this.unitNl = unitNl;
    this.unitEn = unitEn;
  }

  public String id() {
    return id;
  }

  public String label(Language language) {
    return language.pick(nl, en);
  }

  public String unit(Language language) {
    return language.pick(unitNl, unitEn);
  }

  /**
   * The name of a parameter of the list or an exchange rate; other ids (a GPU's) as they are, since
   * only the profile names its GPUs (see {@link CostInputs#label}).
   */
  public static String name(String id, Language language) {
    if (id.startsWith(RATE)) {
      return language.pick("Wisselkoers ", "Exchange rate ") + id.substring(RATE.length());
    }
    return find(id).map(p -> p.label(language)).orElse(id);
  }

  public static Optional<Parameter> find(String id) {
    return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
  }

  private static final java.util.regex.Pattern GPU =
      java.util.regex.Pattern.compile(
          "gpu\\.[a-z0-9]+(-[a-z0-9]+)*\\.(rentPerHour|purchasePrice|powerWatts)");

  /**
   * Whether {@code id} can name a parameter: one of the list, an exchange rate, or a GPU's rent,
   * purchase price or power draw ({@code gpu.h100.purchasePrice}; the profile decides which GPUs
   * exist).
   */
  public static boolean known(String id) {
    return find(id).isPresent()
        || (id.startsWith(RATE) && id.length() == RATE.length() + 3)
        || GPU.matcher(id).matches();
  }
}
