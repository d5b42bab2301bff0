package org.keuzevrij.openness;

import java.util.List;

/**
 * Classes of the Model Openness Framework 1.0 (LF AI &amp; Data), each cumulative on the one before, in the order they
 * are earned. Components map onto ours: architecture code is part of inference code, and evaluation covers the
 * framework's evaluation code, data and results; the research paper may be a preprint or a peer-reviewed paper.
 */
enum MofClass {
  CLASS_III("Class III", List.of(Component.END_MODEL_WEIGHTS, Component.INFERENCE_CODE, Component.MODEL_CARD,
      Component.DATA_CARD, Component.TECHNICAL_REPORT, Component.EVALUATION)),
  CLASS_II("Class II", List.of(Component.TRAINING_CODE)),
  CLASS_I("Class I", List.of(Component.BASE_MODEL_DATA, Component.INTERMEDIATE_CHECKPOINTS, Component.PREPRINT));

  private final String label;
  private final List<Component> added;

  MofClass(String label, List<Component> added) {
    this.label = label;
    this.added = added;
  }

  String label() {
    return label;
  }

  /** Components this class adds to the class before it; earlier classes are checked first. */
  List<Component> required() {
    return added;
  }
}
