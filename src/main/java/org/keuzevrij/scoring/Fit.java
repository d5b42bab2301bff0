package org.keuzevrij.scoring;

import java.util.List;
import java.util.Locale;

/**
 * Whether an option can do the use case's job, checked before knock-outs and scores, with the lines
 * and facts that decided it.
 *
 * @param models the ids of the option's models that fit, fully or partly
 * @param lines per model, a heading line with its verdict and a detail line for each need checked
 * @param unknowns the unknown capabilities that made the option not fit (the worst case), as
 *     questions; empty when the option fits anyway
 */
public record Fit(
    Verdict verdict,
    List<String> models,
    List<Line> lines,
    List<Evidence> evidence,
    List<Unknown> unknowns) {

  /** Prefix of the fit check in {@link Unknown#usedBy()}. */
  public static final String USED_BY = "fit";

  public enum Verdict {
    /** Every need is met by a known fact. */
    FITS("past", "fits"),
    /** Every need is met, one or more only partly (a language with limited support). */
    PARTIAL("past gedeeltelijk", "fits partly"),
    /** The use case says too little to check (no task): every option passes, unchecked. */
    NOT_CHECKED("niet nagegaan", "not checked"),
    /** A need is not met, or not known to be met (the worst case). */
    DOES_NOT_FIT("past niet", "does not fit");

    private final String nl;
    private final String en;

    Verdict(String nl, String en) {
      this.nl = nl;
      this.en = en;
    }

    public String nl() {
      return nl;
    }

    public String en() {
      return en;
    }

    /** The value in JSON and workbooks, e.g. {@code does-not-fit}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public Fit {
    models = List.copyOf(models);
    lines = List.copyOf(lines);
    evidence = List.copyOf(evidence);
    unknowns = List.copyOf(unknowns);
  }

  public boolean fits() {
    return verdict != Verdict.DOES_NOT_FIT;
  }
}
