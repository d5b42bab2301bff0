package org.keuzevrij.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;

@DisplayName("Evaluating shortlists of the bundled catalogue")
class EvaluatorTest {

  private static Snapshot snapshot;
  private static List<String> offerings;
  private static List<Profile> profiles;
  private static List<UseCase> useCases;

  @BeforeAll
  static void load() {
    snapshot = Snapshot.of(new CatalogueLoader().load(Path.of("catalogue")).catalogue());
    offerings = snapshot.catalogue().all(Kind.OFFERING).stream().map(Entity::id).toList();
    profiles = snapshot.catalogue().all(Kind.PROFILE).stream().map(Profile::of).toList();
    useCases =
        snapshot.catalogue().all(Kind.USECASE).stream()
            .map(e -> new UseCase(e.id(), e.json()))
            .toList();
  }

  private static Evaluation evaluate(UseCase useCase, Profile profile, List<String> ids) {
    return Evaluator.evaluate(snapshot, useCase, profile, profile.weights(), ids, Instant.EPOCH);
  }

  private static List<String> order(Evaluation evaluation) {
    List<String> order =
        new ArrayList<>(evaluation.ranked().stream().map(OptionResult::id).toList());
    order.addAll(evaluation.excluded().stream().map(OptionResult::id).toList());
    order.addAll(evaluation.unfit().stream().map(OptionResult::id).toList());
    return order;
  }

  @Test
  @DisplayName(
      "absolute scoring: over random shortlists, adding or removing an option never reorders the others")
  void addingOrRemovingNeverReorders() {
    Random random = new Random(4);
    int changedShortlists = 0;
    for (int round = 0; round < 100; round++) {
      UseCase useCase = useCases.get(random.nextInt(useCases.size()));
      Profile profile = profiles.get(random.nextInt(profiles.size()));
      // Most offerings do one job only, so the shortlist mixes options that fit this use case
      // with some that do not, as an officer's would.
      Evaluation everything = evaluate(useCase, profile, offerings);
      List<String> fitting = new ArrayList<>(order(everything));
      fitting.removeAll(everything.unfit().stream().map(OptionResult::id).toList());
      List<String> unfit =
          new ArrayList<>(everything.unfit().stream().map(OptionResult::id).toList());
      Collections.shuffle(fitting, random);
      Collections.shuffle(unfit, random);
      List<String> shortlist =
          new ArrayList<>(fitting.subList(0, Math.min(fitting.size(), 2 + random.nextInt(10))));
      shortlist.addAll(unfit.subList(0, Math.min(unfit.size(), random.nextInt(4))));
      if (shortlist.isEmpty()) {
        shortlist.add(unfit.get(0));
      }
      Collections.shuffle(shortlist, random);
      List<String> rest = new ArrayList<>(offerings);
      rest.removeAll(shortlist);
      String extra = rest.get(random.nextInt(rest.size()));
      Evaluation base = evaluate(useCase, profile, shortlist);
      List<String> withExtra = new ArrayList<>(shortlist);
      withExtra.add(extra);
      Evaluation added = evaluate(useCase, profile, withExtra);
      List<String> expected = order(base);
      List<String> after = new ArrayList<>(order(added));
      after.remove(extra);
      assertEquals(expected, after, "adding " + extra + " to " + shortlist);
      String removed = shortlist.get(random.nextInt(shortlist.size()));
      List<String> without = new ArrayList<>(shortlist);
      without.remove(removed);
      List<String> expectedWithout = new ArrayList<>(expected);
      expectedWithout.remove(removed);
      assertEquals(
          expectedWithout, order(evaluate(useCase, profile, without)), "removing " + removed);
      Map<String, Double> totals = new HashMap<>();
      base.ranked().forEach(r -> totals.put(r.id(), r.exactTotal()));
      added.ranked().stream()
          .filter(r -> totals.containsKey(r.id()))
          .forEach(
              r ->
                  assertEquals(
                      totals.get(r.id()), r.exactTotal(), r.id() + " keeps its own total"));
      changedShortlists += base.ranked().size() > 1 ? 1 : 0;
    }
    assertTrue(
        changedShortlists > 40, "most rounds must rank more than one option: " + changedShortlists);
  }

