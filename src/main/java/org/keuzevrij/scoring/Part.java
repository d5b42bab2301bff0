package org.keuzevrij.scoring;

import java.util.concurrent.atomic.AtomicInteger;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.derived.Snapshot;

/**
 * The share of a rubric that reads one catalogue entity (a model or a supplier) and the snapshot, never the offering.
 * It comes out the same for every offering that shares the entity, as many offerings share a model or a supplier, so
 * {@link PartCache} works it out once per snapshot. The rubric only sees the entity, so it cannot depend on the
 * offering by mistake.
 */
public final class Part {

  /** How many parts there can be: each entity keeps a slot for every one. */
  static final int LIMIT = 16;
  private static final AtomicInteger COUNT = new AtomicInteger();

  private final String criterion;
  private final Rubric rubric;
  private final int index;

  /**
   * Parts are constants, declared with the criterion they belong to.
   *
   * @param criterion the criterion or knock-out the part belongs to, which its unknown facts name
   */
  public Part(String criterion, Rubric rubric) {
    this.criterion = criterion;
    this.rubric = rubric;
    this.index = COUNT.getAndIncrement();
    if (index >= LIMIT) {
      throw new IllegalStateException("more than " + LIMIT + " rubric parts: raise Part.LIMIT");
    }
  }

  /** The part's slot in {@link EntityParts}. */
  int index() {
    return index;
  }

  /** Scores the entity, with every line, fact and question when {@code explained}. */
  Fragment work(Snapshot snapshot, Entity entity, boolean explained) {
    Scorecard card = explained ? Scorecard.explaining(criterion) : Scorecard.scoring(criterion);
    rubric.score(card, snapshot, entity);
    return card.fragment();
  }

  /** One entity's share of a rubric. */
  @FunctionalInterface
  public interface Rubric {
    void score(Scorecard card, Snapshot snapshot, Entity entity);
  }
}
