package org.keuzevrij.checklist.clauses;

import java.util.List;

/**
 * A clause's base priority and the rules that raise or lower it. Unknown facts count as the worst
 * case: a raising rule that is true or unknown applies, a lowering rule only when it is certainly
 * true, and raising beats lowering. A rule may also say what the clause rests on when it applies,
 * e.g. that it is a legal duty once the use is high-risk.
 */
public record PriorityRules(Priority base, List<Rule> rules) {

  public PriorityRules {
    rules = List.copyOf(rules);
  }

  /**
   * Set the priority to {@code set}, and the basis to {@code basis} when that is not null, when
   * {@code when} holds.
   */
  public record Rule(Expression when, Priority set, Basis basis) {}

  /**
   * The priority for one case, the basis a rule set (null when the clause's own stands) and the
   * literals of the rule that decided (empty when the base stands).
   */
  public record Decision(Priority priority, Basis basis, List<Literal> because) {

    public boolean byRule() {
      return !because.isEmpty();
    }
  }

  public Decision decide(Findings findings) {
    Decision raised = null;
    Decision lowered = null;
    for (Rule rule : rules) {
      Outcome outcome = rule.when().evaluate(findings);
      boolean raises = !base.strongerThan(rule.set());
      if (raises
          && outcome.holds()
          && (raised == null || rule.set().strongerThan(raised.priority()))) {
        raised = new Decision(rule.set(), rule.basis(), outcome.because());
      } else if (!raises
          && outcome.truth() == Truth.TRUE
          && (lowered == null || lowered.priority().strongerThan(rule.set()))) {
        lowered = new Decision(rule.set(), rule.basis(), outcome.because());
      }
    }
    if (raised != null) {
      return raised;
    }
    return lowered != null ? lowered : new Decision(base, null, List.of());
  }
}
