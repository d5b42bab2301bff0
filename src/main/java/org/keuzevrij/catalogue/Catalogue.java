package org.keuzevrij.catalogue;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** An immutable, validated set of entities with its content hash. Build one with {@link CatalogueLoader}. */
public final class Catalogue {

  private final Map<Kind, SortedMap<String, Entity>> entities;
  /** The same entities in id order, so tables with a slot per entity (such as scores) can index them. */
  private final Map<Kind, List<Entity>> ordered;
  /** Each id's position in that order: scoring a whole catalogue looks up every offering, supplier and model. */
  private final Map<Kind, Map<String, Integer>> positions;
  /** Each entity's content digest, by instance, so a changed copy of this catalogue rehashes only what changed. */
  private final Map<Entity, byte[]> digests;
  private final String version;

  Catalogue(Map<Kind, SortedMap<String, Entity>> entities) {
    this(entities, null);
  }

  /** A catalogue that reuses the digests of the entities it shares with {@code base}. */
  Catalogue(Map<Kind, SortedMap<String, Entity>> entities, Catalogue base) {
    Map<Kind, SortedMap<String, Entity>> copy = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      copy.put(kind, Collections.unmodifiableSortedMap(new TreeMap<>(entities.getOrDefault(kind, new TreeMap<>()))));
    }
    this.entities = Collections.unmodifiableMap(copy);
    Map<Kind, List<Entity>> ordered = new EnumMap<>(Kind.class);
    Map<Kind, Map<String, Integer>> positions = new EnumMap<>(Kind.class);
    copy.forEach((kind, sorted) -> {
      ordered.put(kind, List.copyOf(sorted.values()));
      Map<String, Integer> byId = new HashMap<>(sorted.size() * 4 / 3 + 1);
      sorted.keySet().forEach(id -> byId.put(id, byId.size()));
      positions.put(kind, byId);
    });
    this.ordered = ordered;
    this.positions = positions;
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
    return ordered.get(kind);
  }

  public Optional<Entity> find(Kind kind, String id) {
    int position = position(kind, id);
    return position < 0 ? Optional.empty() : Optional.of(at(kind, position));
  }

  /** The position of the entity with this id in {@link #all}, or -1 if there is none. */
  public int position(Kind kind, String id) {
    Integer position = positions.get(kind).get(id);
    return position == null ? -1 : position;
  }

  /** The entity at a position in {@link #all}. */
  public Entity at(Kind kind, int position) {
    return ordered.get(kind).get(position);
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
