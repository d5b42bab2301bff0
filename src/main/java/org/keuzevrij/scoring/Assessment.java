package org.keuzevrij.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one criterion made of one option: a score from 0 to 100 and every line and fact behind it.
 */
public record Assessment(
    String criterion,
    BigDecimal score,
    List<Line> lines,
    List<Evidence> evidence,
    List<Unknown> unknowns) {

  public Assessment {
    lines = List.copyOf(lines);
    evidence = List.copyOf(evidence);
    unknowns = List.copyOf(unknowns);
  }
}
