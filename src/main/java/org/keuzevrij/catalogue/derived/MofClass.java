package org.keuzevrij.catalogue.derived;

import java.util.List;

/**
 * Classes of the Model Openness Framework 1.0 (LF AI &amp; Data), each cumulative on the one
 * before, in the order they are earned. Components map onto ours: architecture code is part of
 * inference code; evaluation results are a document for Class III, while Class II also needs the
 * evaluation code and data, so evaluation must then be fully open; the research paper may be a
 * preprint or a peer-reviewed paper.
 */
enum MofClass {
  CLASS_III(
      "Class III",
      List.of(
          released(Component.END_MODEL_WEIGHTS),
          released(Component.INFERENCE_CODE),
          released(Component.MODEL_CARD),
          released(Component.DATA_CARD),
          released(Component.TECHNICAL_REPORT),
          released(Component.EVALUATION))),
  CLASS_II("Class II", List.of(released(Component.TRAINING_CODE), fullyOpen(Component.EVALUATION))),
  CLASS_I(
      "Class I",
      List.of(
          released(Component.BASE_MODEL_DATA),
          released(Component.INTERMEDIATE_CHECKPOINTS),
          released(Component.PREPRINT)));

  /**
   * One component a class needs; {@code fully} means partial never counts, not even for a document.
   */
  record Requirement(Component component, boolean fully) {}

  private final String label;
  private final List<Requirement> added;

  MofClass(String label, List<Requirement> added) {
    this.label = label;
    this.added = added;
  }

  private static Requirement released(Component component) {
    return new Requirement(component, false);
  }

  private static Requirement fullyOpen(Component component) {
    return new Requirement(component, true);
  }

  /** The class as the framework names it, also the derived value. */
  String label() {
    return label;
  }

  String labelNl() {
    return label.replace("Class", "Klasse");
  }

  /** Components this class adds to the class before it; earlier classes are checked first. */
  List<Requirement> required() {
    return added;
  }
}
