package org.keuzevrij.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Reason;

/**
 * What a use case needs done, as far as the fit check reads it. A need that is absent or "unknown"
 * is not checked and is listed as an assumption, except instruction following, an answer like the
 * others: unknown counts as yes (the worst case).
 *
 * @param task the task from the vocabulary, or null when not given or unknown
 * @param inputs modalities the model must take, or null when not given or unknown
 * @param outputs modalities the model must put out, or null when not given or unknown
 * @param languages ISO 639-1 codes that must be served, or null when unknown; empty when none
 * @param gpuLimitGb GPU memory the city can give a self-hosted model, or null when not given
 */
public record Needs(
    String task,
    List<String> inputs,
    List<String> outputs,
    List<String> languages,
    Answer instructionFollowing,
    Double gpuLimitGb,
    List<Reason> assumptions) {

  public static final String TASK = "task";
  public static final String INPUTS = "inputModalities";
  public static final String OUTPUTS = "outputModalities";
  public static final String LANGUAGES = "languages";
  public static final String INSTRUCTIONS = "instructionFollowing";
  public static final String GPU_LIMIT = "gpuMemoryLimitGb";

  /** A use case that says nothing of its needs. */
  public static final Needs NONE = of(JsonNodeFactory.instance.objectNode());

  public static Needs of(JsonNode useCase) {
    List<Reason> assumptions = new ArrayList<>();
    JsonNode task = useCase.path(TASK);
    String taskId =
        task.isTextual() && !Facts.UNKNOWN.equals(task.textValue()) ? task.asText() : null;
    if (taskId == null) {
      assumptions.add(
          Reason.of(
              "Taak onbekend: niet nagegaan of de opties het werk kunnen doen",
              "Task unknown: not checked whether the options can do the job"));
    }
    List<String> inputs =
        list(useCase.path(INPUTS), "Soorten invoer", "Kinds of input", assumptions);
    List<String> outputs =
        list(useCase.path(OUTPUTS), "Soorten uitvoer", "Kinds of output", assumptions);
    JsonNode languageNode = useCase.path(LANGUAGES);
    List<String> languages =
        languageNode.isMissingNode()
            ? List.of()
            : list(languageNode, "Talen", "Languages", assumptions);
    // Absent means the use case does not ask for it; "unknown" is the worst case, as for answers.
    Answer instructions =
        useCase.has(INSTRUCTIONS) ? Answer.of(useCase.get(INSTRUCTIONS)) : Answer.NO;
    if (instructions == Answer.UNKNOWN) {
      assumptions.add(
          Reason.of(
              "Instructies volgen: onbekend, behandeld als nodig (slechtste geval)",
              "Instruction following: unknown, treated as needed (worst case)"));
    }
    JsonNode gpu = useCase.path(GPU_LIMIT);
    Double gpuLimit = gpu.isNumber() ? gpu.doubleValue() : null;
    if (gpuLimit == null) {
      assumptions.add(
          Reason.of(
              "GPU-geheugen van de gemeente onbekend: niet nagegaan of zelf gehoste modellen passen",
              "The city's GPU memory is unknown: not checked whether self-hosted models fit on it"));
    }
    return new Needs(
        taskId, inputs, outputs, languages, instructions, gpuLimit, List.copyOf(assumptions));
  }

  /** Absent: not needed (null); "unknown": not checked, with an assumption. */
  private static List<String> list(JsonNode node, String nl, String en, List<Reason> assumptions) {
    if (node.isArray()) {
      List<String> values = new ArrayList<>();
      node.forEach(value -> values.add(value.asText()));
      return List.copyOf(values);
    }
    if (!node.isMissingNode()) {
      assumptions.add(Reason.of(nl + ": onbekend, niet nagegaan", en + ": unknown, not checked"));
    }
    return null;
  }

  /** Whether the use case says enough to check an option against it. */
  public boolean checkable() {
    return task != null;
  }
}
