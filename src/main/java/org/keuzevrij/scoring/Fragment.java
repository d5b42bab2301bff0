package org.keuzevrij.scoring;

import java.util.List;

/**
 * A finished, immutable piece of a scorecard: the points, maximum, lines, evidence and unknowns one part of a rubric
 * gave, e.g. everything one model earned under a criterion. A scorecard merges it as if the part had been scored in
 * place.
 *
 * @param explained whether it keeps lines, evidence and unknowns; a fragment made for ranking keeps only the points
 */
public record Fragment(double points, double max, boolean explained, List<Line> lines, List<Evidence> evidence,
    List<Unknown> unknowns) {

  public Fragment {
    lines = List.copyOf(lines);
    evidence = List.copyOf(evidence);
    unknowns = List.copyOf(unknowns);
  }
}
