package org.keuzevrij.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.scoring.Fit.Verdict;
import org.keuzevrij.scoring.criteria.FitnessCriterion;

@DisplayName("Fit check: an option must be able to do the use case's job")
class FitCheckTest {

  @TempDir Path root;

  private TestCatalogue catalogue;
  private ObjectNode chat;
  private ObjectNode detector;

  @BeforeEach
  void catalogue() {
    catalogue = new TestCatalogue(root);
    catalogue.supplier("eu-host", "FR", "none", List.of());
    chat = catalogue.model("chat", "open", true, "downloadable");
    capabilities(chat, List.of("text-generation"), List.of("text"), List.of("text"));
    chat.set("languages", Fixtures.fact(List.of("nl", "en")));
    chat.set("instructionTuned", Fixtures.fact(true));
    detector = catalogue.model("detector", "open", true, "downloadable");
    capabilities(
        detector, List.of("object-detection"), List.of("image"), List.of("bounding-boxes"));
    detector.set("languages", Fixtures.fact(List.of()));
    detector.set("instructionTuned", Fixtures.fact(false));
    catalogue.write(Kind.MODEL, chat);
    catalogue.write(Kind.MODEL, detector);
    catalogue.offering("chat-api", "eu-host", List.of("chat"), List.of("FR"));
    catalogue.offering("detector-api", "eu-host", List.of("detector"), List.of("FR"));
    catalogue.offering("both-api", "eu-host", List.of("chat", "detector"), List.of("FR"));
  }

  private static void capabilities(
      ObjectNode model, List<String> tasks, List<String> inputs, List<String> outputs) {
    model.set("tasks", Fixtures.fact(tasks));
    model.set("modalities", Fixtures.fact(inputs));
    model.set("outputModalities", Fixtures.fact(outputs));
  }

  private static ObjectNode needs(String task, List<String> inputs, List<String> outputs) {
    ObjectNode json = JsonNodeFactory.instance.objectNode().put("id", "test");
    json.put("task", task);
    strings(json.putArray("inputModalities"), inputs);
    strings(json.putArray("outputModalities"), outputs);
    return json;
  }

