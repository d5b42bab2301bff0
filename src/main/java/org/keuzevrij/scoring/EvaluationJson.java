package org.keuzevrij.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Reason;

/**
 * The JSON form of an evaluation, as the API answers it. Both languages are included everywhere,
 * arrays keep their meaningful order and keys are sorted on output, so equal inputs give equal
 * bytes apart from {@code evaluatedAt}.
 */
public final class EvaluationJson {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private EvaluationJson() {}

  public static ObjectNode of(Evaluation evaluation) {
    ObjectNode root = JSON.objectNode();
    root.put("catalogueVersion", evaluation.catalogueVersion());
    root.put("evaluatedAt", evaluation.evaluatedAt().toString());
    root.set("profile", profile(evaluation.profile()));
    root.set("usecase", useCase(evaluation.useCase()));
    Weights weights = evaluation.weights();
    ObjectNode weightsJson = root.putObject("weights");
    weights.byCriterion().forEach((id, weight) -> weightsJson.set(id, number(weight)));
    ArrayNode overridden = root.putArray("weightsOverridden");
    weights.overridden().forEach(overridden::add);
    ArrayNode criteria = root.putArray("criteria");
    for (Criterion criterion : Criteria.ALL) {
      criteria
          .addObject()
          .put("id", criterion.id())
          .put("nl", criterion.nl())
          .put("en", criterion.en())
          .set("weight", number(weights.get(criterion.id())));
    }
    ArrayNode ranking = root.putArray("ranking");
    evaluation.ranked().forEach(result -> ranking.add(option(result, weights)));
    ArrayNode excluded = root.putArray("excluded");
    evaluation.excluded().forEach(result -> excluded.add(option(result, weights)));
    ArrayNode unfit = root.putArray("unfit");
    evaluation.unfit().forEach(result -> unfit.add(option(result, weights)));
    return root;
  }

  private static ObjectNode profile(Profile profile) {
    JsonNode json = profile.entity().json();
    ObjectNode node = JSON.objectNode().put("id", profile.id()).put("version", profile.version());
    node.set("name", json.path("name").deepCopy());
    node.set("source", json.path("source").deepCopy());
    return node;
  }

  private static ObjectNode useCase(UseCase useCase) {
    ObjectNode node = JSON.objectNode();
    if (useCase.id() == null) {
      node.putNull("id");
    } else {
      node.put("id", useCase.id());
    }
    node.set("name", useCase.json().path("name").deepCopy());
    ObjectNode answers = node.putObject("answers");
    for (String field : UseCase.ANSWERS) {
      answers.set(field, useCase.json().path(field).deepCopy());
    }
    node.set("riskClass", useCase.json().path("riskClass").path("value").deepCopy());
    ObjectNode needs = node.putObject("needs");
    for (String field :
        List.of(
            Needs.TASK,
            Needs.INPUTS,
            Needs.OUTPUTS,
            Needs.LANGUAGES,
            Needs.INSTRUCTIONS,
            "volume",
            Needs.GPU_LIMIT)) {
      if (useCase.json().has(field)) {
        needs.set(field, useCase.json().get(field).deepCopy());
      }
    }
    ArrayNode assumptions = node.putArray("assumptions");
    useCase.assumptions().forEach(reason -> assumptions.add(reason(reason)));
    return node;
  }

  private static ObjectNode option(OptionResult result, Weights weights) {
    Option option = result.option();
    ObjectNode node = JSON.objectNode();
    node.set("offering", entity(option.offering()).put("delivery", option.delivery()));
    node.set("supplier", entity(option.supplier()));
    ArrayNode models = node.putArray("models");
    option.models().forEach(model -> models.add(entity(model)));
    node.put("selfOperated", option.runByCity());
    if (result.rank() == null) {
      node.putNull("rank");
      node.putNull("total");
    } else {
      node.put("rank", result.rank());
      node.put("total", result.total());
    }
    Fit fit = result.fit();
    ObjectNode fitNode = node.putObject("fit").put("verdict", fit.verdict().id());
    ArrayNode fitting = fitNode.putArray("models");
    fit.models().forEach(fitting::add);
    fitNode.set("reasons", lines(fit.lines()));
    fitNode.set("evidence", evidence(fit.evidence()));
    ArrayNode knockOuts = node.putArray("knockOuts");
    for (KnockOut knockOut : result.knockOuts()) {
      ObjectNode k =
          knockOuts
              .addObject()
              .put("rule", knockOut.rule())
              .put("nl", knockOut.nl())
              .put("en", knockOut.en());
      k.set("reasons", lines(knockOut.reasons()));
      k.set("evidence", evidence(knockOut.evidence()));
    }
    ArrayNode criteria = node.putArray("criteria");
    for (Assessment assessment : result.assessments()) {
      criteria.add(assessment(assessment, weights));
    }
    ArrayNode unknowns = node.putArray("unknowns");
    for (Unknown unknown : result.unknowns()) {
      ObjectNode u =
          unknowns.addObject().put("fact", unknown.fact()).put("subject", unknown.subject());
      u.putObject("question").put("nl", unknown.question().nl()).put("en", unknown.question().en());
      ArrayNode usedBy = u.putArray("usedBy");
      unknown.usedBy().forEach(usedBy::add);
      if (unknown.reason() != null) {
        u.put("unknownReason", unknown.reason());
      }
    }
    return node;
  }

  private static ObjectNode assessment(Assessment assessment, Weights weights) {
    Criterion criterion = Criteria.find(assessment.criterion()).orElseThrow();
    double weight = weights.get(criterion.id());
    ObjectNode node =
        JSON.objectNode()
            .put("criterion", criterion.id())
            .put("nl", criterion.nl())
            .put("en", criterion.en())
            .put("score", assessment.score());
    node.set("weight", number(weight));
    node.put("points", Numbers.round(weight * assessment.score().doubleValue() / weights.sum(), 2));
    node.set("rationale", lines(assessment.lines()));
    node.set("evidence", evidence(assessment.evidence()));
    ArrayNode unknowns = node.putArray("unknowns");
    assessment.unknowns().forEach(u -> unknowns.add(u.fact()));
    return node;
  }

  private static ObjectNode entity(Entity entity) {
    return JSON.objectNode().put("id", entity.id()).put("name", entity.name());
  }

  private static ArrayNode lines(List<Line> lines) {
    ArrayNode array = JSON.arrayNode();
    for (Line line : lines) {
      ObjectNode node =
          array.addObject().put("nl", line.nl()).put("en", line.en()).put("depth", line.depth());
      if (line.source() != null) {
        node.put("source", line.source());
      }
      if (line.quote() != null) {
        node.put("quote", line.quote());
      }
      if (line.scored()) {
        node.put("points", line.points()).put("max", line.max());
      }
    }
    return array;
  }

  private static ArrayNode evidence(List<Evidence> evidence) {
    ArrayNode array = JSON.arrayNode();
    for (Evidence item : evidence) {
      ObjectNode node = array.addObject().put("fact", item.fact());
      node.set("value", item.value() == null ? JSON.nullNode() : item.value());
      if (item.source() != null) {
        node.put("source", item.source());
      }
      if (item.checked() != null) {
        node.put("checked", item.checked());
      }
    }
    return array;
  }

  private static ObjectNode reason(Reason reason) {
    return JSON.objectNode().put("nl", reason.nl()).put("en", reason.en());
  }

  /** Whole numbers without a decimal point, so weights read as the profile wrote them. */
  public static JsonNode number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? JSON.numberNode((long) value)
        : JSON.numberNode(value);
  }
}
