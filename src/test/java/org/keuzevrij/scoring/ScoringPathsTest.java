package org.keuzevrij.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.bench.SyntheticCatalogue;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.derived.Snapshot;

/**
 * Ranking many offerings scores them on cards that keep only the points, and shares each model's and supplier's part
 * of a rubric between offerings. Neither may change a score, a knock-out or an explanation.
 */
@DisplayName("Scores for rankings and shared rubric parts agree with full explanations")
class ScoringPathsTest {

  private static final List<String> OWN = new ArrayList<>();

  @TempDir
  static Path synthetic;

  private static Catalogue bundled;
  private static Catalogue generated;

  @BeforeAll
  static void load() {
    bundled = new CatalogueLoader().load(Path.of("catalogue")).catalogue();
    LoadResult result = new CatalogueLoader().load(SyntheticCatalogue.withScoring(
        SyntheticCatalogue.write(synthetic, 40, 120, 400), Path.of("catalogue")));
    assertTrue(result.ok(), () -> result.problems().toString());
    generated = result.catalogue();
    OWN.clear();
    for (Entity profile : bundled.all(Kind.PROFILE)) {
      OWN.add(Profile.of(profile).ownOrganisation());
    }
    // The synthetic catalogue's own organisation runs self-hosted offerings too.
    OWN.add("supplier-1");
    OWN.add(null);
  }

  @Test
  @DisplayName("every criterion scores every bundled and synthetic offering as its explanation does")
  void scoresMatchExplanations() {
    for (Catalogue catalogue : List.of(bundled, generated)) {
      Snapshot snapshot = Snapshot.of(catalogue);
      for (String own : OWN) {
        for (Entity offering : catalogue.all(Kind.OFFERING)) {
          Option option = Option.of(snapshot, offering, own);
          for (Criterion criterion : Criteria.ALL) {
            assertEquals(criterion.assess(option).score().doubleValue(), criterion.score(option),
                () -> criterion.id() + " of " + offering.id() + " for " + own);
          }
        }
      }
    }
  }

  @Test
  @DisplayName("every knock-out rule, for every use case, fails the offerings its explanation fails")
  void knockOutsMatchExplanations() {
    List<Profile.KnockOutRule> rules = new ArrayList<>(List.of(new Profile.KnockOutRule(KnockOuts.PERSONAL_DATA, 0),
        new Profile.KnockOutRule(KnockOuts.LICENCE_EU, 0), new Profile.KnockOutRule(KnockOuts.SPECIAL_CATEGORY, 0)));
    for (int level = 1; level <= 4; level++) {
      rules.add(new Profile.KnockOutRule(KnockOuts.MINIMUM_SEAL, level));
    }
    List<UseCase> useCases = bundled.all(Kind.USECASE).stream().map(e -> new UseCase(e.id(), e.json())).toList();
    for (Catalogue catalogue : List.of(bundled, generated)) {
      Snapshot snapshot = Snapshot.of(catalogue);
      for (Entity offering : catalogue.all(Kind.OFFERING)) {
        Option option = Option.of(snapshot, offering, "supplier-1");
        for (UseCase useCase : useCases) {
          for (Profile.KnockOutRule rule : rules) {
            assertEquals(!KnockOuts.failed(option, useCase, List.of(rule)).isEmpty(),
                KnockOuts.fails(option, useCase, rule),
                () -> rule + " for " + offering.id() + " in " + useCase.id());
          }
        }
      }
    }
  }

  @Test
  @DisplayName("an offering explained after its models and supplier were shared with others reads as if scored alone")
  void sharedPartsExplainAsScoredAlone() {
    for (Catalogue catalogue : List.of(bundled, generated)) {
      Snapshot shared = Snapshot.of(catalogue);
      Entity useCase = bundled.all(Kind.USECASE).iterator().next();
      Profile profile = Profile.of(bundled.all(Kind.PROFILE).iterator().next());
      List<String> ids = catalogue.all(Kind.OFFERING).stream().map(Entity::id).toList();
      // A ranking leaves points-only parts behind; explaining the first half leaves full ones.
      Evaluator.rank(ScoreCache.of(shared, "supplier-1"), new UseCase(useCase.id(), useCase.json()), profile,
          profile.weights(), ids);
      Evaluator.evaluate(shared, new UseCase(useCase.id(), useCase.json()), profile, profile.weights(),
          ids.subList(0, ids.size() / 2), Instant.EPOCH);
      List<Entity> offerings = new ArrayList<>(catalogue.all(Kind.OFFERING));
      // Every bundled offering; every 25th synthetic one, each needing a snapshot of its own.
      int step = catalogue == bundled ? 1 : 25;
      for (int i = offerings.size() - 1; i >= 0; i -= step) {
        Entity offering = offerings.get(i);
        Snapshot alone = Snapshot.of(catalogue);
        for (Criterion criterion : Criteria.ALL) {
          Assessment first = criterion.assess(Option.of(alone, offering, "supplier-1"));
          Assessment later = criterion.assess(Option.of(shared, offering, "supplier-1"));
          assertEquals(first, later, () -> criterion.id() + " of " + offering.id());
        }
      }
    }
  }
}
