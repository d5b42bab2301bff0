package org.keuzevrij.scoring;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Map;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.derived.Snapshot;

/**
 * One model or supplier of a snapshot with its derived facts and the {@link Part}s of rubrics worked out for it so
 * far, a slot per part. An option finds the holders of its supplier and models once, so the dozen or so parts an
 * offering's criteria include cost an array read each rather than two map lookups.
 */
final class EntityParts {

  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Fragment[].class);

  private final Entity entity;
  private final Map<String, Derivation> derived;
  private final Fragment[] fragments = new Fragment[Part.LIMIT];

  EntityParts(Entity entity, Map<String, Derivation> derived) {
    this.entity = entity;
    this.derived = derived;
  }

  Entity entity() {
    return entity;
  }

  /** A derived fact of the entity, or null if it has none by that name. */
  Derivation derived(String name) {
    return derived.get(name);
  }

  /** The part for this entity, with every line, fact and question when {@code explained}. */
  Fragment of(Part part, Snapshot snapshot, boolean explained) {
    Fragment fragment = (Fragment) SLOT.getAcquire(fragments, part.index());
    if (fragment != null && (fragment.explained() || !explained)) {
      return fragment;
    }
    // Two threads may work out the same part at once; neither waits, and an explained result wins over a bare one.
    Fragment worked = part.work(snapshot, entity, explained);
    while (true) {
      Fragment kept = (Fragment) SLOT.compareAndExchange(fragments, part.index(), fragment, worked);
      if (kept == fragment) {
        return worked;
      }
      if (kept.explained() || !worked.explained()) {
        return kept;
      }
      fragment = kept;
    }
  }
}
