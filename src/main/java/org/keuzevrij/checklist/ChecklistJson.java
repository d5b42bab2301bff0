package org.keuzevrij.checklist;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.keuzevrij.checklist.clauses.Priority;
import org.keuzevrij.checklist.clauses.Source;
import org.keuzevrij.web.Language;

/**
 * The JSON form of a checklist, as the API serves it: the same rows, reasons and versions as the
 * workbook.
 */
public final class ChecklistJson {

  private ChecklistJson() {}

  public static ObjectNode of(Checklist checklist) {
    Language language = checklist.language();
    Checklist.Subject subject = checklist.subject();
    ObjectNode json = JsonNodeFactory.instance.objectNode().put("language", language.code());
    json.putObject("usecase").put("id", subject.usecaseId()).put("name", subject.usecaseName());
    json.putObject("offering").put("id", subject.offeringId()).put("name", subject.offeringName());
    json.put("supplier", subject.supplierName());
    subject.modelNames().forEach(json.putArray("models")::add);
    json.put("generated", checklist.generated().toString())
        .put("libraryVersion", checklist.libraryVersion())
        .put("catalogueVersion", checklist.catalogueVersion());
    ObjectNode counts = json.putObject("counts");
    for (Priority priority : Priority.values()) {
      counts.put(
          priority.key(), checklist.rows().stream().filter(r -> r.priority() == priority).count());
    }
    counts
        .put("notApplicable", checklist.notApplicable().size())
        .put("assumptions", checklist.assumptions().size());
    ArrayNode rows = json.putArray("rows");
    checklist.rows().forEach(row -> rows.add(row(row, language)));
    ArrayNode notApplicable = json.putArray("notApplicable");
    for (Checklist.NotApplicable clause : checklist.notApplicable()) {
      ObjectNode item = notApplicable.addObject().put("id", clause.id());
      item.putObject("category")
          .put("key", clause.category().key())
          .put("label", clause.category().label(language));
      item.put("requirement", clause.requirement())
          .put("trigger", clause.trigger())
          .put("why", clause.failed());
      item.set("failedConditions", matched(clause.failedConditions(), language));
    }
    ArrayNode assumptions = json.putArray("assumptions");
    for (Checklist.Assumption assumption : checklist.assumptions()) {
      ObjectNode item =
          assumptions
              .addObject()
              .put("condition", assumption.condition().key())
              .put("label", assumption.condition().label(language))
              .put("explanation", assumption.condition().explanation(language))
              .put("detail", assumption.detail())
              .put("confirmWith", assumption.condition().confirm().label(language));
      assumption.clauseIds().forEach(item.putArray("clauses")::add);
    }
    ObjectNode fit =
        json.putObject("fit")
            .put("verdict", checklist.fit().verdict())
            .put("fits", checklist.fit().fits());
    checklist.fit().lines().forEach(fit.putArray("lines")::add);
    checklist.dueForReview().forEach(json.putArray("dueForReview")::add);
    return json;
  }

  private static ObjectNode row(Checklist.Row row, Language language) {
    ObjectNode json = JsonNodeFactory.instance.objectNode().put("id", row.id());
    json.putObject("category")
        .put("key", row.category().key())
        .put("label", row.category().label(language));
    json.put("requirement", row.requirement()).put("why", row.why());
    ArrayNode sources = json.putArray("sources");
    for (Source source : row.sources()) {
      ObjectNode item =
          sources.addObject().put("title", source.title(language)).put("article", source.article());
      if (source.url() != null) {
        item.put("url", source.url());
      }
      item.put("status", source.status().key()).put("statusLabel", source.status().label(language));
    }
    json.putObject("priority")
        .put("key", row.priority().key())
        .put("label", row.priority().label(language));
    json.putObject("basis").put("key", row.basis().key()).put("label", row.basis().label(language));
    json.set("matchedConditions", matched(row.matched(), language));
    row.seeAlso().forEach(json.putArray("seeAlso")::add);
    return json;
  }

  private static ArrayNode matched(List<Checklist.Matched> conditions, Language language) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Checklist.Matched condition : conditions) {
      array
          .addObject()
          .put("condition", condition.condition().key())
          .put("label", condition.condition().label(language))
          .put("value", condition.truth().name().toLowerCase(java.util.Locale.ROOT))
          .put("assumed", condition.assumed())
          .put("detail", condition.detail());
    }
    return array;
  }
}
