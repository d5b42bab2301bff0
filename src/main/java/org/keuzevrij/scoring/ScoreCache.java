package org.keuzevrij.scoring;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;

/**
 * Criterion scores and knock-out outcomes per offering for one catalogue snapshot. Absolute scoring makes both a
 * function of the offering and the catalogue alone (and of who runs self-hosted offerings), so ranking thousands of
 * offerings computes each only once; the explanations are recomputed for the few options shown in detail. Tables have
 * a slot per offering, indexed by its position in the catalogue.
 */
public final class ScoreCache {

  /** Tables never refer to their snapshot, so a snapshot that is no longer read takes its scores with it. */
  private static final Map<Snapshot, Map<String, Tables>> CACHES = new WeakHashMap<>();

  private static final int UNKNOWN = 0;
  private static final int PASSES = 1;
  private static final int FAILS = 2;

  private final Snapshot snapshot;
  private final String ownOrganisation;
  private final Tables tables;
  /** Options this cache has read, so the scores and each knock-out rule of one offering share one. */
  private final AtomicReferenceArray<Option> options;

  /** An empty cache of its own, parts of rubrics included: for measuring, and for tests. */
  public ScoreCache(Snapshot snapshot, String ownOrganisation) {
    this(snapshot, ownOrganisation, new Tables(snapshot, new PartCache()));
  }

  private ScoreCache(Snapshot snapshot, String ownOrganisation, Tables tables) {
    this.snapshot = snapshot;
    this.ownOrganisation = ownOrganisation;
    this.tables = tables;
    this.options = new AtomicReferenceArray<>(tables.offerings);
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

  /** The offering's position in the catalogue, which indexes every table here. */
  public int position(String offering) {
    int position = snapshot.catalogue().position(Kind.OFFERING, offering);
    if (position < 0) {
      throw new NoSuchElementException("no offering " + offering);
    }
    return position;
  }

  /** Whether the offering's scores are already worked out. */
  boolean scored(String offering) {
    return tables.scores.get(position(offering)) != null;
  }

  /** Criterion scores in {@link Criteria#IDS} order, of the offering at {@code position}. */
  public double[] scores(int position) {
    double[] row = tables.scores.get(position);
    if (row == null) {
      // Two threads may score the same offering at once; both get the same scores, so either may stay.
      Option option = option(position);
      row = new double[Criteria.ALL.size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = Criteria.ALL.get(i).score(option);
      }
      tables.scores.set(position, row);
    }
    return row;
  }

  /**
   * The outcomes of one knock-out rule for one use case, by offering. Only the answers the rules read are part of
   * the key, so use cases that answer them alike share the outcomes.
   */
  public KnockOutTable knockOuts(Profile.KnockOutRule rule, UseCase useCase) {
    String key = rule.rule() + '|' + rule.minimumSeal() + '|' + useCase.answer("personalData").applies() + '|'
        + useCase.answer("specialCategoryData").applies() + '|' + useCase.answer("fineTuning").applies();
    return new KnockOutTable(tables.knockOuts.computeIfAbsent(key, k -> new AtomicIntegerArray(tables.offerings)),
        rule, useCase);
  }

  /** Whether offerings fail one rule for one use case. */
  public final class KnockOutTable {

    private final AtomicIntegerArray outcomes;
    private final Profile.KnockOutRule rule;
    private final UseCase useCase;

    private KnockOutTable(AtomicIntegerArray outcomes, Profile.KnockOutRule rule, UseCase useCase) {
      this.outcomes = outcomes;
      this.rule = rule;
      this.useCase = useCase;
    }

    /** Whether the offering at {@code position} fails the rule. */
    public boolean fails(int position) {
      int outcome = outcomes.get(position);
      if (outcome == UNKNOWN) {
        outcome = KnockOuts.fails(option(position), useCase, rule) ? FAILS : PASSES;
        outcomes.set(position, outcome);
      }
      return outcome == FAILS;
    }
  }

  private Option option(int position) {
    Option option = options.get(position);
    if (option == null) {
      option = Option.of(snapshot, snapshot.catalogue().at(Kind.OFFERING, position), ownOrganisation, tables.parts);
      options.set(position, option);
    }
    return option;
  }

  /** What one snapshot and one own organisation give: a slot per offering, as rankings read the whole catalogue. */
  private static final class Tables {

    private final int offerings;
    private final PartCache parts;
    private final AtomicReferenceArray<double[]> scores;
    private final Map<String, AtomicIntegerArray> knockOuts = new ConcurrentHashMap<>();

    Tables(Snapshot snapshot, PartCache parts) {
      this.offerings = snapshot.catalogue().size(Kind.OFFERING);
      this.parts = parts;
      this.scores = new AtomicReferenceArray<>(offerings);
    }
  }
}
