package org.keuzevrij.checklist.clauses;

import java.util.EnumMap;
import java.util.Map;

/** Every condition's answer for one case, computed once so that all clauses read the same facts. */
public final class Findings {

  private final Map<Condition, Finding> findings = new EnumMap<>(Condition.class);

  private Findings() {}

  public static Findings of(ProcurementCase procurementCase) {
    Findings result = new Findings();
    for (Condition condition : Condition.values()) {
      result.findings.put(condition, condition.check(procurementCase));
    }
    return result;
  }

  /** For tests and benchmarks: findings set by hand. */
  static Findings of(Map<Condition, Finding> given) {
    Findings result = new Findings();
    result.findings.putAll(given);
    return result;
  }

  public Finding get(Condition condition) {
    return findings.get(condition);
  }

  public Truth truth(Condition condition) {
    return findings.get(condition).truth();
  }
}
