package org.keuzevrij.costs;

import java.util.List;
import org.keuzevrij.catalogue.Reason;

/**
 * What one option costs over the contract term for the use case's volume, broken down into lines
 * that each rest on a price or a parameter, with the parts nobody knows as questions. The total is
 * known only when every part is: an unknown part never counts as free.
 *
 * @param model the id of the model priced: the one that counted for fitness
 * @param questions what must be asked (of the supplier, or of the city) before the cost is known
 * @param assumptions what the figures take for granted
 * @param footprint the energy (kWh) and emissions (kg CO2e) estimate over the term, empty when it
 *     cannot be estimated
 * @param footprintUnknown why there is no estimate, or null
 */
public record Cost(
    String model,
    String modelName,
    CostInputs inputs,
    List<CostLine> lines,
    List<Reason> questions,
    List<Reason> assumptions,
    List<CostLine> footprint,
    Reason footprintUnknown) {

  public Cost {
    lines = List.copyOf(lines);
    questions = List.copyOf(questions);
    assumptions = List.copyOf(assumptions);
    footprint = List.copyOf(footprint);
  }

  /** Whether every part of the cost is known. */
  public boolean known() {
    return questions.isEmpty()
        && !lines.isEmpty()
        && lines.stream().allMatch(l -> l.low(inputs) != null && l.high(inputs) != null);
  }

  /** The total at the low volume, or null when a part is unknown. */
  public Double low() {
    return known() ? sum(false) : null;
  }

  public Double high() {
    return known() ? sum(true) : null;
  }

  /** The middle of the range, what price against quality compares. */
  public Double middle() {
    return known() ? (sum(false) + sum(true)) / 2 : null;
  }

  /** The sum of the parts that are known, at the low volume: what it costs at least. */
  public double knownLow() {
    return sum(false);
  }

  private double sum(boolean high) {
    double sum = 0;
    for (CostLine line : lines) {
      Double value = line.value(inputs, high);
      sum += value == null ? 0 : value;
    }
    return sum;
  }

  /** The line of the footprint for {@code part} ({@code kwh}, {@code co2e}), or null. */
  public CostLine footprint(String part) {
    return footprint.stream().filter(l -> l.part().equals(part)).findFirst().orElse(null);
  }
}
