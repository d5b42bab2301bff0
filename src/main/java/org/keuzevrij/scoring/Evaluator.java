package org.keuzevrij.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;

/**
 * Scores a shortlist: the fit check first (can the option do the job at all?), then knock-outs,
 * then every criterion, then the weighted total. Scores are absolute: each option's total depends
 * on its own facts, the catalogue and the weights, never on the other options, so adding or
 * removing an option never reorders the rest.
 */
public final class Evaluator {

  private Evaluator() {}

  public static Evaluation evaluate(
      Snapshot snapshot,
      UseCase useCase,
      Profile profile,
      Weights weights,
      List<String> offeringIds,
      Instant evaluatedAt) {
    List<OptionResult> passed = new ArrayList<>();
    List<OptionResult> excluded = new ArrayList<>();
    List<OptionResult> unfit = new ArrayList<>();
    SharedParts shared = new SharedParts();
    Needs needs = useCase.needs();
    for (String id : new LinkedHashSet<>(offeringIds)) {
      Entity offering =
          snapshot
              .catalogue()
              .find(Kind.OFFERING, id)
              .orElseThrow(() -> new IllegalArgumentException("no offering " + id));
      OptionResult result =
          assess(
              Option.of(snapshot, offering, profile.ownOrganisation(), shared),
              useCase,
              needs,
              profile,
              weights);
      (!result.fit().fits() ? unfit : result.excluded() ? excluded : passed).add(result);
    }
    passed.sort(
        Comparator.comparingDouble(OptionResult::exactTotal)
            .reversed()
            .thenComparing(OptionResult::id));
    excluded.sort(Comparator.comparing(OptionResult::id));
    unfit.sort(Comparator.comparing(OptionResult::id));
    return new Evaluation(
        snapshot.catalogue().version(),
        profile,
        weights,
        useCase,
        rank(passed),
        excluded,
        unfit,
        evaluatedAt);
  }

  public static OptionResult assess(
      Option option, UseCase useCase, Needs needs, Profile profile, Weights weights) {
    Fit fit = FitCheck.check(option, needs);
    if (!fit.fits()) {
      return OptionResult.unfit(option, fit);
    }
    List<KnockOut> knockOuts = KnockOuts.failed(option, useCase, profile.knockOuts());
    List<Assessment> assessments = new ArrayList<>(Criteria.ALL.size());
    for (Criterion criterion : Criteria.ALL) {
      assessments.add(criterion.assess(option, needs));
    }
    double total = total(assessments, weights);
    boolean out = !knockOuts.isEmpty();
    return new OptionResult(
        option,
        fit,
        knockOuts,
        assessments,
        unknowns(fit, knockOuts, assessments),
        total,
        out ? null : Numbers.round(total, 2),
        null);
  }

  /**
   * Sum of weight times score over the sum of weights, in criterion order: the same arithmetic as
   * the workbook's SUMPRODUCT, so the two agree to the last decimal shown.
   */
  public static double total(List<Assessment> assessments, Weights weights) {
    double weighted = 0;
    for (Assessment assessment : assessments) {
      weighted += weights.get(assessment.criterion()) * assessment.score().doubleValue();
    }
    return weighted / weights.sum();
  }

  private static List<OptionResult> rank(List<OptionResult> ordered) {
    int[] ranks = ranks(ordered.stream().map(OptionResult::total).toList());
    List<OptionResult> ranked = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      ranked.add(ordered.get(i).ranked(ranks[i]));
    }
    return ranked;
  }

  /**
   * Competition ranking on the totals as shown, like a spreadsheet's RANK: equal totals share a
   * rank (1, 1, 3). The totals come sorted from high to low.
   */
  static int[] ranks(List<BigDecimal> totals) {
    int[] ranks = new int[totals.size()];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = i > 0 && totals.get(i).compareTo(totals.get(i - 1)) == 0 ? ranks[i - 1] : i + 1;
    }
    return ranks;
  }

  /**
   * Each unknown fact once, naming every knock-out rule and criterion that counted it as the worst
   * case.
   */
  private static List<Unknown> unknowns(
      Fit fit, List<KnockOut> knockOuts, List<Assessment> assessments) {
    Map<String, Unknown> first = new LinkedHashMap<>();
    Map<String, Set<String>> usedBy = new LinkedHashMap<>();
    List<List<Unknown>> groups = new ArrayList<>();
    groups.add(fit.unknowns());
    knockOuts.forEach(k -> groups.add(k.unknowns()));
    assessments.forEach(a -> groups.add(a.unknowns()));
    for (List<Unknown> group : groups) {
      for (Unknown unknown : group) {
        first.putIfAbsent(unknown.fact(), unknown);
        usedBy.computeIfAbsent(unknown.fact(), f -> new LinkedHashSet<>()).addAll(unknown.usedBy());
      }
    }
    List<Unknown> merged = new ArrayList<>();
    first.forEach(
        (fact, unknown) ->
            merged.add(
                new Unknown(
                    fact,
                    unknown.subject(),
                    unknown.question(),
                    List.copyOf(usedBy.get(fact)),
                    unknown.reason())));
    return merged;
  }
}
