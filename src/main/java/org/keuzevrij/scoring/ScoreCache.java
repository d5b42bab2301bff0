package org.keuzevrij.scoring;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.derived.Snapshot;

/**
 * Criterion scores and knock-out outcomes per offering for one catalogue snapshot. Absolute scoring makes both a
 * function of the offering and the catalogue alone (and of who runs self-hosted offerings), so ranking thousands of
 * offerings computes each only once; the explanations are recomputed for the few options shown in detail.
 */
public final class ScoreCache {

  private static final Map<Snapshot, Map<String, ScoreCache>> CACHES = new WeakHashMap<>();

  private final Snapshot snapshot;
  private final String ownOrganisation;
  private final Map<String, double[]> scores = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Boolean>> knockOuts = new ConcurrentHashMap<>();

  public ScoreCache(Snapshot snapshot, String ownOrganisation) {
    this.snapshot = snapshot;
    this.ownOrganisation = ownOrganisation;
  }

  /** The shared cache for a snapshot; it goes when the snapshot does. */
  public static ScoreCache of(Snapshot snapshot, String ownOrganisation) {
    synchronized (CACHES) {
      return CACHES.computeIfAbsent(snapshot, s -> new ConcurrentHashMap<>())
          .computeIfAbsent(ownOrganisation == null ? "" : ownOrganisation, own -> new ScoreCache(snapshot, own));
    }
  }

  /** Criterion scores in {@link Criteria#IDS} order. */
  public double[] scores(String offering) {
    return scores.computeIfAbsent(offering, id -> {
      Option option = option(id);
      double[] row = new double[Criteria.ALL.size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = Criteria.ALL.get(i).score(option);
      }
      return row;
    });
  }

  /**
   * The outcomes of one knock-out rule for one use case, by offering. Only the answers the rules read are part of
   * the key, so use cases that answer them alike share the outcomes.
   */
  public KnockOutTable knockOuts(Profile.KnockOutRule rule, UseCase useCase) {
    String key = rule.rule() + '|' + rule.minimumSeal() + '|' + useCase.answer("personalData").applies() + '|'
        + useCase.answer("specialCategoryData").applies() + '|' + useCase.answer("fineTuning").applies();
    Map<String, Boolean> outcomes = knockOuts.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
    return offering -> outcomes.computeIfAbsent(offering,
        id -> KnockOuts.fails(option(id), useCase, rule));
  }

  /** Whether an offering fails one rule for one use case. */
  @FunctionalInterface
  public interface KnockOutTable {
    boolean fails(String offering);
  }

  private Option option(String id) {
    return Option.of(snapshot, snapshot.catalogue().find(Kind.OFFERING, id).orElseThrow(), ownOrganisation);
  }
}
