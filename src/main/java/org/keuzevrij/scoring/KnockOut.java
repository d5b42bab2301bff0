package org.keuzevrij.scoring;

import java.util.List;

/** A failed knock-out rule: the option is out of the ranking, for the reasons and facts given. */
public record KnockOut(
    String rule,
    String nl,
    String en,
    List<Line> reasons,
    List<Evidence> evidence,
    List<Unknown> unknowns) {

  public KnockOut {
    reasons = List.copyOf(reasons);
    evidence = List.copyOf(evidence);
    unknowns = List.copyOf(unknowns);
  }
}
