package org.keuzevrij.scoring;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.keuzevrij.catalogue.Entity;

/**
 * The shares of rubrics that read one model or one supplier alone, scored once per evaluation: many
 * offerings share a model or a supplier, and an evaluation of a whole catalogue would otherwise
 * score each of them again for every offering. It lives as long as one evaluation, on one thread,
 * so it needs neither locks nor invalidation.
 */
public final class SharedParts {

  private final Map<String, Scorecard> parts = new HashMap<>();
  private final Map<FitKey, FitCheck.ModelFit> fits = new HashMap<>();

  /** A model's fit depends on the needs and, through the GPU limit, on self-hosting alone. */
  private record FitKey(String model, boolean selfHosted, Needs needs) {}

  /**
   * {@code entity}'s share of {@code criterion}'s rubric, scored by {@code rubric} the first time
   * it is asked for. The rubric must read only the entity and the catalogue, never the offering.
   */
  Scorecard of(String criterion, Entity entity, BiConsumer<Scorecard, Entity> rubric) {
    return of(criterion, "", entity, rubric);
  }

  /**
   * The same for a rubric that also reads one more thing that is the same for many offerings, named
   * by {@code variant} (such as whether the offering is self-hosted).
   */
  Scorecard of(
      String criterion, String variant, Entity entity, BiConsumer<Scorecard, Entity> rubric) {
    String key = criterion + '|' + variant + '|' + entity.kind() + '|' + entity.id();
    Scorecard part = parts.get(key);
    if (part == null) {
      part = new Scorecard(criterion);
      rubric.accept(part, entity);
      parts.put(key, part);
    }
    return part;
  }

  /** A model's fit check, worked out once per model, needs and self-hosting. */
  FitCheck.ModelFit fit(
      Entity model, boolean selfHosted, Needs needs, Supplier<FitCheck.ModelFit> check) {
    return fits.computeIfAbsent(new FitKey(model.id(), selfHosted, needs), key -> check.get());
  }
}
