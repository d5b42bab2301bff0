package org.keuzevrij.scoring;

import java.util.EnumMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;

/**
 * The {@link Part}s of rubrics per entity for one catalogue snapshot: a catalogue has far fewer models and suppliers
 * than offerings, so each model's openness, transparency and climate, and each supplier's jurisdiction, is worked out
 * once and shared. A ranking asks only for points; the first explanation that needs a part works it out again in full
 * and keeps that instead.
 */
public final class PartCache {

  /** Values never refer to their snapshot, so a snapshot that is no longer read takes its parts with it. */
  private static final Map<Snapshot, PartCache> CACHES = new WeakHashMap<>();

  private final Map<Kind, Map<String, EntityParts>> entities = new EnumMap<>(Kind.class);

  /** An empty cache of its own, e.g. to measure scoring from scratch. */
  public PartCache() {
    for (Kind kind : Kind.values()) {
      entities.put(kind, new ConcurrentHashMap<>());
    }
  }

  /** The cache every reader of {@code snapshot} shares. */
  public static PartCache of(Snapshot snapshot) {
    synchronized (CACHES) {
      return CACHES.computeIfAbsent(snapshot, s -> new PartCache());
    }
  }

  /** The parts of the entity with this id in {@code snapshot}, this cache's; it fails if there is none. */
  EntityParts of(Snapshot snapshot, Kind kind, String id) {
    Map<String, EntityParts> byId = entities.get(kind);
    EntityParts parts = byId.get(id);
    return parts != null ? parts : byId.computeIfAbsent(id, i -> {
      Entity entity = snapshot.catalogue().find(kind, i).orElseThrow();
      return new EntityParts(entity, snapshot.derived().of(entity));
    });
  }
}
