package org.keuzevrij.comparison.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.keuzevrij.scoring.Criteria;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.scoring.Weights;

/**
 * Sensitivity of a ranking to its weights, on the options that passed every knock-out.
 *
 * <p>Tipping points are exact, not searched: with the other weights fixed, each option's total is
 * {@code (A + x s) / (B + x)} in the criterion's weight {@code x}, and since the denominator is the
 * same for every option, the difference between two options is linear in {@code x}. Each rival
 * therefore overtakes the winner at most once, at {@code x = (A_winner - A_rival) / (s_rival -
 * s_winner)}; the nearest crossing on each side of the current weight, within 0 to {@link
 * Weights#MAX}, bounds the range.
 *
 * <p>Win shares come from multiplying every weight by an independent uniform factor in {@code [1 -
 * p, 1 + p]}.
 */
public final class Sensitivity {

  public static final long DEFAULT_SEED = 1;
  public static final int DEFAULT_SAMPLES = 10_000;
  public static final double DEFAULT_PERTURBATION = 0.25;

  private Sensitivity() {}

  public static SensitivityResult analyse(
      List<OptionResult> ranked, Weights weights, long seed, int samples, double perturbation) {
    return analyse(
        ranked.stream().map(OptionResult::id).toList(),
        scores(ranked),
        weights.array(),
        seed,
        samples,
        perturbation);
  }

  /**
   * The same on plain numbers: criterion scores per option (rows) in criterion order, and the
   * weights. The winner is the option with the highest weighted total, the first one on a tie, as
   * in the ranking.
   */
  public static SensitivityResult analyse(
      List<String> ids,
      double[][] scores,
      double[] weights,
      long seed,
      int samples,
      double perturbation) {
    if (ids.isEmpty()) {
      return new SensitivityResult(null, List.of(), seed, samples, perturbation, List.of());
    }
    int winner = winner(scores, weights);
    List<TippingPoint> points = new ArrayList<>();
    for (int j = 0; j < weights.length; j++) {
      points.add(tippingPoint(ids, scores, weights, winner, j));
    }
    int[] wins = winCounts(scores, weights, seed, samples, perturbation);
    List<WinShare> shares = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      shares.add(new WinShare(ids.get(i), wins[i], (double) wins[i] / samples));
    }
    return new SensitivityResult(ids.get(winner), points, seed, samples, perturbation, shares);
  }

  /** Criterion scores per option, in ranking and criterion order. */
  static double[][] scores(List<OptionResult> ranked) {
    double[][] scores = new double[ranked.size()][];
    for (int i = 0; i < scores.length; i++) {
      OptionResult result = ranked.get(i);
      scores[i] =
          Criteria.IDS.stream()
              .mapToDouble(id -> result.assessment(id).score().doubleValue())
              .toArray();
    }
    return scores;
  }

  private static TippingPoint tippingPoint(
      List<String> ids, double[][] scores, double[] weights, int winner, int j) {
    double current = weights[j];
    double from = 0;
    double to = Weights.MAX;
    String below = null;
    String above = null;
    double winnerRest = restOf(scores[winner], weights, j);
    for (int i = 0; i < scores.length; i++) {
      double slope = scores[i][j] - scores[winner][j];
      if (i == winner || slope == 0) {
        continue;
      }
      double crossing = -(restOf(scores[i], weights, j) - winnerRest) / slope;
      if (slope > 0 && crossing < to) {
        to = Math.max(crossing, current);
        above = ids.get(i);
      } else if (slope < 0 && crossing > from) {
        from = Math.min(crossing, current);
        below = ids.get(i);
      }
    }
    return new TippingPoint(Criteria.IDS.get(j), current, from, to, below, above);
  }

  /** Weighted sum over every criterion but {@code j}. */
  private static double restOf(double[] scores, double[] weights, int j) {
    double sum = 0;
    for (int l = 0; l < scores.length; l++) {
      if (l != j) {
        sum += weights[l] * scores[l];
      }
    }
    return sum;
  }

  /**
   * Wins per option; the sum of weights divides every total alike, so comparing weighted sums is
   * enough.
   */
  static int[] winCounts(
      double[][] scores, double[] base, long seed, int samples, double perturbation) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] weights = new double[base.length];
    int[] wins = new int[scores.length];
    for (int s = 0; s < samples; s++) {
      for (int j = 0; j < base.length; j++) {
        weights[j] = base[j] * (1 + perturbation * (2 * random.nextDouble() - 1));
      }
      wins[winner(scores, weights)]++;
    }
    return wins;
  }

  private static int winner(double[][] scores, double[] weights) {
    int best = 0;
    double bestSum = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < scores.length; i++) {
      double sum = 0;
      double[] row = scores[i];
      for (int j = 0; j < row.length; j++) {
        sum += weights[j] * row[j];
      }
      if (sum > bestSum) {
        best = i;
        bestSum = sum;
      }
    }
    return best;
  }
}
