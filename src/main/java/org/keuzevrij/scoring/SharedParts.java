package org.keuzevrij.scoring;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.keuzevrij.catalogue.Entity;

/**
 * The shares of rubrics that read one model or one supplier alone, scored once per evaluation: many
 * offerings share a model or a supplier, and an evaluation of a whole catalogue would otherwise
 * score each of them again for every offering. It lives as long as one evaluation, on one thread,
 * so it needs neither locks nor invalidation.
 */
public final class SharedParts {

  private final Map<String, Scorecard> parts = new HashMap<>();

  /**
   * {@code entity}'s share of {@code criterion}'s rubric, scored by {@code rubric} the first time
   * it is asked for. The rubric must read only the entity and the catalogue, never the offering.
   */
  Scorecard of(String criterion, Entity entity, BiConsumer<Scorecard, Entity> rubric) {
    String key = criterion + '|' + entity.kind() + '|' + entity.id();
    Scorecard part = parts.get(key);
    if (part == null) {
      part = new Scorecard(criterion);
      rubric.accept(part, entity);
      parts.put(key, part);
    }
    return part;
  }
}
