package org.keuzevrij.scoring;

import java.time.Instant;
import java.util.List;

/**
 * The result of scoring a shortlist: the ranked options that fit the use case and passed every
 * knock-out and, apart, those knocked out and those that do not fit. Everything but {@code
 * evaluatedAt} follows from the inputs, which it names: catalogue version, profile, weights and use
 * case.
 */
public record Evaluation(
    String catalogueVersion,
    Profile profile,
    Weights weights,
    UseCase useCase,
    List<OptionResult> ranked,
    List<OptionResult> excluded,
    List<OptionResult> unfit,
    Instant evaluatedAt) {

  public Evaluation {
    ranked = List.copyOf(ranked);
    excluded = List.copyOf(excluded);
    unfit = List.copyOf(unfit);
  }
}
