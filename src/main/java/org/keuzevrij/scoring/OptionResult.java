package org.keuzevrij.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.keuzevrij.catalogue.Reason;

/**
 * One option's outcome: whether it fits the use case, the knock-outs it failed, every criterion's
 * assessment, the unknown facts behind them, and (for options that passed every knock-out) its
 * total and rank.
 *
 * @param exactTotal the weighted mean of the rounded criterion scores before rounding, which orders
 *     the ranking
 * @param total {@code exactTotal} rounded to two decimals, as shown everywhere; null for a
 *     knocked-out option
 * @param rank 1 for the best; equal totals share a rank (1, 1, 3); null for a knocked-out option
 */
public record OptionResult(
    Option option,
    Fit fit,
    List<KnockOut> knockOuts,
    List<Assessment> assessments,
    List<Unknown> unknowns,
    double exactTotal,
    BigDecimal total,
    Integer rank) {

  /** Prefix of a knock-out rule in {@link Unknown#usedBy()}. */
  public static final String KNOCK_OUT = "knock-out:";

  public OptionResult {
    knockOuts = List.copyOf(knockOuts);
    assessments = List.copyOf(assessments);
    unknowns = List.copyOf(unknowns);
  }

  public String id() {
    return option.offering().id();
  }

  /**
   * An option that does not fit the use case: it is not checked against knock-outs or scored, and
   * is shown apart with the facts that decided it.
   */
  public static OptionResult unfit(Option option, Fit fit) {
    return new OptionResult(option, fit, List.of(), List.of(), fit.unknowns(), 0, null, null);
  }

  /** Knocked out: it fits, but fails a knock-out rule. */
  public boolean excluded() {
    return !knockOuts.isEmpty();
  }

  public Assessment assessment(String criterion) {
    return assessments.stream()
        .filter(a -> a.criterion().equals(criterion))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The Dutch and English name of a criterion or failed knock-out rule named in {@link
   * Unknown#usedBy()}.
   */
  public Reason usedBy(String id) {
    for (KnockOut knockOut : knockOuts) {
      if (id.equals(KNOCK_OUT + knockOut.rule())) {
        return Reason.of("Knock-out: " + knockOut.nl(), "Knock-out: " + knockOut.en());
      }
    }
    if (id.equals(Fit.USED_BY)) {
      return Reason.of("Past bij de toepassing", "Fit for the use case");
    }
    return Criteria.find(id).map(c -> Reason.of(c.nl(), c.en())).orElse(Reason.of(id, id));
  }

  OptionResult ranked(int rank) {
    return new OptionResult(option, fit, knockOuts, assessments, unknowns, exactTotal, total, rank);
  }
}
