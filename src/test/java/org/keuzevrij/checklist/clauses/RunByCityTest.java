package org.keuzevrij.checklist.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.scoring.Option;
import org.keuzevrij.scoring.Profile;

@DisplayName("Whether the city runs an option itself: scores and checklists use one rule")
class RunByCityTest {

  private final Snapshot snapshot = Bundled.snapshot();
  private final String own =
      Profile.defaultOf(snapshot.catalogue()).orElseThrow().ownOrganisation();

  @Test
  @DisplayName("for every bundled offering, the checklist and the score agree")
  void checklistAndScoreAgree() {
    for (Entity offering : snapshot.catalogue().all(Kind.OFFERING)) {
      ProcurementCase checklist =
          ProcurementCase.of(snapshot, "residents-chatbot", offering.id()).orElseThrow();
      assertEquals(
          Option.of(snapshot, offering, own).runByCity(), checklist.runByCity(), offering.id());
    }
  }

  @Test
  @DisplayName(
      "the city's own vLLM deployment is run by the city; a vendor's on-premise platform and a hosted API are not")
  void ownDeploymentOnly() {
    assertTrue(
        ProcurementCase.of(snapshot, "residents-chatbot", "self-hosted-vllm-olmo")
            .orElseThrow()
            .runByCity());
    assertFalse(
        ProcurementCase.of(snapshot, "residents-chatbot", "aleph-alpha-pharia-ai-on-premise")
            .orElseThrow()
            .runByCity(),
        "self-hosted software from a vendor still has a supplier");
    assertFalse(
        ProcurementCase.of(snapshot, "residents-chatbot", "scaleway-generative-apis")
            .orElseThrow()
            .runByCity());
  }
}
