package org.keuzevrij.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;

@DisplayName("The bundled use cases, each compared with all offerings under the default profile")
class BundledUseCasesTest {

  private static Snapshot snapshot;
  private static Profile profile;
  private static List<String> all;

  @BeforeAll
  static void load() {
    snapshot = Snapshot.of(new CatalogueLoader().load(Path.of("catalogue")).catalogue());
    profile = Profile.defaultOf(snapshot.catalogue()).orElseThrow();
    all = snapshot.catalogue().all(Kind.OFFERING).stream().map(Entity::id).toList();
  }

  private static Evaluation evaluate(String useCase) {
    Entity entity = snapshot.catalogue().find(Kind.USECASE, useCase).orElseThrow();
    return Evaluator.evaluate(
        snapshot,
        new UseCase(entity.id(), entity.json()),
        profile,
        profile.weights(),
        all,
        Instant.EPOCH);
  }

  private static String task(Entity model) {
    return String.join(",", Fact.of(model, "/tasks").items());
  }

  @Test
  @DisplayName(
      "each ranks first an option whose models do its task; every ranked option fits or fits partly;"
          + " every other is listed with the facts that decided it; the winners differ")
  void winnersCanDoTheJob() {
    Set<String> winners = new HashSet<>();
    for (Entity useCase : snapshot.catalogue().all(Kind.USECASE)) {
      Evaluation evaluation = evaluate(useCase.id());
      String task = useCase.json().path("task").asText();
      System.out.println(
          useCase.id()
              + ": "
              + evaluation.ranked().stream()
                  .limit(8)
                  .map(r -> r.id() + " " + r.total() + " (" + r.fit().verdict().id() + ")")
                  .toList()
              + " | excluded "
              + evaluation.excluded().size()
              + ", unfit "
              + evaluation.unfit().size());
      if (evaluation.ranked().isEmpty()) {
        winners.add("nobody for " + useCase.id());
        continue;
      }
      OptionResult first = evaluation.ranked().get(0);
      Entity model =
          snapshot.catalogue().find(Kind.MODEL, first.fit().models().get(0)).orElseThrow();
      assertTrue(task(model).contains(task), useCase.id() + ": " + first.id() + " " + task(model));
      for (OptionResult ranked : evaluation.ranked()) {
        assertTrue(
            ranked.fit().verdict() == Fit.Verdict.FITS
                || ranked.fit().verdict() == Fit.Verdict.PARTIAL,
            ranked.id());
      }
      for (OptionResult unfit : evaluation.unfit()) {
        assertEquals(Fit.Verdict.DOES_NOT_FIT, unfit.fit().verdict());
        assertFalse(unfit.fit().lines().isEmpty(), unfit.id());
        assertFalse(unfit.fit().evidence().isEmpty(), unfit.id());
      }
      assertEquals(
          all.size(),
          evaluation.ranked().size() + evaluation.excluded().size() + evaluation.unfit().size());
      winners.add(first.id());
    }
    assertTrue(winners.stream().noneMatch(w -> w.startsWith("nobody")), winners.toString());
    assertEquals(snapshot.catalogue().all(Kind.USECASE).size(), winners.size(), "winners differ");
  }
}
