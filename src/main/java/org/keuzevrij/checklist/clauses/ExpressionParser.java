package org.keuzevrij.checklist.clauses;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keuzevrij.catalogue.Problem;

/**
 * Reads trigger and priority-rule expressions from clause files, naming every unknown condition
 * with its pointer.
 */
final class ExpressionParser {

  static final String ALWAYS = "always";

  private final String file;
  private final List<Problem> problems;

  ExpressionParser(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** A trigger: an expression, or "always". Empty when it has problems, which are then recorded. */
  Optional<Expression> trigger(JsonNode node, String pointer) {
    if (node.isTextual() && ALWAYS.equals(node.textValue())) {
      return Optional.of(new Expression.Always());
    }
    return expression(node, pointer);
  }

  Optional<Expression> expression(JsonNode node, String pointer) {
    int before = problems.size();
    Expression expression = parse(node, pointer);
    return problems.size() == before ? Optional.of(expression) : Optional.empty();
  }

  private Expression parse(JsonNode node, String pointer) {
    if (node.isTextual()) {
      Optional<Condition> condition = Condition.fromKey(node.textValue());
      if (condition.isEmpty()) {
        problems.add(
            new Problem(
                file,
                pointer,
                "unknown condition \""
                    + node.textValue()
                    + "\"; known conditions: "
                    + String.join(
                        ", ",
                        java.util.Arrays.stream(Condition.values()).map(Condition::key).toList())
                    + (ALWAYS.equals(node.textValue())
                        ? " (\"always\" may only stand alone as a whole trigger)"
                        : "")));
      }
      return condition.map(Expression.Is::new).orElse(null);
    }
    if (node.isObject() && node.size() == 1) {
      String operator = node.fieldNames().next();
      JsonNode operand = node.get(operator);
      String at = pointer + "/" + operator;
      switch (operator) {
        case "not":
          return new Expression.Not(parse(operand, at));
        case "allOf":
          return new Expression.AllOf(operands(operand, at));
        case "anyOf":
          return new Expression.AnyOf(operands(operand, at));
        default:
          break;
      }
    }
    problems.add(
        new Problem(
            file,
            pointer,
            "expected a condition name or an object with exactly one of \"allOf\", \"anyOf\", \"not\""));
    return null;
  }

  private List<Expression> operands(JsonNode array, String pointer) {
    List<Expression> operands = new ArrayList<>();
    if (!array.isArray() || array.size() < 2) {
      problems.add(new Problem(file, pointer, "expected a list of at least two expressions"));
      return operands;
    }
    for (int i = 0; i < array.size(); i++) {
      operands.add(parse(array.get(i), pointer + "/" + i));
    }
    return operands;
  }
}
