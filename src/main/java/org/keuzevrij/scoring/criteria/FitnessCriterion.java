package org.keuzevrij.scoring.criteria;

import java.util.List;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.scoring.Benchmarks;
import org.keuzevrij.scoring.Benchmarks.Benchmark;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Fact;
import org.keuzevrij.scoring.Fit.Verdict;
import org.keuzevrij.scoring.FitCheck;
import org.keuzevrij.scoring.Needs;
import org.keuzevrij.scoring.Numbers;
import org.keuzevrij.scoring.Option;
import org.keuzevrij.scoring.Scorecard;

/**
 * How well an option that fits does the job: 30 points for fitting fully (10 for fitting partly)
 * and 70 for published quality on the benchmarks of the use case's task, the language-specific ones
 * only for languages it needs, split evenly. A model without a published score earns nothing for
 * that benchmark: unknown quality is never counted as good. The best-fitting model counts, since
 * the city uses the model that suits the job.
 */
public final class FitnessCriterion extends Criterion {

  public static final String ID = "fitness";
  static final double FIT = 30;
  static final double PARTIAL_FIT = 10;
  static final double QUALITY = 70;

  public FitnessCriterion() {
    super(ID, "Geschikt voor het werk", "Fit for purpose");
  }

  @Override
  protected void rate(Scorecard card, Option option, Needs needs) {
    if (!needs.checkable()) {
      card.award(
          0,
          100,
          "De toepassing noemt geen taak: geschiktheid niet te beoordelen",
          "The use case names no task: fitness cannot be judged",
          null);
      return;
    }
    List<Entity> fitting =
        option.models().stream()
            .filter(model -> FitCheck.model(option, model, needs).verdict() != Verdict.DOES_NOT_FIT)
            .toList();
    // Fit reads whether the offering is self-hosted (the GPU limit); nothing else of the offering.
    card.bestModel(
        option,
        fitting,
        option.selfHosted() ? "self-hosted" : "",
        (part, model) -> rateModel(part, option, model, needs));
  }

  private static void rateModel(Scorecard card, Option option, Entity model, Needs needs) {
    if (FitCheck.model(option, model, needs).verdict() == Verdict.FITS) {
      card.award(FIT, FIT, "Past volledig bij de behoeften", "Fits every need", null);
    } else {
      card.award(
          PARTIAL_FIT,
          FIT,
          "Past gedeeltelijk: een gevraagde taal wordt maar beperkt ondersteund",
          "Fits partly: a required language has limited support only",
          null);
    }
    List<Benchmark> benchmarks = Benchmarks.applicable(needs.task(), needs.languages());
    if (benchmarks.isEmpty()) {
      card.award(
          0,
          QUALITY,
          "Geen gepubliceerde benchmark voor deze taak in de catalogus: kwaliteit niet te"
              + " vergelijken, geen punten",
          "No published benchmark for this task in the catalogue: quality cannot be compared, no"
              + " points",
          null);
      return;
    }
    double max = QUALITY / benchmarks.size();
    for (Benchmark benchmark : benchmarks) {
      Fact score = Fact.of(model, "/quality/" + benchmark.id());
      if (score.unknown()) {
        card.worst(
            max,
            score,
            benchmark.name() + ": geen gepubliceerde score",
            benchmark.name() + ": no published score");
        continue;
      }
      String scale =
          " (0 punten bij "
              + Numbers.nl(benchmark.noPoints())
              + ", alle punten bij "
              + Numbers.nl(benchmark.fullPoints())
              + ")";
      String scaleEn =
          " (no points at "
              + Numbers.en(benchmark.noPoints())
              + ", full points at "
              + Numbers.en(benchmark.fullPoints())
              + ")";
      card.award(
          max * benchmark.share(score.number()),
          max,
          score,
          benchmark.name() + ": " + Numbers.nl(score.number()) + " " + benchmark.unit() + scale,
          benchmark.name() + ": " + Numbers.en(score.number()) + " " + benchmark.unit() + scaleEn);
    }
  }
}
