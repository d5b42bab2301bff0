package org.keuzevrij.research;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.Reason;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.costs.Cost;
import org.keuzevrij.costs.CostInputs;
import org.keuzevrij.costs.Costs;
import org.keuzevrij.scoring.Assessment;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.Evaluator;
import org.keuzevrij.scoring.KnockOut;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.scoring.Profile;
import org.keuzevrij.scoring.Unknown;
import org.keuzevrij.scoring.UseCase;
import org.keuzevrij.scoring.Weights;

/**
 * The unknown facts worth researching next: for every bundled use case, all offerings are compared
 * under the default profile, and each unknown fact is weighed by what knowing it could change. A
 * fact behind a failed knock-out could lift it; one behind a failed fit check could make the option
 * fit; one scored as the worst value could add its criterion's points at stake to the total, and
 * could make the option the winner when those points close the gap. Facts that could change a
 * decision (a knock-out, a fit, a winner) come first, then by points at stake.
 */
public final class ResearchAgenda {

  /** What knowing one fact could change for one option in one use case. */
  public record Effect(Entity useCase, Entity offering, Kind kind, String rule, double points) {

    /** Kinds of change, most decisive first. */
    public enum Kind {
      KNOCK_OUT,
      FIT,
      WINNER,
      POINTS
    }
  }

  /** One unknown fact and everything it could change. */
  public record Item(Unknown unknown, List<Effect> effects) {

    public Item {
      effects = List.copyOf(effects);
    }

    /** Knock-outs it could lift, fits it could gain and winners it could change. */
    public long decisions() {
      return effects.stream().filter(e -> e.kind() != Effect.Kind.POINTS).count();
    }

    /** Points of the total it could add, summed over the options and use cases it counts in. */
    public double points() {
      return effects.stream().mapToDouble(Effect::points).sum();
    }
  }

  /**
   * A ranked option whose cost over the term is not known for a use case, with the questions that
   * would settle it: it cannot take part in price against quality until then.
   */
  public record CostGap(Entity useCase, OptionResult option, List<Reason> questions) {

    public CostGap {
      questions = List.copyOf(questions);
    }
  }

  private ResearchAgenda() {}

  /** One bundled use case with every offering compared for it under the default profile. */
  public record Run(Entity useCase, Evaluation evaluation) {}

  /**
   * The comparisons both parts of the agenda read: every offering, for each bundled use case, under
   * the default profile. Worked out once per page, since each is a full evaluation.
   */
  public static List<Run> runs(Snapshot snapshot) {
    Profile profile = Profile.defaultOf(snapshot.catalogue()).orElseThrow();
    List<String> offerings =
        snapshot.catalogue().all(Kind.OFFERING).stream().map(Entity::id).toList();
    List<Run> runs = new ArrayList<>();
    for (Entity useCase : snapshot.catalogue().all(Kind.USECASE)) {
      runs.add(
          new Run(
              useCase,
              Evaluator.evaluate(
                  snapshot,
                  new UseCase(useCase.id(), useCase.json()),
                  profile,
                  profile.weights(),
                  offerings,
                  Instant.EPOCH)));
    }
    return runs;
  }

  /**
   * For every run, the options that fit and passed the knock-outs whose cost is not known, in rank
   * order.
   */
  public static List<CostGap> costGaps(List<Run> runs) {
    List<CostGap> gaps = new ArrayList<>();
    for (Run run : runs) {
      Evaluation evaluation = run.evaluation();
      Costs costs =
          Costs.of(
              evaluation,
              CostInputs.of(evaluation.profile(), evaluation.useCase(), Map.of(), null, null));
      for (OptionResult result : evaluation.ranked()) {
        Cost cost = costs.of(result);
        if (!cost.known()) {
          gaps.add(new CostGap(run.useCase(), result, cost.questions()));
        }
      }
    }
    return gaps;
  }

  public static List<Item> of(List<Run> runs) {
    Map<String, Unknown> unknowns = new LinkedHashMap<>();
    Map<String, List<Effect>> effects = new LinkedHashMap<>();
    for (Run run : runs) {
      Entity useCase = run.useCase();
      Evaluation evaluation = run.evaluation();
      double winner = evaluation.ranked().isEmpty() ? 0 : evaluation.ranked().get(0).exactTotal();
      List<OptionResult> all = new ArrayList<>(evaluation.ranked());
      all.addAll(evaluation.excluded());
      all.addAll(evaluation.unfit());
      for (OptionResult result : all) {
        Entity offering = result.option().offering();
        for (Map.Entry<String, Effect> effect :
            effects(useCase, offering, result, evaluation.weights(), winner).entrySet()) {
          Unknown unknown = find(result, effect.getKey());
          unknowns.putIfAbsent(unknown.fact(), unknown);
          effects.computeIfAbsent(unknown.fact(), f -> new ArrayList<>()).add(effect.getValue());
        }
      }
    }
    List<Item> items = new ArrayList<>();
    unknowns.forEach((fact, unknown) -> items.add(new Item(unknown, effects.get(fact))));
    items.sort(
        Comparator.comparingLong(Item::decisions)
            .thenComparingDouble(Item::points)
            .reversed()
            .thenComparing(item -> item.unknown().fact()));
    return items;
  }

  /** Per unknown fact of one option, the one effect that matters most. */
  private static Map<String, Effect> effects(
      Entity useCase, Entity offering, OptionResult result, Weights weights, double winner) {
    Map<String, Effect> effects = new LinkedHashMap<>();
    if (!result.fit().fits()) {
      result
          .fit()
          .unknowns()
          .forEach(
              u -> effects.put(u.fact(), new Effect(useCase, offering, Effect.Kind.FIT, null, 0)));
      return effects;
    }
    for (KnockOut knockOut : result.knockOuts()) {
      knockOut
          .unknowns()
          .forEach(
              u ->
                  effects.putIfAbsent(
                      u.fact(),
                      new Effect(useCase, offering, Effect.Kind.KNOCK_OUT, knockOut.rule(), 0)));
    }
    if (result.excluded()) {
      return effects;
    }
    Map<String, Double> points = new LinkedHashMap<>();
    for (Assessment assessment : result.assessments()) {
      double share = weights.get(assessment.criterion()) / weights.sum();
      assessment.stakes().forEach((fact, stake) -> points.merge(fact, stake * share, Double::sum));
    }
    points.forEach(
        (fact, stake) ->
            effects.putIfAbsent(
                fact,
                new Effect(
                    useCase,
                    offering,
                    result.rank() > 1 && result.exactTotal() + stake > winner
                        ? Effect.Kind.WINNER
                        : Effect.Kind.POINTS,
                    null,
                    stake)));
    return effects;
  }

  private static Unknown find(OptionResult result, String fact) {
    return result.unknowns().stream()
        .filter(u -> u.fact().equals(fact))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no unknown " + fact));
  }
}
