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
 * <p>Each comparison price is a straight line in the value per point, so the winner for every value
 * from 0 up can be given as a few intervals: the cheapest option wins at 0, and the best-scoring
 * one of the cheapest wins once a point is worth enough.
 *
 * @param euroPerPoint the profile's or officer's value, or null when nobody set one
 * @param ranked by comparison price at {@code euroPerPoint}, lowest first; empty without a value
 * @param entries every option taking part, in score order
 * @param costUnknown ranked options left out because a part of their cost is unknown
 * @param winners who wins from which value per point, from 0 up
 */
public record PriceQuality(
    Double euroPerPoint,
    List<Entry> ranked,
    List<Entry> entries,
    List<OptionResult> costUnknown,
    List<Interval> winners) {

  /** One option: its score, its cost (middle of its range) and its comparison price. */
  public record Entry(OptionResult option, double score, double cost, Double comparisonPrice) {}

  /**
   * {@code winner} has the lowest comparison price for values per point from {@code from} to {@code
   * to} (null: without end).
   */
  public record Interval(double from, Double to, OptionResult winner) {}

  /**
   * @param ranked the evaluation's ranked options, in score order
   * @param costs per offering id
   */
  public static PriceQuality of(
      List<OptionResult> ranked, Map<String, Cost> costs, Double euroPerPoint) {
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
          new Entry(
              result,
              score,
              cost.middle(),
              euroPerPoint == null ? null : price(cost.middle(), score, euroPerPoint)));
    }
    List<Entry> byPrice = new ArrayList<>();
    if (euroPerPoint != null) {
      byPrice.addAll(entries);
      byPrice.sort(
          Comparator.comparingDouble(Entry::comparisonPrice)
              .thenComparing(e -> -e.score())
              .thenComparing(e -> e.option().id()));
    }
    return new PriceQuality(euroPerPoint, byPrice, entries, unknown, winners(entries));
  }

  /** The comparison price: the cost less the score's fictitious discount. */
  public static double price(double cost, double score, double euroPerPoint) {
    return cost - score * euroPerPoint;
  }

  /**
   * Walks up from a value of 0: the winner keeps first place until the nearest value at which an
   * option with a higher score catches up with it.
   */
  static List<Interval> winners(List<Entry> entries) {
    List<Interval> intervals = new ArrayList<>();
    if (entries.isEmpty()) {
      return intervals;
    }
    Entry winner =
        entries.stream()
            .min(
                Comparator.comparingDouble(Entry::cost)
                    .thenComparing(e -> -e.score())
                    .thenComparing(e -> e.option().id()))
            .orElseThrow();
    double from = 0;
    while (true) {
      Entry next = null;
      double crossing = Double.MAX_VALUE;
      for (Entry other : entries) {
        if (other.score() <= winner.score()) {
          continue;
        }
        double at = (other.cost() - winner.cost()) / (other.score() - winner.score());
        if (at < crossing || at == crossing && other.score() > next.score()) {
          crossing = Math.max(at, from);
          next = other;
        }
      }
      if (next == null) {
        intervals.add(new Interval(from, null, winner.option()));
        return intervals;
      }
      if (crossing > from) {
        intervals.add(new Interval(from, crossing, winner.option()));
      }
      from = crossing;
      winner = next;
    }
  }

  /** The interval holding the value per point in use, or null without one. */
  public Interval current() {
    if (euroPerPoint == null) {
      return null;
    }
    for (Interval interval : winners) {
      if (interval.to() == null || euroPerPoint < interval.to()) {
        return interval;
      }
    }
    return null;
  }
}
