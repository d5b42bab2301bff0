package org.keuzevrij.comparison.sensitivity;

import java.util.List;

/**
 * How robust a ranking is to the weights: tipping points per criterion, and the share of wins per
 * option when all weights are randomly perturbed by up to {@code perturbation} (a fraction, 0.25
 * for ±25%) over {@code samples} draws from a generator seeded with {@code seed}, so the same
 * request gives the same shares.
 */
public record SensitivityResult(
    String winner,
    List<TippingPoint> tippingPoints,
    long seed,
    int samples,
    double perturbation,
    List<WinShare> winShares) {

  public SensitivityResult {
    tippingPoints = List.copyOf(tippingPoints);
    winShares = List.copyOf(winShares);
  }
}
