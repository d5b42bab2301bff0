package org.keuzevrij.scoring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;

/**
 * Fills the shared {@link ScoreCache} in the background after the catalogue is loaded or edited, so the first compare
 * page after a change need not rank the whole catalogue from scratch. Requests that come earlier compute what they
 * need themselves; the cache is concurrent, and both arrive at the same scores.
 */
public final class ScoreWarmer {

  private static final Logger LOG = Logger.getLogger(ScoreWarmer.class.getName());

  private ScoreWarmer() {}

  /** Warms every snapshot the holder is given from now on, on one low-priority daemon thread. */
  public static void watch(SnapshotHolder snapshots) {
    ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "keuzevrij-score-warmer");
      thread.setDaemon(true);
      thread.setPriority(Thread.MIN_PRIORITY);
      return thread;
    });
    snapshots.onReplace(snapshot -> executor.execute(() -> {
      try {
        // A snapshot already replaced again is not worth finishing: nobody will read it.
        warm(snapshot, () -> snapshots.get() == snapshot);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "could not warm the scores of catalogue " + snapshot.catalogue().version(), e);
      }
    }));
  }

  /**
   * Scores every offering for each profile's own organisation, and works out each profile's knock-out rules for every
   * use case, while {@code current} holds.
   */
  public static void warm(Snapshot snapshot, BooleanSupplier current) {
    List<Profile> profiles = snapshot.catalogue().all(Kind.PROFILE).stream().map(Profile::of).toList();
    List<UseCase> useCases = snapshot.catalogue().all(Kind.USECASE).stream()
        .map(entity -> new UseCase(entity.id(), entity.json())).toList();
    int offerings = snapshot.catalogue().size(Kind.OFFERING);
    Set<String> owners = new LinkedHashSet<>();
    profiles.forEach(profile -> owners.add(profile.ownOrganisation()));
    for (String owner : owners) {
      ScoreCache cache = ScoreCache.of(snapshot, owner);
      for (int position = 0; position < offerings; position++) {
        if (!current.getAsBoolean()) {
          return;
        }
        cache.scores(position);
      }
    }
    for (Profile profile : profiles) {
      ScoreCache cache = ScoreCache.of(snapshot, profile.ownOrganisation());
      for (UseCase useCase : useCases) {
        for (Profile.KnockOutRule rule : profile.knockOuts()) {
          ScoreCache.KnockOutTable table = cache.knockOuts(rule, useCase);
          for (int position = 0; position < offerings; position++) {
            if (!current.getAsBoolean()) {
              return;
            }
            table.fails(position);
          }
        }
      }
    }
  }
}
