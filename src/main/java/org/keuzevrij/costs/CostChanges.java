package org.keuzevrij.costs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the officer changed in the cost model for one comparison: parameter values, and the choices
 * of GPU hosting and price-quality method (null: the profile's).
 */
public record CostChanges(Map<String, Double> numbers, String hosting, String method) {

  public static final CostChanges NONE = new CostChanges(Map.of(), null, null);

  public CostChanges {
    numbers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
  }

  public boolean none() {
    return numbers.isEmpty() && hosting == null && method == null;
  }
}
