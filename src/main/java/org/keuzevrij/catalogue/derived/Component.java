package org.keuzevrij.catalogue.derived;

/**
 * The openness components recorded per model. The first twelve are the criteria of the European
 * Open Source AI Index (as of March 2026); the rest are the Model Openness Framework components the
 * index does not cover.
 */
public enum Component {
  BASE_MODEL_DATA("baseModelData", "Trainingsdata basismodel", "Base model data", true, false),
  END_MODEL_DATA("endModelData", "Trainingsdata eindmodel", "End-user model data", true, false),
  BASE_MODEL_WEIGHTS("baseModelWeights", "Gewichten basismodel", "Base model weights", true, false),
  END_MODEL_WEIGHTS(
      "endModelWeights", "Gewichten eindmodel", "End-user model weights", true, false),
  TRAINING_CODE("trainingCode", "Trainingscode", "Training code", true, false),
  CODE_DOCUMENTATION(
      "codeDocumentation", "Documentatie van de code", "Code documentation", true, true),
  HARDWARE_ARCHITECTURE(
      "hardwareArchitecture", "Hardware en trainingsopzet", "Hardware architecture", true, false),
  PREPRINT("preprint", "Preprint", "Preprint", true, true),
  PAPER("paper", "Peer-reviewed artikel", "Peer-reviewed paper", true, true),
  MODEL_CARD("modelCard", "Model card", "Model card", true, true),
  DATASHEET("datasheet", "Datasheet", "Datasheet", true, true),
  LICENCES("licences", "Open licenties", "Open licences", true, false),
  INFERENCE_CODE(
      "inferenceCode",
      "Inferentie- en architectuurcode",
      "Inference and architecture code",
      false,
      false),
  EVALUATION(
      "evaluation",
      "Evaluatiecode, -data en -resultaten",
      "Evaluation code, data and results",
      false,
      true),
  INTERMEDIATE_CHECKPOINTS(
      "intermediateCheckpoints",
      "Tussentijdse checkpoints",
      "Intermediate checkpoints",
      false,
      false),
  DATA_CARD("dataCard", "Datacard", "Data card", false, true),
  TECHNICAL_REPORT("technicalReport", "Technisch rapport", "Technical report", false, true);

  private final String field;
  private final String pointer;
  private final String nl;
  private final String en;
  private final boolean osaiCriterion;
  private final boolean document;

  Component(String field, String nl, String en, boolean osaiCriterion, boolean document) {
    this.field = field;
    this.pointer = "/openness/" + field;
    this.nl = nl;
    this.en = en;
    this.osaiCriterion = osaiCriterion;
    this.document = document;
  }

  /**
   * Documents can be released but incomplete; code, data and weights are either released or not.
   * Evaluation counts as a document because its results are one; partial then means results without
   * code or data.
   */
  public boolean document() {
    return document;
  }

  public String field() {
    return field;
  }

  /** Where a model document records this component, as a JSON pointer. */
  public String pointer() {
    return pointer;
  }

  public String nl() {
    return nl;
  }

  public String en() {
    return en;
  }

  /** Whether the European Open Source AI Index counts this component in its score. */
  public boolean osaiCriterion() {
    return osaiCriterion;
  }
}
