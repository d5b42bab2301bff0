package org.keuzevrij.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The workbook-versus-bare-POI ratio on a machine shared with other work, where JMH's separate runs
 * of each benchmark see different loads: both are run alternately, round after round, and the ratio
 * is taken per round, so a burst of load elsewhere hits both sides of a round alike. Complements
 * {@link ChecklistWorkbookBenchmark}; run with {@code taskset -c 0 java -cp …
 * org.keuzevrij.bench.PairedWorkbookTiming [ROUNDS]}.
 */
public final class PairedWorkbookTiming {

  private PairedWorkbookTiming() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    ChecklistWorkbookBenchmark benchmark = new ChecklistWorkbookBenchmark();
    benchmark.prepare();
    for (int i = 0; i < 100; i++) {
      benchmark.checklistWorkbook();
      benchmark.barePoi();
    }
    List<Double> ours = new ArrayList<>();
    List<Double> bare = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      // Alternate which side goes first, so neither always runs on a warmer cache.
      double a = i % 2 == 0 ? time(benchmark::checklistWorkbook) : 0;
      double b = time(benchmark::barePoi);
      if (i % 2 == 1) {
        a = time(benchmark::checklistWorkbook);
      }
      ours.add(a);
      bare.add(b);
      ratios.add(a / b);
    }
    System.out.printf(
        Locale.ROOT,
        "rounds %d: checklist workbook median %.1f ms, bare POI median %.1f ms,"
            + " per-round ratio median %.2f (p25 %.2f, p75 %.2f)%n",
        rounds,
        median(ours),
        median(bare),
        median(ratios),
        quantile(ratios, 0.25),
        quantile(ratios, 0.75));
  }

  private static double time(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(List<Double> values) {
    return quantile(values, 0.5);
  }

  private static double quantile(List<Double> values, double q) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1))));
  }
}
