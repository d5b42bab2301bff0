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

  /** Tables never refer to their snapshot, so a snapshot that is no longer read takes its scores with it. */
  private static final Map<Snapshot, Map<String, Tables>> CACHES = new WeakHashMap<>();

  private final Snapshot snapshot;
  private final String ownOrganisation;
  private final Tables tables;
  /** Options this cache has read, so the scores and each knock-out rule of one offering share one. */
  private final Map<String, Option> options;

  /** An empty cache of its own, parts of rubrics included: for measuring, and for tests. */
  public ScoreCache(Snapshot snapshot, String ownOrganisation) {
    this(snapshot, ownOrganisation, new Tables(snapshot, new PartCache()));
  }

  private ScoreCache(Snapshot snapshot, String ownOrganisation, Tables tables) {
    this.snapshot = snapshot;
    this.ownOrganisation = ownOrganisation;
    this.tables = tables;
    this.options = new ConcurrentHashMap<>(tables.offerings);
  }

  /** The shared cache for a snapshot; it goes when the snapshot does. */
  public static ScoreCache of(Snapshot snapshot, String ownOrganisation) {
    Tables tables;
    synchronized (CACHES) {
      tables = CACHES.computeIfAbsent(snapshot, s -> new ConcurrentHashMap<>())
          .computeIfAbsent(ownOrganisation == null ? "" : ownOrganisation,
              own -> new Tables(snapshot, PartCache.of(snapshot)));
    }
    return new ScoreCache(snapshot, ownOrganisation, tables);
  }

  /** Whether the offering's scores are already worked out. */
  boolean scored(String offering) {
    return tables.scores.containsKey(offering);
  }

  /** Criterion scores in {@link Criteria#IDS} order. */
  public double[] scores(String offering) {
    return tables.scores.computeIfAbsent(offering, id -> {
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
    Map<String, Boolean> outcomes = tables.knockOuts.computeIfAbsent(key,
        k -> new ConcurrentHashMap<>(tables.offerings));
    return offering -> outcomes.computeIfAbsent(offering, id -> KnockOuts.fails(option(id), useCase, rule));
  }

  /** Whether an offering fails one rule for one use case. */
  @FunctionalInterface
  public interface KnockOutTable {
    boolean fails(String offering);
  }

  private Option option(String id) {
    return options.computeIfAbsent(id, i -> Option.of(snapshot, snapshot.catalogue().find(Kind.OFFERING, i)
        .orElseThrow(), ownOrganisation, tables.parts));
  }

  /** What one snapshot and one own organisation give; sized for the whole catalogue, as rankings read all of it. */
  private static final class Tables {

    private final int offerings;
    private final PartCache parts;
    private final Map<String, double[]> scores;
    private final Map<String, Map<String, Boolean>> knockOuts = new ConcurrentHashMap<>();

    Tables(Snapshot snapshot, PartCache parts) {
      this.offerings = snapshot.catalogue().size(Kind.OFFERING);
      this.parts = parts;
      this.scores = new ConcurrentHashMap<>(offerings);
    }
  }
}
