package org.keuzevrij.comparison.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.scoring.Criteria;

@DisplayName("Sensitivity of the ranking to the weights")
class SensitivityTest {

  private static final int CRITERIA = Criteria.IDS.size();

  /** Winner by brute force: the highest weighted total, the first on a tie. */
  private static int winnerAt(double[][] scores, double[] weights) {
    int best = 0;
    double bestTotal = Double.NEGATIVE_INFINITY;
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    for (int i = 0; i < scores.length; i++) {
      double total = 0;
      for (int j = 0; j < weights.length; j++) {
        total += weights[j] * scores[i][j];
      }
      if (total / sum > bestTotal) {
        best = i;
        bestTotal = total / sum;
      }
    }
    return best;
  }

  private static List<String> ids(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("option-" + i);
    }
    return ids;
  }

  @Test
  @DisplayName(
      "tipping points found analytically agree with a fine search over the weight (steps of 0.01) on random shortlists")
  void tippingPointsMatchSearch() {
    Random random = new Random(20241128);
    int checked = 0;
    for (int round = 0; round < 40; round++) {
      int n = 2 + random.nextInt(6);
      double[][] scores = new double[n][CRITERIA];
      for (double[] row : scores) {
        for (int j = 0; j < CRITERIA; j++) {
          row[j] = Math.round(random.nextDouble() * 1000) / 10.0;
        }
      }
      double[] weights = new double[CRITERIA];
      for (int j = 0; j < CRITERIA; j++) {
        weights[j] = 1 + random.nextInt(25);
      }
      SensitivityResult result = Sensitivity.analyse(ids(n), scores, weights, 1, 10, 0.25);
      int winner = winnerAt(scores, weights);
      assertEquals("option-" + winner, result.winner());
      for (int j = 0; j < CRITERIA; j++) {
        TippingPoint point = result.tippingPoints().get(j);
        double[] varied = weights.clone();
        for (int step = 0; step <= 10_000; step++) {
          varied[j] = step / 100.0;
          if (varied[j] == 0 && sumWithout(weights, j) == 0) {
            continue;
          }
          int at = winnerAt(scores, varied);
          if (varied[j] > point.from() + 1e-6 && varied[j] < point.to() - 1e-6) {
            assertEquals(
                winner, at, "inside the range at weight " + varied[j] + " for criterion " + j);
          } else if (varied[j] < point.from() - 1e-6) {
            assertNotEquals(winner, at, "below " + point.from());
            checked++;
          } else if (varied[j] > point.to() + 1e-6) {
            assertNotEquals(winner, at, "above " + point.to());
            checked++;
          }
        }
        assertTrue(point.from() <= weights[j] && weights[j] <= point.to());
      }
    }
    assertTrue(
        checked > 1000,
        "the random shortlists must actually have tipping points inside 0-100: " + checked);
  }

  private static double sumWithout(double[] weights, int j) {
    double sum = 0;
    for (int l = 0; l < weights.length; l++) {
      sum += l == j ? 0 : weights[l];
    }
    return sum;
  }

  @Test
  @DisplayName(
      "a tipping point names the option that takes over, at the weight where the two totals are level")
  void namesWhoTakesOver() {
    double[][] scores = new double[2][CRITERIA];
    double[] weights = new double[CRITERIA];
    weights[0] = 10;
    weights[1] = 10;
    scores[0][0] = 80;
    scores[0][1] = 40;
    scores[1][0] = 40;
    scores[1][1] = 60;
    SensitivityResult result =
        Sensitivity.analyse(List.of("a", "b"), scores, weights, 1, 100, 0.25);
    assertEquals("a", result.winner());
    TippingPoint second = result.tippingPoints().get(1);
    // a: (800 + 40x) / (10 + x), b: (400 + 60x) / (10 + x): level at x = 20.
    assertEquals(20.0, second.to(), 1e-9);
    assertEquals("b", second.takesOverAbove());
    assertEquals(0.0, second.from());
    assertNull(second.takesOverBelow());
    TippingPoint first = result.tippingPoints().get(0);
    // Lowering criterion 0: a: (80x + 400) / (x + 10), b: (40x + 600) / (x + 10): level at x = 5.
    assertEquals(5.0, first.from(), 1e-9);
    assertEquals("b", first.takesOverBelow());
    assertEquals(100.0, first.to());
  }

  @Test
  @DisplayName(
      "win shares are reproducible from the seed, add up to the sample count, and a dominant option always wins")
  void winShares() {
    double[][] scores = {
      {70, 60, 50, 40, 30, 20, 10, 60, 50},
      {60, 70, 40, 50, 20, 30, 20, 50, 60},
      {10, 10, 10, 10, 10, 10, 10, 10, 10}
    };
    double[] weights = {15, 12, 14, 14, 10, 8, 12, 8, 7};
    SensitivityResult once = Sensitivity.analyse(ids(3), scores, weights, 42, 10_000, 0.25);
    SensitivityResult again = Sensitivity.analyse(ids(3), scores, weights, 42, 10_000, 0.25);
    SensitivityResult otherSeed = Sensitivity.analyse(ids(3), scores, weights, 43, 10_000, 0.25);
    assertEquals(once.winShares(), again.winShares());
    assertNotEquals(once.winShares(), otherSeed.winShares());
    assertEquals(10_000, once.winShares().stream().mapToInt(WinShare::wins).sum());
    assertTrue(
        once.winShares().get(0).wins() > 0 && once.winShares().get(1).wins() > 0,
        once.winShares()::toString);
    assertEquals(0, once.winShares().get(2).wins());
    double[][] dominant = {{90, 90, 90, 90, 90, 90, 90, 90, 90}, scores[0], scores[1]};
    assertEquals(
        10_000,
        Sensitivity.analyse(ids(3), dominant, weights, 7, 10_000, 0.5).winShares().get(0).wins());
    SensitivityResult still = Sensitivity.analyse(ids(3), scores, weights, 42, 500, 0);
    assertEquals(
        500,
        still.winShares().get(Integer.parseInt(still.winner().substring(7))).wins(),
        "without perturbation every sample has the same winner");
  }
}
