package org.keuzevrij.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.SchemaModel;

/**
 * The published benchmarks a model's {@code quality} facts can hold, read from the model schema's
 * {@code benchmark} annotations, so adding a benchmark is a schema change rather than a code
 * change.
 */
public final class Benchmarks {

  /**
   * One benchmark and its scale in the fit-for-purpose criterion: {@code noPoints} earns nothing,
   * {@code fullPoints} earns everything, linearly between, clamped.
   *
   * @param language the ISO 639-1 code it measures, or null when it measures no one language
   */
  public record Benchmark(
      String id,
      String name,
      String url,
      String task,
      String language,
      String unit,
      boolean higherIsBetter,
      double noPoints,
      double fullPoints) {

    /** The share of the points a score earns, from 0 to 1. */
    public double share(double score) {
      double share = (score - noPoints) / (fullPoints - noPoints);
      return Math.max(0, Math.min(1, share));
    }
  }

  public static final List<Benchmark> ALL = read();

  private Benchmarks() {}

  /** The benchmarks that measure {@code task}, language-specific ones only for needed languages. */
  public static List<Benchmark> applicable(String task, List<String> languages) {
    return ALL.stream()
        .filter(b -> b.task().equals(task))
        .filter(b -> b.language() == null || languages != null && languages.contains(b.language()))
        .toList();
  }

  private static List<Benchmark> read() {
    JsonNode properties =
        SchemaModel.bundled()
            .document(Kind.MODEL)
            .path("properties")
            .path("quality")
            .path("properties");
    List<Benchmark> benchmarks = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      JsonNode b = property.getValue().path("benchmark");
      if (b.isMissingNode()) {
        throw new IllegalStateException("quality." + property.getKey() + " has no benchmark");
      }
      benchmarks.add(
          new Benchmark(
              property.getKey(),
              b.path("name").asText(),
              b.path("url").asText(),
              b.path("task").asText(),
              b.path("language").asText(null),
              b.path("unit").asText(""),
              b.path("higherIsBetter").asBoolean(),
              b.path("noPoints").asDouble(),
              b.path("fullPoints").asDouble()));
    }
    return List.copyOf(benchmarks);
  }
}
