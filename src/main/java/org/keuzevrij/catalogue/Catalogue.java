package org.keuzevrij.catalogue;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable, validated set of entities with its content hash. Build one with {@link
 * CatalogueLoader}.
 */
public final class Catalogue {

  private final Map<Kind, SortedMap<String, Entity>> entities;

  /**
   * Each entity's content digest, by instance, so a changed copy of this catalogue rehashes only
   * what changed.
   */
  private final Map<Entity, byte[]> digests;

  private final String version;

  Catalogue(Map<Kind, SortedMap<String, Entity>> entities) {
    this(entities, null);
  }

  /** A catalogue that reuses the digests of the entities it shares with {@code base}. */
  Catalogue(Map<Kind, SortedMap<String, Entity>> entities, Catalogue base) {
    Map<Kind, SortedMap<String, Entity>> copy = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      copy.put(
          kind,
          Collections.unmodifiableSortedMap(
              new TreeMap<>(entities.getOrDefault(kind, new TreeMap<>()))));
    }
    this.entities = Collections.unmodifiableMap(copy);
    Map<Entity, byte[]> known = new IdentityHashMap<>();
    if (base != null) {
      for (SortedMap<String, Entity> byId : this.entities.values()) {
        for (Entity entity : byId.values()) {
          byte[] digest = base.digests.get(entity);
          if (digest != null) {
            known.put(entity, digest);
          }
        }
      }
    }
    this.version = ContentHash.of(this.entities, known);
    this.digests = known;
  }

  /** Entities of one kind, ordered by id. */
  public Collection<Entity> all(Kind kind) {
    return entities.get(kind).values();
  }

  public Optional<Entity> find(Kind kind, String id) {
    return Optional.ofNullable(entities.get(kind).get(id));
  }

  public int size(Kind kind) {
    return entities.get(kind).size();
  }

  /** The entities by kind and id, for building a changed copy; the maps are unmodifiable. */
  Map<Kind, SortedMap<String, Entity>> entities() {
    return entities;
  }

  /** Content hash of the whole catalogue: the same files give the same version on any machine. */
  public String version() {
    return version;
  }
}
