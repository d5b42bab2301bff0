package org.keuzevrij.checklist.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Three-valued triggers and priority rules")
class WorstCaseLogicTest {

  private static Findings findings(Truth hosted, Truth personal, Truth weights) {
    Map<Condition, Finding> given = new EnumMap<>(Condition.class);
    given.put(Condition.HOSTED, new Finding(hosted, "", ""));
    given.put(Condition.PERSONAL_DATA, new Finding(personal, "", ""));
    given.put(Condition.WEIGHTS_AVAILABLE, new Finding(weights, "", ""));
    return Findings.of(given);
  }

  private static final Expression HOSTED = new Expression.Is(Condition.HOSTED);
  private static final Expression PERSONAL = new Expression.Is(Condition.PERSONAL_DATA);
  private static final Expression WEIGHTS = new Expression.Is(Condition.WEIGHTS_AVAILABLE);

  @Test
  @DisplayName("an unknown fact leaves a trigger unknown, which counts as met, also under not")
  void unknownHolds() {
    Findings f = findings(Truth.TRUE, Truth.UNKNOWN, Truth.UNKNOWN);
    Outcome all = new Expression.AllOf(List.of(HOSTED, PERSONAL)).evaluate(f);
    assertEquals(Truth.UNKNOWN, all.truth());
    assertEquals(true, all.holds());
    assertEquals(
        List.of(new Literal(Condition.HOSTED, true), new Literal(Condition.PERSONAL_DATA, true)),
        all.because());
    Outcome noWeights = new Expression.Not(WEIGHTS).evaluate(f);
    assertEquals(
        Truth.UNKNOWN, noWeights.truth(), "weights unknown: the city may not be able to get them");
    assertEquals(List.of(new Literal(Condition.WEIGHTS_AVAILABLE, false)), noWeights.because());
  }

  @Test
  @DisplayName(
      "names only the operands that decide: the false ones of a failed allOf, the true ones of anyOf")
  void decisiveLiterals() {
    Findings f = findings(Truth.FALSE, Truth.TRUE, Truth.UNKNOWN);
    Outcome all = new Expression.AllOf(List.of(HOSTED, PERSONAL)).evaluate(f);
    assertEquals(Truth.FALSE, all.truth());
    assertEquals(List.of(new Literal(Condition.HOSTED, true)), all.because());
    Outcome any = new Expression.AnyOf(List.of(HOSTED, PERSONAL, WEIGHTS)).evaluate(f);
    assertEquals(Truth.TRUE, any.truth());
    assertEquals(
        List.of(new Literal(Condition.PERSONAL_DATA, true)),
        any.because(),
        "a known yes needs no assumption");
    Outcome none = new Expression.AnyOf(List.of(HOSTED, new Expression.Not(PERSONAL))).evaluate(f);
    assertEquals(Truth.FALSE, none.truth());
    assertEquals(
        List.of(new Literal(Condition.HOSTED, true), new Literal(Condition.PERSONAL_DATA, false)),
        none.because());
  }

  @Test
  @DisplayName("an unknown fact raises a priority but never lowers it; raising beats lowering")
  void priorityWorstCase() {
    PriorityRules rules =
        new PriorityRules(
            Priority.SHOULD,
            List.of(
                new PriorityRules.Rule(PERSONAL, Priority.MUST, Basis.LEGAL_DUTY),
                new PriorityRules.Rule(HOSTED, Priority.COULD, null)));
    PriorityRules.Decision unknown = rules.decide(findings(Truth.TRUE, Truth.UNKNOWN, Truth.TRUE));
    assertEquals(Priority.MUST, unknown.priority());
    assertEquals(Basis.LEGAL_DUTY, unknown.basis());
    assertEquals(
        Priority.COULD, rules.decide(findings(Truth.TRUE, Truth.FALSE, Truth.TRUE)).priority());
    PriorityRules lowerOnly =
        new PriorityRules(
            Priority.SHOULD, List.of(new PriorityRules.Rule(PERSONAL, Priority.COULD, null)));
    PriorityRules.Decision kept = lowerOnly.decide(findings(Truth.TRUE, Truth.UNKNOWN, Truth.TRUE));
    assertEquals(
        Priority.SHOULD, kept.priority(), "an unknown fact must not make a clause less important");
    assertEquals(false, kept.byRule());
  }
}
