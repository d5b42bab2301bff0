package org.keuzevrij.scoring;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.derived.Snapshot;

/**
 * The {@link Part}s of rubrics per entity for one catalogue snapshot: a catalogue has far fewer models and suppliers
 * than offerings, so each model's openness, transparency and climate, and each supplier's jurisdiction, is worked out
 * once and shared. A ranking asks only for points; the first explanation that needs a part works it out again in full
 * and keeps that instead.
 */
public final class PartCache {

  /** Values never refer to their snapshot, so a snapshot that is no longer read takes its parts with it. */
  private static final Map<Snapshot, PartCache> CACHES = new WeakHashMap<>();

  private final Map<Part, Map<String, Fragment>> fragments = new ConcurrentHashMap<>();

  /** An empty cache of its own, e.g. to measure scoring from scratch. */
  public PartCache() {}

  /** The cache every reader of {@code snapshot} shares. */
  public static PartCache of(Snapshot snapshot) {
    synchronized (CACHES) {
      return CACHES.computeIfAbsent(snapshot, s -> new PartCache());
    }
  }

  /** The part for one entity of {@code snapshot}, which must be the snapshot this cache belongs to. */
  Fragment of(Part part, Snapshot snapshot, Entity entity, boolean explained) {
    Map<String, Fragment> byEntity = fragments.computeIfAbsent(part, p -> new ConcurrentHashMap<>());
    Fragment fragment = byEntity.get(entity.id());
    if (fragment == null || explained && !fragment.explained()) {
      // Not computeIfAbsent: two threads may work out the same part at once, but neither blocks the map meanwhile.
      return byEntity.merge(entity.id(), part.work(snapshot, entity, explained),
          (kept, worked) -> worked.explained() && !kept.explained() ? worked : kept);
    }
    return fragment;
  }
}
