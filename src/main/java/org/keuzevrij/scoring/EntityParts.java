package org.keuzevrij.scoring;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.derived.Snapshot;

/**
 * One model or supplier of a snapshot with the {@link Part}s of rubrics worked out for it so far, a slot per part. An
 * option finds the holders of its supplier and models once, so the dozen or so parts an offering's criteria include
 * cost an array read each rather than two map lookups.
 */
final class EntityParts {

  private final Entity entity;
  private final AtomicReferenceArray<Fragment> fragments = new AtomicReferenceArray<>(Part.LIMIT);

  EntityParts(Entity entity) {
    this.entity = entity;
  }

  Entity entity() {
    return entity;
  }

  /** The part for this entity, with every line, fact and question when {@code explained}. */
  Fragment of(Part part, Snapshot snapshot, boolean explained) {
    Fragment fragment = fragments.get(part.index());
    if (fragment != null && (fragment.explained() || !explained)) {
      return fragment;
    }
    // Two threads may work out the same part at once; neither waits, and an explained result wins over a bare one.
    return fragments.accumulateAndGet(part.index(), part.work(snapshot, entity, explained),
        (kept, worked) -> kept == null || worked.explained() && !kept.explained() ? worked : kept);
  }
}