  @Test
  @DisplayName(
      "the same inputs give the same JSON apart from the timestamp, whatever order the shortlist was given in")
  void deterministic() {
    Profile profile = profiles.get(0);
    List<String> ids = new ArrayList<>(offerings.subList(0, 15));
    ObjectNode first =
        EvaluationJson.of(
            Evaluator.evaluate(
                snapshot,
                useCases.get(0),
                profile,
                profile.weights(),
                ids,
                Instant.parse("2026-11-01T10:00:00Z")));
    Collections.reverse(ids);
    ObjectNode second =
        EvaluationJson.of(
            Evaluator.evaluate(
                snapshot,
                useCases.get(0),
                profile,
                profile.weights(),
                ids,
                Instant.parse("2026-11-02T11:00:00Z")));
    assertEquals("2026-11-01T10:00:00Z", first.remove("evaluatedAt").asText());
    second.remove("evaluatedAt");
    assertEquals(
        new String(CanonicalJson.compact(first)), new String(CanonicalJson.compact(second)));
    assertEquals(snapshot.catalogue().version(), first.get("catalogueVersion").asText());
    assertEquals(profile.id(), first.path("profile").path("id").asText());
    assertEquals(profile.version(), first.path("profile").path("version").asText());
  }

  @Test
  @DisplayName(
      "a total is the weighted mean of the criterion scores, and equal totals share a rank")
  void totalsAndRanks() {
    Profile profile =
        profiles.stream()
            .filter(p -> p.id().equals("amsterdam-ai-vision-2024"))
            .findFirst()
            .orElseThrow();
    UseCase chatbot =
        useCases.stream().filter(u -> u.id().equals("residents-chatbot")).findFirst().orElseThrow();
    Evaluation evaluation = evaluate(chatbot, profile, offerings);
    assertTrue(evaluation.ranked().size() > 10, "many options rank");
    for (OptionResult result : evaluation.ranked()) {
      double weighted = 0;
      for (Assessment assessment : result.assessments()) {
        weighted +=
            profile.weights().get(assessment.criterion()) * assessment.score().doubleValue();
      }
      // Rounded half up on the decimal form, as a reviewer (and a spreadsheet's ROUND) would:
      // 79.335 gives 79.34.
      assertEquals(
          new BigDecimal(Double.toString(weighted / profile.weights().sum()))
              .setScale(2, RoundingMode.HALF_UP),
          result.total());
      long better =
          evaluation.ranked().stream().filter(r -> r.total().compareTo(result.total()) > 0).count();
      assertEquals(better + 1, result.rank().longValue());
    }
  }

  private static OptionResult find(Evaluation evaluation, String id) {
    return evaluation.ranked().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName(
      "the city's self-hosted OLMo outranks hosted big-tech APIs under the Amsterdam profile, with reasons")
  void sensibleOnRealData() {
    Profile profile =
        profiles.stream()
            .filter(p -> p.id().equals("amsterdam-ai-vision-2024"))
            .findFirst()
            .orElseThrow();
    UseCase chatbot =
        useCases.stream().filter(u -> u.id().equals("residents-chatbot")).findFirst().orElseThrow();
    Evaluation evaluation =
        evaluate(
            chatbot,
            profile,
            List.of("self-hosted-vllm-olmo", "azure-openai-global", "scaleway-generative-apis"));
    assertEquals("self-hosted-vllm-olmo", evaluation.ranked().get(0).id());
    OptionResult azure = evaluation.excluded().get(0);
    assertEquals("azure-openai-global", azure.id());
    assertEquals(
        List.of(KnockOuts.PERSONAL_DATA, KnockOuts.SPECIAL_CATEGORY),
        azure.knockOuts().stream().map(KnockOut::rule).toList());
    assertTrue(evaluation.ranked().get(0).option().runByCity());
  }
}
