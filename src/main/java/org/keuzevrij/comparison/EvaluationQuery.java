package org.keuzevrij.comparison;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keuzevrij.browse.PagePaths;
import org.keuzevrij.comparison.sensitivity.Sensitivity;
import org.keuzevrij.costs.CostChanges;
import org.keuzevrij.scoring.Criteria;
import org.keuzevrij.scoring.EvaluationJson;

/**
 * What the officer asked for, before it is checked against the catalogue: a use case (by id, or
 * inline), a profile (null for the default), weight overrides, the shortlist and the sensitivity
 * settings.
 *
 * @param perturbation the random spread of weights as a fraction: 0.25 for ±25%
 * @param costs changes to the cost model for this comparison
 */
public record EvaluationQuery(
    String useCaseId,
    ObjectNode inlineUseCase,
    String profileId,
    Map<String, Double> weights,
    List<String> offerings,
    long seed,
    int samples,
    double perturbation,
    CostChanges costs) {

  /**
   * The shortlist that stands for every offering of the catalogue, so "compare all" keeps a short
   * link however large the catalogue grows.
   */
  public static final String ALL = PagePaths.ALL_OFFERINGS;

  /** The prefix of a cost parameter in a query string: {@code c.energyPricePerKwh}. */
  public static final String COST_PREFIX = "c.";

  public EvaluationQuery {
    weights = Map.copyOf(weights);
    offerings = List.copyOf(offerings);
  }

  /**
   * The query string of the GET form, in a fixed order and with defaults left out, so equal
   * questions give equal links; null for an inline use case, which a link cannot carry.
   */
  public String queryString() {
    if (useCaseId == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    parts.add(part("usecase", useCaseId));
    if (profileId != null) {
      parts.add(part("profile", profileId));
    }
    offerings.forEach(id -> parts.add(part("offering", id)));
    for (String criterion : Criteria.IDS) {
      if (weights.containsKey(criterion)) {
        parts.add(part("w." + criterion, EvaluationJson.number(weights.get(criterion)).asText()));
      }
    }
    if (seed != Sensitivity.DEFAULT_SEED) {
      parts.add(part("seed", Long.toString(seed)));
    }
    if (samples != Sensitivity.DEFAULT_SAMPLES) {
      parts.add(part("samples", Integer.toString(samples)));
    }
    if (perturbation != Sensitivity.DEFAULT_PERTURBATION) {
      parts.add(part("perturbation", EvaluationJson.number(perturbation * 100).asText()));
    }
    costs
        .numbers()
        .forEach(
            (id, value) ->
                parts.add(part(COST_PREFIX + id, EvaluationJson.number(value).asText())));
    if (costs.hosting() != null) {
      parts.add(part(COST_PREFIX + "hosting", costs.hosting()));
    }
    if (costs.method() != null) {
      parts.add(part(COST_PREFIX + "method", costs.method()));
    }
    return String.join("&", parts);
  }

  private static String part(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
