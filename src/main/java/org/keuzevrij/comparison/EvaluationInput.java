package org.keuzevrij.comparison;

import java.util.List;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.scoring.Profile;
import org.keuzevrij.scoring.UseCase;
import org.keuzevrij.scoring.Weights;

/**
 * A checked evaluation request: everything it names exists in the snapshot it was checked against.
 */
public record EvaluationInput(
    EvaluationQuery query,
    Snapshot snapshot,
    UseCase useCase,
    Profile profile,
    Weights weights,
    List<String> offerings) {}
