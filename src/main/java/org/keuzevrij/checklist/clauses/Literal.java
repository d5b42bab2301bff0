package org.keuzevrij.checklist.clauses;

/**
 * One condition as it appears in an expression, possibly negated: "hosted" or "not
 * weightsAvailable". It is what a why-text names: the condition, what the rule wanted and what the
 * case has.
 */
public record Literal(Condition condition, boolean wanted) {

  /** Whether the case meets this literal: true, false, or unknown when the fact is unknown. */
  public Truth on(Findings findings) {
    Truth truth = findings.truth(condition);
    return wanted ? truth : truth.not();
  }

  public Literal negated() {
    return new Literal(condition, !wanted);
  }
}
