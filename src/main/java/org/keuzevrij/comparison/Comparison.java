package org.keuzevrij.comparison;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.keuzevrij.comparison.sensitivity.Sensitivity;
import org.keuzevrij.comparison.sensitivity.SensitivityJson;
import org.keuzevrij.comparison.sensitivity.SensitivityResult;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.EvaluationJson;
import org.keuzevrij.scoring.Evaluator;

/**
 * A scored shortlist with its sensitivity analysis: what the API, the compare page and the workbook
 * all show.
 */
public record Comparison(
    EvaluationInput input, Evaluation evaluation, SensitivityResult sensitivity) {

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
    return new Comparison(input, evaluation, sensitivity);
  }

  /**
   * The API answer: the evaluation, its sensitivity, and links to the same comparison as JSON, page
   * and workbook.
   */
  public ObjectNode json() {
    ObjectNode json = EvaluationJson.of(evaluation);
    json.set("sensitivity", SensitivityJson.of(sensitivity));
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
