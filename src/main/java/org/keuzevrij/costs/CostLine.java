package org.keuzevrij.costs;

import java.util.ArrayList;
import java.util.List;
import org.keuzevrij.catalogue.Reason;

/**
 * One line of a cost over the contract term (or of an energy or emissions estimate): the product of
 * its factors, for the low and the high volume.
 *
 * @param part what it pays for: {@code usage}, {@code fees}, {@code capacity}, {@code hardware},
 *     {@code energy}, {@code staff}; or {@code kwh} and {@code co2e} for the footprint
 * @param label what it is, with the price or fact it rests on
 * @param source the URL of the price list or fact the constant comes from, or null
 */
public record CostLine(String part, Reason label, List<Factor> factors, String source) {

  public CostLine {
    factors = List.copyOf(factors);
  }

  /** The line's figure at the low or high volume; null when an input it reads is unknown. */
  public Double value(CostInputs inputs, boolean high) {
    double value = 1;
    for (Factor factor : factors) {
      String input = factor.inputFor(high);
      Double number = input == null ? factor.constant() : inputs.value(input);
      // An unknown number makes the whole line unknown: never zero, never free.
      if (number == null) {
        return null;
      }
      value = factor.divide() ? value / number : value * number;
    }
    return value;
  }

  public Double low(CostInputs inputs) {
    return value(inputs, false);
  }

  public Double high(CostInputs inputs) {
    return value(inputs, true);
  }

  /** The inputs this line reads that nobody knows, by id. */
  public List<String> unknownInputs(CostInputs inputs) {
    List<String> unknown = new ArrayList<>();
    for (Factor factor : factors) {
      for (boolean high : new boolean[] {false, true}) {
        String input = factor.inputFor(high);
        if (input != null && !inputs.input(input).known() && !unknown.contains(input)) {
          unknown.add(input);
        }
      }
    }
    return unknown;
  }

  /** Whether the line grows with the volume. */
  public boolean perVolume() {
    return factors.stream().anyMatch(f -> Factor.VOLUME.equals(f.input()));
  }
}
