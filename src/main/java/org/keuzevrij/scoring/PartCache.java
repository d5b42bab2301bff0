package org.keuzevrij.scoring;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.derived.Snapshot;

/**
 * The {@link Part}s of rubrics per entity for one catalogue snapshot: a catalogue has far fewer models and suppliers
 * than offerings, so each model's openness, transparency and climate, and each supplier's jurisdiction, is worked out
 * once and shared. Fragments are immutable, so explanations and plain scores can both use them.
 */
public final class PartCache {

  /** Values never refer to their snapshot, so a snapshot that is no longer read takes its parts with it. */
  private static final Map<Snapshot, PartCache> CACHES = new WeakHashMap<>();

  private final Map<Part, Map<String, Fragment>> fragments = new ConcurrentHashMap<>();

  private PartCache() {}

  public static PartCache of(Snapshot snapshot) {
    synchronized (CACHES) {
      return CACHES.computeIfAbsent(snapshot, s -> new PartCache());
    }
  }

  /** The part for one entity of {@code snapshot}, which must be the snapshot this cache belongs to. */
  Fragment of(Part part, Snapshot snapshot, Entity entity) {
    Map<String, Fragment> byEntity = fragments.computeIfAbsent(part, p -> new ConcurrentHashMap<>());
    Fragment fragment = byEntity.get(entity.id());
    if (fragment == null) {
      // Not computeIfAbsent: two threads may work out the same part at once, but neither blocks the map meanwhile.
      fragment = part.work(snapshot, entity);
      Fragment raced = byEntity.putIfAbsent(entity.id(), fragment);
      return raced == null ? fragment : raced;
    }
    return fragment;
  }
}
