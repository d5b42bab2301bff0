package org.keuzevrij.costs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.keuzevrij.scoring.OptionResult;

/**
 * Price against quality, the Dutch way of awarding on best price-quality ratio ("gunnen op
 * waarde"): each point of the total score is worth a fictitious discount on the price, and the
 * lowest comparison price wins. Only options that fit, passed every knock-out and have a known cost
 * take part; an option whose cost is not known cannot win on price.
 *
 * @param ranked by comparison price, lowest first
 * @param costUnknown ranked options left out because a part of their cost is unknown
 * @param below the value per point below which another option would win, or null
 * @param above the value per point above which another option would win, or null
 */
public record PriceQuality(
    double euroPerPoint,
    List<Entry> ranked,
    List<OptionResult> costUnknown,
    Tipping below,
    Tipping above) {

  /** One option: its score, its cost (middle of its range) and its comparison price. */
  public record Entry(OptionResult option, double score, double cost, double comparisonPrice) {}

  /** The value per point at which {@code winner} takes over first place. */
  public record Tipping(double euroPerPoint, OptionResult winner) {}

  /**
   * @param ranked the evaluation's ranked options, in score order
   * @param costs per offering id
   */
  public static PriceQuality of(
      List<OptionResult> ranked, Map<String, Cost> costs, double euroPerPoint) {
    List<Entry> entries = new ArrayList<>();
    List<OptionResult> unknown = new ArrayList<>();
    for (OptionResult result : ranked) {
      Cost cost = costs.get(result.id());
      if (cost == null || !cost.known()) {
        unknown.add(result);
        continue;
      }
      double score = result.total().doubleValue();
      entries.add(
          new Entry(result, score, cost.middle(), price(cost.middle(), score, euroPerPoint)));
    }
    entries.sort(
        Comparator.comparingDouble(Entry::comparisonPrice)
            .thenComparing(e -> -e.score())
            .thenComparing(e -> e.option().id()));
    if (entries.isEmpty()) {
      return new PriceQuality(euroPerPoint, entries, unknown, null, null);
    }
    Entry winner = entries.get(0);
    Tipping below = null;
    Tipping above = null;
    for (Entry other : entries.subList(1, entries.size())) {
      if (other.score() == winner.score()) {
        continue;
      }
      // Both comparison prices are straight lines in the value per point; they cross here.
      double crossing = (other.cost() - winner.cost()) / (other.score() - winner.score());
      if (other.score() > winner.score() && crossing > euroPerPoint) {
        if (above == null || crossing < above.euroPerPoint()) {
          above = new Tipping(crossing, other.option());
        }
      } else if (other.score() < winner.score() && crossing < euroPerPoint && crossing >= 0) {
        if (below == null || crossing > below.euroPerPoint()) {
          below = new Tipping(crossing, other.option());
        }
      }
    }
    return new PriceQuality(euroPerPoint, entries, unknown, below, above);
  }

  /** The comparison price: the cost less the score's fictitious discount. */
  public static double price(double cost, double score, double euroPerPoint) {
    return cost - score * euroPerPoint;
  }
}