  private static ObjectNode chatNeeds() {
    ObjectNode json = needs("text-generation", List.of("text"), List.of("text"));
    strings(json.putArray("languages"), List.of("nl"));
    json.put("instructionFollowing", true);
    return json;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private Fit fit(String offering, ObjectNode useCase) {
    return FitCheck.check(catalogue.option(offering), Needs.of(useCase));
  }

  private static String linesEn(Fit fit) {
    return String.join(" | ", fit.lines().stream().map(Line::en).toList());
  }

  @Test
  @DisplayName("a model that does another task does not fit, and the line names both tasks")
  void task() {
    ObjectNode detection = needs("object-detection", List.of("image"), List.of("bounding-boxes"));
    assertEquals(Verdict.FITS, fit("detector-api", detection).verdict());
    Fit chatForDetection = fit("chat-api", detection);
    assertEquals(Verdict.DOES_NOT_FIT, chatForDetection.verdict());
    assertTrue(
        linesEn(chatForDetection)
            .contains(
                "Task: not object detection in images (does: conversational assistant / text"
                    + " generation)"),
        linesEn(chatForDetection));
    assertEquals(Verdict.DOES_NOT_FIT, fit("detector-api", chatNeeds()).verdict());
  }

  @Test
  @DisplayName(
      "for every task of the vocabulary, a model that does it fits and one that does another does"
          + " not")
  void everyTask() {
    List<String> tasks = org.keuzevrij.catalogue.SchemaModel.bundled().values("task");
    for (String task : tasks) {
      String other = tasks.get((tasks.indexOf(task) + 1) % tasks.size());
      detector.set("tasks", Fixtures.fact(List.of(task)));
      catalogue.write(Kind.MODEL, detector);
      ObjectNode needs = JsonNodeFactory.instance.objectNode().put("id", "t").put("task", task);
      assertEquals(Verdict.FITS, fit("detector-api", needs).verdict(), task);
      needs.put("task", other);
      assertEquals(
          Verdict.DOES_NOT_FIT, fit("detector-api", needs).verdict(), task + " for " + other);
    }
  }

  @Test
  @DisplayName("every input and output modality must be handled")
  void modalities() {
    ObjectNode video = needs("object-detection", List.of("image", "video"), List.of("labels"));
    Fit fit = fit("detector-api", video);
    assertEquals(Verdict.DOES_NOT_FIT, fit.verdict());
    assertTrue(linesEn(fit).contains("Input: no video"), linesEn(fit));
    assertTrue(linesEn(fit).contains("Output: no labels"), linesEn(fit));
  }

  @Test
  @DisplayName(
      "a required language: supported fits, limited support fits partly, missing does not fit")
  void languages() {
    assertEquals(Verdict.FITS, fit("chat-api", chatNeeds()).verdict());
    chat.set("languages", Fixtures.fact(List.of("en")));
    chat.set("partialLanguages", Fixtures.fact(List.of("nl")));
    catalogue.write(Kind.MODEL, chat);
    Fit partial = fit("chat-api", chatNeeds());
    assertEquals(Verdict.PARTIAL, partial.verdict());
    assertTrue(partial.fits());
    assertTrue(linesEn(partial).contains("Dutch with limited support only"), linesEn(partial));
    chat.remove("partialLanguages");
    catalogue.write(Kind.MODEL, chat);
    Fit none = fit("chat-api", chatNeeds());
    assertEquals(Verdict.DOES_NOT_FIT, none.verdict());
    assertTrue(linesEn(none).contains("Language: does not support Dutch"), linesEn(none));
  }

  @Test
  @DisplayName(
      "an unknown capability counts as not fitting (worst case) and becomes a question for the"
          + " supplier")
  void unknownCapability() {
    chat.set("languages", Fixtures.fact("unknown"));
    catalogue.write(Kind.MODEL, chat);
    Fit fit = fit("chat-api", chatNeeds());
    assertEquals(Verdict.DOES_NOT_FIT, fit.verdict());
    assertTrue(linesEn(fit).contains("unknown counts as not fitting: worst case"), linesEn(fit));
    assertEquals(
        List.of("models/chat#/languages"), fit.unknowns().stream().map(Unknown::fact).toList());
    assertEquals(List.of(Fit.USED_BY), fit.unknowns().get(0).usedBy());
    chat.set("instructionTuned", Fixtures.fact(false));
    catalogue.write(Kind.MODEL, chat);
    Fit baseModel = fit("chat-api", chatNeeds());
    assertEquals(Verdict.DOES_NOT_FIT, baseModel.verdict());
    assertEquals(
        List.of(), baseModel.unknowns(), "a base model does not fit whatever its languages are");
  }

  @Test
  @DisplayName(
      "instruction following: a base model does not fit when it is needed, or when the need is"
          + " unknown")
  void instructions() {
    chat.set("instructionTuned", Fixtures.fact(false));
    catalogue.write(Kind.MODEL, chat);
    assertEquals(Verdict.DOES_NOT_FIT, fit("chat-api", chatNeeds()).verdict());
    ObjectNode unknownNeed = chatNeeds().put("instructionFollowing", "unknown");
    Fit fit = fit("chat-api", unknownNeed);
    assertEquals(Verdict.DOES_NOT_FIT, fit.verdict());
    assertTrue(linesEn(fit).contains("need unknown, treated as needed"), linesEn(fit));
    ObjectNode notNeeded = chatNeeds().put("instructionFollowing", false);
    assertEquals(Verdict.FITS, fit("chat-api", notNeeded).verdict());
  }

  @Test
  @DisplayName("the city's GPU limit applies to self-hosted offerings only")
  void gpuMemory() {
    ObjectNode memory = chat.putObject("gpuMemory");
    memory.set("gigabytes", Fixtures.fact(160));
    memory.put("precision", "bf16");
    catalogue.write(Kind.MODEL, chat);
    ObjectNode own =
        Fixtures.offering("chat-own", TestCatalogue.CITY, List.of("chat"), List.of("NL"));
    own.put("delivery", "self-hosted");
    catalogue.write(Kind.OFFERING, own);
    ObjectNode limited = chatNeeds().put("gpuMemoryLimitGb", 80);
    Fit selfHosted = fit("chat-own", limited);
    assertEquals(Verdict.DOES_NOT_FIT, selfHosted.verdict());
    assertTrue(
        linesEn(selfHosted).contains("GPU memory: 160 GB at bf16, more than the city's 80 GB"),
        linesEn(selfHosted));
    assertEquals(Verdict.FITS, fit("chat-api", limited).verdict());
    assertEquals(Verdict.FITS, fit("chat-own", limited.put("gpuMemoryLimitGb", 160)).verdict());
  }

  @Test
  @DisplayName(
      "an offering fits through the model that fits; the others' unknowns are no questions")
  void severalModels() {
    detector.set("tasks", Fixtures.fact("unknown"));
    catalogue.write(Kind.MODEL, detector);
    Fit fit = fit("both-api", chatNeeds());
    assertEquals(Verdict.FITS, fit.verdict());
    assertEquals(List.of("chat"), fit.models());
    assertEquals(List.of(), fit.unknowns());
    assertTrue(linesEn(fit).startsWith("Model chat: fits"), linesEn(fit));
  }

  @Test
  @DisplayName("a use case without a task is not checked: every option passes, with an assumption")
  void noTask() {
    ObjectNode json = JsonNodeFactory.instance.objectNode().put("id", "test");
    assertEquals(Verdict.NOT_CHECKED, fit("detector-api", json).verdict());
    UseCase useCase = new UseCase("test", json);
    assertTrue(
        useCase.assumptions().stream()
            .anyMatch(
                r ->
                    r.en().equals("Task unknown: not checked whether the options can do the job")));
  }

  @Test
  @DisplayName(
      "an option that does not fit is never ranked, however independent it is, and is listed apart")
  void unfitNeverRanked() {
    Snapshot snapshot = catalogue.load();
    Profile profile = Profile.of(profile(snapshot));
    UseCase useCase = new UseCase("test", chatNeeds());
    Evaluation evaluation =
        Evaluator.evaluate(
            snapshot,
            useCase,
            profile,
            profile.weights(),
            List.of("detector-api", "chat-api", "both-api"),
            Instant.EPOCH);
    assertEquals(
        List.of("both-api", "chat-api"),
        evaluation.ranked().stream().map(OptionResult::id).sorted().toList());
    assertEquals(
        List.of("detector-api"), evaluation.unfit().stream().map(OptionResult::id).toList());
    OptionResult unfit = evaluation.unfit().get(0);
    assertFalse(unfit.fit().fits());
    assertEquals(List.of(), unfit.assessments());
    assertEquals(null, unfit.total());
  }

  private Entity profile(Snapshot snapshot) {
    ObjectNode json = JsonNodeFactory.instance.objectNode().put("id", "p").put("version", "1");
    ObjectNode weights = json.putObject("weights");
    Criteria.IDS.forEach(id -> weights.put(id, 10));
    json.putArray("knockOuts");
    return new Entity(Kind.PROFILE, "p", json);
  }

  @Test
  @DisplayName(
      "fit for purpose: full fit 30, partial 10, and published scores on the task's benchmarks"
          + " scaled between their anchors; no score earns nothing")
  void fitness() {
    FitnessCriterion fitness = new FitnessCriterion();
    Option option = catalogue.option("chat-api");
    Assessment noScore = fitness.assess(option, Needs.of(chatNeeds()));
    // 30 for fitting; the Dutch benchmark of the catalogue has no score for this model.
    assertEquals(30.0, noScore.score().doubleValue());
    assertEquals(
        List.of("models/chat#/quality/euroevalMmluNl"),
        noScore.unknowns().stream().map(Unknown::fact).toList());
    chat.putObject("quality").set("euroevalMmluNl", Fixtures.fact(57.5));
    chat.set("languages", Fixtures.fact(List.of("en")));
    chat.set("partialLanguages", Fixtures.fact(List.of("nl")));
    catalogue.write(Kind.MODEL, chat);
    Assessment partial = fitness.assess(catalogue.option("chat-api"), Needs.of(chatNeeds()));
    // 10 for fitting partly; 57.5 is halfway between 25 (no points) and 90 (full): 35 of 70.
    assertEquals(45.0, partial.score().doubleValue());
    ObjectNode english = needs("text-generation", List.of("text"), List.of("text"));
    strings(english.putArray("languages"), List.of("en"));
    Assessment noDutch = fitness.assess(catalogue.option("chat-api"), Needs.of(english));
    // The Dutch benchmark does not count when Dutch is not needed: no benchmark applies.
    assertEquals(30.0, noDutch.score().doubleValue());
    assertEquals(List.of(), noDutch.unknowns());
  }
}
