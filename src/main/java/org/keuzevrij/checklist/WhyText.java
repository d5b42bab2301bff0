package org.keuzevrij.checklist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.keuzevrij.checklist.clauses.Clause;
import org.keuzevrij.checklist.clauses.Condition;
import org.keuzevrij.checklist.clauses.Expression;
import org.keuzevrij.checklist.clauses.Findings;
import org.keuzevrij.checklist.clauses.Literal;
import org.keuzevrij.checklist.clauses.Outcome;
import org.keuzevrij.checklist.clauses.PriorityRules;
import org.keuzevrij.checklist.clauses.Truth;
import org.keuzevrij.web.Language;

/**
 * Writes the why of a checklist row from the conditions that actually decided it, never a generic
 * reason: which conditions made the clause apply, which rule set its priority, and which of those
 * facts were assumed.
 */
final class WhyText {

  private final Findings findings;
  private final Language language;

  WhyText(Findings findings, Language language) {
    this.findings = findings;
    this.language = language;
  }

  String applies(Clause clause, Outcome trigger, PriorityRules.Decision priority) {
    return applies(trigger, priority, true);
  }

  /**
   * The why without the facts' details and where to confirm them: "Applies because: Hosted: yes." A
   * workbook lists each fact once with its detail instead of on every row it decides.
   */
  String brief(Outcome trigger, PriorityRules.Decision priority) {
    return applies(trigger, priority, false);
  }

  private String applies(Outcome trigger, PriorityRules.Decision priority, boolean details) {
    StringBuilder why = new StringBuilder();
    if (trigger.because().isEmpty()) {
      why.append(language.pick("Geldt voor elk contract.", "Applies to every contract."));
    } else {
      why.append(language.pick("Van toepassing omdat: ", "Applies because: "))
          .append(literals(trigger.because(), details))
          .append('.');
    }
    if (priority.byRule()) {
      why.append(' ')
          .append(language.pick("Prioriteit ‘", "Priority ‘"))
          .append(priority.priority().label(language))
          .append('’');
      if (priority.basis() != null) {
        why.append(" (").append(priority.basis().label(language)).append(')');
      }
      why.append(language.pick(" vanwege: ", " because of: "))
          .append(literals(priority.because(), false))
          .append('.');
    }
    List<Condition> assumed = assumed(trigger.because(), priority.because());
    if (!assumed.isEmpty()) {
      why.append(' ')
          .append(
              language.pick(
                  "Onbekend, daarom als slechtste geval aangenomen: ",
                  "Unknown, so assumed as the worst case: "));
      why.append(
              assumed.stream()
                  .map(
                      c ->
                          details
                              ? c.label(language) + " (" + c.confirm().label(language) + ")"
                              : c.label(language))
                  .collect(Collectors.joining("; ")))
          .append('.');
    }
    return why.toString();
  }

  /** Why a clause does not apply, with the details of the facts. */
  String failed(Outcome trigger) {
    return language.pick("Niet van toepassing omdat: ", "Does not apply because: ")
        + literals(trigger.because(), true)
        + '.';
  }

  /**
   * The facts that make a clause not apply, without their details, for a column headed "why not" on
   * a sheet of clauses that do not apply: "High risk: no."
   */
  String briefFailed(Outcome trigger) {
    return literals(trigger.because(), false) + '.';
  }

  /**
   * The conditions an assumption rests on: literals with an unknown answer, in order, without
   * repeats.
   */
  List<Condition> assumed(List<Literal> trigger, List<Literal> priority) {
    Set<Condition> conditions = new LinkedHashSet<>();
    for (List<Literal> literals : List.of(trigger, priority)) {
      for (Literal literal : literals) {
        if (findings.truth(literal.condition()) == Truth.UNKNOWN) {
          conditions.add(literal.condition());
        }
      }
    }
    return new ArrayList<>(conditions);
  }

  /**
   * "Hosted: yes (shared API run by OpenAI); Personal data: yes (...)", details only where asked
   * for.
   */
  private String literals(List<Literal> literals, boolean withDetail) {
    Set<Condition> seen = new LinkedHashSet<>();
    List<String> parts = new ArrayList<>();
    for (Literal literal : literals) {
      if (!seen.add(literal.condition())) {
        continue;
      }
      var finding = findings.get(literal.condition());
      String part = literal.condition().label(language) + ": " + finding.truth().label(language);
      parts.add(
          withDetail && !finding.detail(language).isEmpty()
              ? part + " (" + finding.detail(language) + ")"
              : part);
    }
    return String.join("; ", parts);
  }

  /** A trigger in words, e.g. "Hosted and (Personal data or Business-critical)". */
  String describe(Expression expression) {
    if (expression instanceof Expression.Always) {
      return language.pick("altijd", "always");
    }
    if (expression instanceof Expression.Is is) {
      return is.condition().label(language);
    }
    if (expression instanceof Expression.Not not) {
      return language.pick("niet ", "not ") + group(not.operand());
    }
    if (expression instanceof Expression.AllOf all) {
      return all.operands().stream()
          .map(this::group)
          .collect(Collectors.joining(language.pick(" en ", " and ")));
    }
    Expression.AnyOf any = (Expression.AnyOf) expression;
    return any.operands().stream()
        .map(this::group)
        .collect(Collectors.joining(language.pick(" of ", " or ")));
  }

  private String group(Expression expression) {
    boolean compound =
        expression instanceof Expression.AllOf || expression instanceof Expression.AnyOf;
    return compound ? "(" + describe(expression) + ")" : describe(expression);
  }
}
