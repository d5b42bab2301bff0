package org.keuzevrij.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a criterion that counts one model of an offering chose it: the weakest, as the city depends
 * on all of them, or the best-fitting, as it uses that one for the job.
 *
 * @param shares each model's points of the model's share of the criterion, in the offering's order
 * @param said the lines that say so (which model counts, the others' points), for a reader that
 *     shows {@link #shares} in a form of its own
 */
public record Choice(boolean weakest, List<Share> shares, List<Line> said) {

  public Choice {
    shares = List.copyOf(shares);
    said = List.copyOf(said);
  }

  /** One model's points of its share, of {@code max}. */
  public record Share(String model, String name, BigDecimal points, BigDecimal max) {}
}
