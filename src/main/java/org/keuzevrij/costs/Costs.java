package org.keuzevrij.costs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.scoring.Assessment;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.scoring.criteria.FitnessCriterion;

/**
 * The costs of an evaluation's ranked options and their price against quality. Costs come after the
 * fit check, knock-outs and scores, and never change them: the profile's price-quality method
 * decides whether they change the order.
 *
 * @param byOffering each ranked option's cost, by offering id, in rank order
 */
public record Costs(CostInputs inputs, Map<String, Cost> byOffering, PriceQuality priceQuality) {

  public static Costs of(Evaluation evaluation, CostInputs inputs) {
    Map<String, Cost> costs = new LinkedHashMap<>();
    for (OptionResult result : evaluation.ranked()) {
      costs.put(result.id(), CostModel.of(result.option(), pricedModel(result), inputs));
    }
    return new Costs(
        inputs,
        costs,
        PriceQuality.of(evaluation.ranked(), costs, inputs.value(Parameter.EURO_PER_POINT.id())));
  }

  /**
   * The model whose cost counts: the one fitness counted, so price and quality are of the same
   * model; else the first that fits.
   */
  static Entity pricedModel(OptionResult result) {
    String id =
        result.assessments().stream()
            .filter(a -> a.criterion().equals(FitnessCriterion.ID))
            .map(Assessment::model)
            .filter(m -> m != null)
            .findFirst()
            .orElse(result.fit().models().isEmpty() ? null : result.fit().models().get(0));
    return result.option().models().stream()
        .filter(m -> m.id().equals(id))
        .findFirst()
        .orElse(result.option().models().get(0));
  }

  public Cost of(OptionResult result) {
    return byOffering.get(result.id());
  }
}
