package org.keuzevrij.checklist.clauses;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A trigger or priority rule over the named conditions, as written in a clause file: a condition
 * name, or {@code {"allOf": [...]}}, {@code {"anyOf": [...]}}, {@code {"not": ...}}. Evaluated in
 * three-valued logic, so an unknown fact leaves the result unknown instead of silently false.
 */
public sealed interface Expression {

  Outcome evaluate(Findings findings);

  /** Every condition named anywhere in the expression. */
  List<Condition> conditions();

  /** The trigger of clauses that apply to every contract. */
  record Always() implements Expression {
    @Override
    public Outcome evaluate(Findings findings) {
      return new Outcome(Truth.TRUE, List.of());
    }

    @Override
    public List<Condition> conditions() {
      return List.of();
    }
  }

  record Is(Condition condition) implements Expression {
    @Override
    public Outcome evaluate(Findings findings) {
      return new Outcome(findings.truth(condition), List.of(new Literal(condition, true)));
    }

    @Override
    public List<Condition> conditions() {
      return List.of(condition);
    }
  }

  record Not(Expression operand) implements Expression {
    @Override
    public Outcome evaluate(Findings findings) {
      Outcome inner = operand.evaluate(findings);
      return new Outcome(
          inner.truth().not(), inner.because().stream().map(Literal::negated).toList());
    }

    @Override
    public List<Condition> conditions() {
      return operand.conditions();
    }
  }

  /**
   * False as soon as one operand is false (and then only those are named); otherwise all operands
   * decide.
   */
  record AllOf(List<Expression> operands) implements Expression {
    @Override
    public Outcome evaluate(Findings findings) {
      List<Outcome> outcomes = operands.stream().map(e -> e.evaluate(findings)).toList();
      if (outcomes.stream().anyMatch(o -> o.truth() == Truth.FALSE)) {
        return new Outcome(Truth.FALSE, union(outcomes, Truth.FALSE));
      }
      Truth truth =
          outcomes.stream().anyMatch(o -> o.truth() == Truth.UNKNOWN) ? Truth.UNKNOWN : Truth.TRUE;
      return new Outcome(truth, union(outcomes, null));
    }

    @Override
    public List<Condition> conditions() {
      return operands.stream().flatMap(e -> e.conditions().stream()).distinct().toList();
    }
  }

  /**
   * True as soon as one operand is true (and then only those are named); false only when every
   * operand is.
   */
  record AnyOf(List<Expression> operands) implements Expression {
    @Override
    public Outcome evaluate(Findings findings) {
      List<Outcome> outcomes = operands.stream().map(e -> e.evaluate(findings)).toList();
      if (outcomes.stream().anyMatch(o -> o.truth() == Truth.TRUE)) {
        return new Outcome(Truth.TRUE, union(outcomes, Truth.TRUE));
      }
      if (outcomes.stream().anyMatch(o -> o.truth() == Truth.UNKNOWN)) {
        return new Outcome(Truth.UNKNOWN, union(outcomes, Truth.UNKNOWN));
      }
      return new Outcome(Truth.FALSE, union(outcomes, null));
    }

    @Override
    public List<Condition> conditions() {
      return operands.stream().flatMap(e -> e.conditions().stream()).distinct().toList();
    }
  }

  /**
   * The literals of the outcomes with the given truth (all when null), without repeats, in order.
   */
  private static List<Literal> union(List<Outcome> outcomes, Truth only) {
    LinkedHashSet<Literal> literals = new LinkedHashSet<>();
    for (Outcome outcome : outcomes) {
      if (only == null || outcome.truth() == only) {
        literals.addAll(outcome.because());
      }
    }
    return new ArrayList<>(literals);
  }
}
