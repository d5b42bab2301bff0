package org.keuzevrij.costs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Reason;
import org.keuzevrij.scoring.EvaluationJson;
import org.keuzevrij.scoring.Numbers;
import org.keuzevrij.web.Language;

/**
 * The JSON form of costs: per option its cost with every line, and for the comparison the inputs
 * and the price against quality. Amounts are rounded to cents; an unknown figure is {@code
 * "unknown"}, never 0.
 */
public final class CostJson {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private CostJson() {}

  /** The comparison's part: the cost model's inputs and price against quality. */
  public static ObjectNode of(Costs costs) {
    CostInputs inputs = costs.inputs();
    ObjectNode node = JSON.objectNode();
    node.put("currency", inputs.currency());
    node.put("hosting", inputs.hosting());
    node.put("vat", "excluded");
    ArrayNode parameters = node.putArray("parameters");
    for (Input input : inputs.all()) {
      ObjectNode parameter = parameters.addObject().put("id", input.id());
      parameter.set("value", amount(input.value(), 6));
      parameter.put("origin", input.origin().name().toLowerCase(java.util.Locale.ROOT));
      Parameter.find(input.id())
          .ifPresent(
              p ->
                  parameter.set(
                      "label",
                      JSON.objectNode()
                          .put("nl", p.label(Language.NL))
                          .put("en", p.label(Language.EN))));
      if (input.source() != null) {
        parameter.put("source", input.source());
      }
      if (input.note() != null) {
        parameter.put("note", input.note());
      }
    }
    PriceQuality priceQuality = costs.priceQuality();
    ObjectNode pq = node.putObject("priceQuality");
    pq.put("method", inputs.method());
    pq.set("euroPerPoint", amount(inputs.value(Parameter.EURO_PER_POINT.id()), 2));
    ArrayNode ranking = pq.putArray("ranking");
    int rank = 1;
    for (PriceQuality.Entry entry : priceQuality.ranked()) {
      ranking
          .addObject()
          .put("offering", entry.option().id())
          .put("rank", rank++)
          .<ObjectNode>set("score", EvaluationJson.number(entry.score()))
          .<ObjectNode>set("cost", amount(entry.cost(), 2))
          .set("comparisonPrice", amount(entry.comparisonPrice(), 2));
    }
    ArrayNode unknown = pq.putArray("costUnknown");
    priceQuality.costUnknown().forEach(result -> unknown.add(result.id()));
    ArrayNode winners = pq.putArray("winners");
    for (PriceQuality.Interval interval : priceQuality.winners()) {
      winners
          .addObject()
          .put("offering", interval.winner().id())
          .<ObjectNode>set("fromEuroPerPoint", amount(interval.from(), 2))
          .set(
              "toEuroPerPoint", interval.to() == null ? JSON.nullNode() : amount(interval.to(), 2));
    }
    return node;
  }

  /** One option's cost. */
  public static ObjectNode of(Cost cost) {
    CostInputs inputs = cost.inputs();
    ObjectNode node = JSON.objectNode();
    node.put("model", cost.model());
    node.put("currency", inputs.currency());
    node.set("termMonths", amount(inputs.value(Parameter.TERM_MONTHS.id()), 2));
    node.put("known", cost.known());
    node.set("low", amount(cost.low(), 2));
    node.set("high", amount(cost.high(), 2));
    node.set("knownPartsLow", amount(cost.knownLow(), 2));
    node.set("lines", lines(cost.lines(), inputs, 2));
    node.set("questions", reasons(cost.questions()));
    node.set("assumptions", reasons(cost.assumptions()));
    ObjectNode footprint = node.putObject("footprint");
    footprint.put("estimate", true);
    if (cost.footprintUnknown() != null) {
      footprint.set("unknown", reason(cost.footprintUnknown()));
    }
    footprint.set("lines", lines(cost.footprint(), inputs, 1));
    return node;
  }

  private static ArrayNode lines(List<CostLine> lines, CostInputs inputs, int decimals) {
    ArrayNode array = JSON.arrayNode();
    for (CostLine line : lines) {
      ObjectNode item = array.addObject().put("part", line.part());
      item.put("nl", line.label().nl()).put("en", line.label().en());
      item.set("low", amount(line.low(inputs), decimals));
      item.set("high", amount(line.high(inputs), decimals));
      if (line.source() != null) {
        item.put("source", line.source());
      }
      ArrayNode factors = item.putArray("factors");
      for (Factor factor : line.factors()) {
        ObjectNode f =
            factors.addObject().put("operation", factor.divide() ? "divide" : "multiply");
        if (factor.input() != null) {
          f.put("input", factor.input());
        } else {
          f.set("constant", amount(factor.constant(), 6));
        }
      }
      List<String> missing = line.unknownInputs(inputs);
      if (!missing.isEmpty()) {
        ArrayNode unknownInputs = item.putArray("unknownInputs");
        missing.forEach(unknownInputs::add);
      }
    }
    return array;
  }

  private static ArrayNode reasons(List<Reason> reasons) {
    ArrayNode array = JSON.arrayNode();
    reasons.forEach(r -> array.add(reason(r)));
    return array;
  }

  private static ObjectNode reason(Reason reason) {
    ObjectNode node = JSON.objectNode().put("nl", reason.nl()).put("en", reason.en());
    if (reason.source() != null) {
      node.put("source", reason.source());
    }
    return node;
  }

  /** A figure rounded to {@code decimals}, or "unknown". */
  static JsonNode amount(Double value, int decimals) {
    return value == null
        ? JSON.textNode(Facts.UNKNOWN)
        : EvaluationJson.number(Numbers.round(value, decimals).doubleValue());
  }
}
