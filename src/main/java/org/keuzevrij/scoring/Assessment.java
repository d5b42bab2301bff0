package org.keuzevrij.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What one criterion made of one option: a score from 0 to 100 and every line and fact behind it.
 *
 * @param stakes per unknown fact scored as the worst value, the points of this criterion (out of
 *     100) it could earn if known at its best
 * @param model the id of the one model of the offering that counted, for a criterion that counts
 *     its best or weakest model; null otherwise
 * @param choice how that model was chosen, with every model's points; null where no model counted
 *     or the offering has one
 */
public record Assessment(
    String criterion,
    BigDecimal score,
    List<Line> lines,
    List<Evidence> evidence,
    List<Unknown> unknowns,
    Map<String, Double> stakes,
    String model,
    Choice choice) {

  public Assessment {
    stakes = Map.copyOf(stakes);
    lines = List.copyOf(lines);
    evidence = List.copyOf(evidence);
    unknowns = List.copyOf(unknowns);
  }
}
