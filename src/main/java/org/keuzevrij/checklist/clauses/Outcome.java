package org.keuzevrij.checklist.clauses;

import java.util.List;

/**
 * The value of an expression for one case and the literals that decide it: the ones that make it
 * hold when it is true or unknown, the ones that break it when it is false.
 */
public record Outcome(Truth truth, List<Literal> because) {

  public Outcome {
    because = List.copyOf(because);
  }

  /** Unknown counts as the worst case: a rule that would add obligations is taken as met. */
  public boolean holds() {
    return truth != Truth.FALSE;
  }
}
