package org.keuzevrij.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;

@DisplayName("Warming the scores after the catalogue changes")
class ScoreWarmerTest {

  private static final Catalogue BUNDLED = new CatalogueLoader().load(Path.of("catalogue")).catalogue();

  @Test
  @DisplayName("a new snapshot is scored in the background for every profile, and ranks as a full evaluation does")
  void warmsNewSnapshots() throws InterruptedException {
    SnapshotHolder snapshots = new SnapshotHolder();
    ScoreWarmer.watch(snapshots);
    Snapshot snapshot = Snapshot.of(BUNDLED);
    snapshots.replace(snapshot);
    List<String> offerings = BUNDLED.all(Kind.OFFERING).stream().map(Entity::id).toList();
    List<Profile> profiles = BUNDLED.all(Kind.PROFILE).stream().map(Profile::of).toList();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (Profile profile : profiles) {
      ScoreCache cache = ScoreCache.of(snapshot, profile.ownOrganisation());
      while (!offerings.stream().allMatch(cache::scored) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertTrue(offerings.stream().allMatch(cache::scored), profile.id());
    }
    Profile profile = profiles.get(0);
    Entity chatbot = BUNDLED.all(Kind.USECASE).iterator().next();
    UseCase useCase = new UseCase(chatbot.id(), chatbot.json());
    Evaluation full = Evaluator.evaluate(snapshot, useCase, profile, profile.weights(), offerings, Instant.EPOCH);
    List<String> expected = new ArrayList<>();
    full.ranked().forEach(r -> expected.add(r.id() + " " + r.total() + " #" + r.rank()));
    full.excluded().forEach(r -> expected.add(r.id() + " out"));
    List<String> quick = Evaluator.rank(ScoreCache.of(snapshot, profile.ownOrganisation()), useCase, profile,
        profile.weights(), offerings).stream()
        .map(q -> q.rank() == null ? q.id() + " out" : q.id() + " " + q.total() + " #" + q.rank()).toList();
    assertEquals(expected, quick);
  }

  @Test
  @DisplayName("warming stops as soon as its snapshot is no longer the current one")
  void stopsWhenReplaced() {
    Snapshot snapshot = Snapshot.of(BUNDLED);
    ScoreWarmer.warm(snapshot, () -> false);
    String own = Profile.of(BUNDLED.all(Kind.PROFILE).iterator().next()).ownOrganisation();
    assertFalse(BUNDLED.all(Kind.OFFERING).stream().anyMatch(o -> ScoreCache.of(snapshot, own).scored(o.id())));
  }
}
