package org.keuzevrij.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * An offering's place in a ranking without the explanation: total, rank, and the knock-out rules it fails (then its
 * rank is null). Totals and ranks are those a full evaluation gives.
 */
public record QuickResult(String id, double exactTotal, BigDecimal total, Integer rank, List<String> failedRules) {

  public QuickResult {
    failedRules = List.copyOf(failedRules);
  }
}
