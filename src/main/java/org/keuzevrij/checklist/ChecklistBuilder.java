package org.keuzevrij.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Freshness;
import org.keuzevrij.checklist.clauses.Clause;
import org.keuzevrij.checklist.clauses.ClauseLibrary;
import org.keuzevrij.checklist.clauses.Condition;
import org.keuzevrij.checklist.clauses.Findings;
import org.keuzevrij.checklist.clauses.Literal;
import org.keuzevrij.checklist.clauses.Outcome;
import org.keuzevrij.checklist.clauses.PriorityRules;
import org.keuzevrij.checklist.clauses.ProcurementCase;
import org.keuzevrij.checklist.clauses.TemplateFacts;
import org.keuzevrij.scoring.Fit;
import org.keuzevrij.scoring.Line;
import org.keuzevrij.web.Language;

/**
 * Runs every clause of the library against one case: which apply and why, which do not, and what
 * was assumed.
 */
public final class ChecklistBuilder {

  private final ClauseLibrary library;
  private final Clock clock;

  public ChecklistBuilder(ClauseLibrary library, Clock clock) {
    this.library = library;
    this.clock = clock;
  }

  public Checklist build(ProcurementCase c, Language language) {
    Findings findings = Findings.of(c);
    WhyText why = new WhyText(findings, language);
    Map<String, Object> facts = TemplateFacts.of(c, language);
    List<Checklist.Row> rows = new ArrayList<>();
    List<Checklist.NotApplicable> notApplicable = new ArrayList<>();
    Map<Condition, TreeSet<String>> assumedBy = new EnumMap<>(Condition.class);
    for (Clause clause : library.clauses()) {
      Outcome trigger = clause.trigger().evaluate(findings);
      String requirement = clause.requirement(language, facts);
      if (!trigger.holds()) {
        notApplicable.add(
            new Checklist.NotApplicable(
                clause.id(),
                clause.category(),
                requirement,
                why.describe(clause.trigger()),
                why.failed(trigger),
                why.briefFailed(trigger),
                matched(trigger.because(), findings, language)));
        continue;
      }
      PriorityRules.Decision priority = clause.priority().decide(findings);
      List<Literal> decisive = new ArrayList<>(trigger.because());
      decisive.addAll(priority.because());
      for (Condition condition : why.assumed(trigger.because(), priority.because())) {
        assumedBy.computeIfAbsent(condition, k -> new TreeSet<>()).add(clause.id());
      }
      rows.add(
          new Checklist.Row(
              clause.id(),
              clause.category(),
              requirement,
              why.applies(clause, trigger, priority),
              why.brief(trigger, priority),
              clause.sources(),
              priority.priority(),
              priority.basis() != null ? priority.basis() : clause.basis(),
              matched(decisive, findings, language),
              clause.seeAlso()));
    }
    List<Checklist.Assumption> assumptions = new ArrayList<>();
    assumedBy.forEach(
        (condition, ids) ->
            assumptions.add(
                new Checklist.Assumption(
                    condition, findings.get(condition).detail(language), new ArrayList<>(ids))));
    return new Checklist(
        language,
        subject(c, language),
        LocalDate.now(clock),
        library.version(),
        c.snapshot().catalogue().version(),
        rows,
        notApplicable,
        assumptions,
        fitNote(c.fit(), language),
        dueForReview(c, LocalDate.now(clock)));
  }

  private static List<String> dueForReview(ProcurementCase c, LocalDate today) {
    List<Entity> entities = new ArrayList<>(List.of(c.offering(), c.supplier()));
    entities.addAll(c.models());
    List<String> due = new ArrayList<>();
    for (Entity entity : entities) {
      Freshness.stale(entity, today).forEach(stale -> due.add(stale.toString()));
    }
    return due;
  }

  private static Checklist.FitNote fitNote(Fit fit, Language language) {
    List<String> lines = new ArrayList<>();
    for (Line line : fit.lines()) {
      lines.add((line.depth() > 0 ? "  " : "") + language.pick(line.nlText(), line.enText()));
    }
    return new Checklist.FitNote(
        language.pick(fit.verdict().nl(), fit.verdict().en()), fit.fits(), lines);
  }

  private static List<Checklist.Matched> matched(
      List<Literal> literals, Findings findings, Language language) {
    return literals.stream()
        .map(Literal::condition)
        .distinct()
        .map(
            condition ->
                new Checklist.Matched(
                    condition, findings.truth(condition), findings.get(condition).detail(language)))
        .toList();
  }

  private static Checklist.Subject subject(ProcurementCase c, Language language) {
    return new Checklist.Subject(
        c.usecase().id(),
        c.usecaseName(language),
        c.offering().id(),
        c.offering().json().path("name").asText(c.offering().id()),
        c.supplier().name(),
        c.models().stream().map(Entity::name).toList());
  }
}
