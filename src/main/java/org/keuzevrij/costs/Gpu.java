package org.keuzevrij.costs;

import com.fasterxml.jackson.databind.JsonNode;
import org.keuzevrij.catalogue.Facts;

/**
 * A GPU the city can run a model on, from the profile's cost model: its memory, power draw and
 * prices, each from its source.
 */
public record Gpu(
    String id,
    String name,
    double memoryGb,
    Input powerWatts,
    Input rentPerHour,
    Input purchasePrice) {

  /** The prefix of a GPU's inputs: {@code gpu.h100.rentPerHour}. */
  public static final String PREFIX = "gpu.";

  static Gpu of(JsonNode json) {
    String id = json.path("id").asText();
    return new Gpu(
        id,
        json.path("name").asText(id),
        json.path("memoryGb").asDouble(),
        fact(PREFIX + id + ".powerWatts", json.path("powerWatts")),
        fact(PREFIX + id + ".rentPerHour", json.path("rentPerHour")),
        fact(PREFIX + id + ".purchasePrice", json.path("purchasePrice")));
  }

  /** A sourced number fact of the profile as an input; unknown or missing gives no value. */
  static Input fact(String id, JsonNode fact) {
    JsonNode value = Facts.value(fact);
    return new Input(
        id,
        value != null && value.isNumber() ? value.doubleValue() : null,
        fact.path("source").asText(null),
        fact.path("note").asText(null),
        Input.Origin.PROFILE);
  }

  /**
   * How many of these GPUs hold a model needing {@code gigabytes} of GPU memory: 1, 2, 4 or 8 and
   * so on, since servers come with GPUs in those numbers and a model split over GPUs (tensor
   * parallelism) needs its attention heads shared out evenly.
   */
  int countFor(double gigabytes) {
    int needed = Math.max(1, (int) Math.ceil(gigabytes / memoryGb - 1e-9));
    return Integer.highestOneBit(needed) == needed ? needed : Integer.highestOneBit(needed) << 1;
  }
}
