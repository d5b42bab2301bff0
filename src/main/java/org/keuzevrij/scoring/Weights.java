package org.keuzevrij.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Criterion weights for one evaluation, in criterion order; a criterion a profile leaves out weighs
 * 0. Only their proportions matter: totals divide by the sum of the weights.
 */
public record Weights(Map<String, Double> byCriterion, Set<String> overridden) {

  public static final double MAX = 100;

  public Weights {
    Map<String, Double> ordered = new LinkedHashMap<>();
    for (String id : Criteria.IDS) {
      ordered.put(id, byCriterion.getOrDefault(id, 0.0));
    }
    byCriterion = Collections.unmodifiableMap(ordered);
    overridden = Collections.unmodifiableSet(new TreeSet<>(overridden));
  }

  public static Weights fromProfile(JsonNode weights) {
    Map<String, Double> map = new LinkedHashMap<>();
    weights.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().doubleValue()));
    return new Weights(map, Set.of());
  }

  /**
   * These weights with some replaced for one evaluation; the replaced criteria are remembered for
   * the report.
   */
  public Weights with(Map<String, Double> overrides) {
    Map<String, Double> map = new LinkedHashMap<>(byCriterion);
    Set<String> changed = new TreeSet<>(overridden);
    overrides.forEach(
        (id, weight) -> {
          map.put(id, weight);
          changed.add(id);
        });
    return new Weights(map, changed);
  }

  public double get(String criterion) {
    return byCriterion.get(criterion);
  }

  public double sum() {
    double sum = 0;
    for (double weight : byCriterion.values()) {
      sum += weight;
    }
    return sum;
  }

  /** Weights as an array in {@link Criteria#IDS} order, for the sensitivity loops. */
  public double[] array() {
    List<String> ids = Criteria.IDS;
    double[] array = new double[ids.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = byCriterion.get(ids.get(i));
    }
    return array;
  }
}
