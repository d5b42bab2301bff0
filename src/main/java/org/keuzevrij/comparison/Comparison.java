package org.keuzevrij.comparison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.keuzevrij.comparison.sensitivity.Sensitivity;
import org.keuzevrij.comparison.sensitivity.SensitivityJson;
import org.keuzevrij.comparison.sensitivity.SensitivityResult;
import org.keuzevrij.costs.Cost;
import org.keuzevrij.costs.CostChanges;
import org.keuzevrij.costs.CostInputs;
import org.keuzevrij.costs.CostJson;
import org.keuzevrij.costs.Costs;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.EvaluationJson;
import org.keuzevrij.scoring.Evaluator;

/**
 * A scored shortlist with its sensitivity analysis: what the API, the compare page and the workbook
 * all show.
 */
public record Comparison(
    EvaluationInput input, Evaluation evaluation, SensitivityResult sensitivity, Costs costs) {

  public static final String API_PATH = "/api/v1/evaluations";
  public static final String WORKBOOK_PATH = "/api/v1/evaluations.xlsx";
  public static final String PAGE_PATH = "/compare";

  public static Comparison run(EvaluationInput input, Instant evaluatedAt) {
    Evaluation evaluation =
        Evaluator.evaluate(
            input.snapshot(),
            input.useCase(),
            input.profile(),
            input.weights(),
            input.offerings(),
            evaluatedAt);
    EvaluationQuery query = input.query();
    SensitivityResult sensitivity =
        Sensitivity.analyse(
            evaluation.ranked(),
            evaluation.weights(),
            query.seed(),
            query.samples(),
            query.perturbation());
    CostChanges changes = query.costs();
    Costs costs =
        Costs.of(
            evaluation,
            CostInputs.of(
                input.profile(),
                input.useCase(),
                changes.numbers(),
                changes.hosting(),
                changes.method()));
    return new Comparison(input, evaluation, sensitivity, costs);
  }

  /**
   * The API answer: the evaluation, its sensitivity, and links to the same comparison as JSON, page
   * and workbook.
   */
  public ObjectNode json() {
    ObjectNode json = EvaluationJson.of(evaluation);
    json.set("sensitivity", SensitivityJson.of(sensitivity));
    json.set("costs", CostJson.of(costs));
    for (JsonNode option : json.path("ranking")) {
      Cost cost = costs.byOffering().get(option.path("offering").path("id").asText());
      ((ObjectNode) option).set("cost", CostJson.of(cost));
    }
    String query = input.query().queryString();
    ObjectNode links = json.putObject("links");
    if (query != null) {
      links.put("self", API_PATH + "?" + query);
      links.put("page", PAGE_PATH + "?" + query);
      links.put("workbook", WORKBOOK_PATH + "?" + query);
    }
    return json;
  }
}
