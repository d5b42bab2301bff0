package org.keuzevrij.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keuzevrij.browse.PagePaths;
import org.keuzevrij.browse.SourceLink;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.checklist.clauses.Category;
import org.keuzevrij.checklist.clauses.Condition;
import org.keuzevrij.checklist.clauses.Priority;
import org.keuzevrij.checklist.clauses.Source;
import org.keuzevrij.web.Language;
import org.keuzevrij.web.Messages;

/**
 * The model of the checklist page: a form to choose a use case and an offering (a plain GET form,
 * so it works without JavaScript), and, once both are chosen, the clauses that apply with why,
 * their sources and the workbook download.
 */
public final class ChecklistPage {

  public static final String TEMPLATE = "checklist/checklist";
  public static final String PATH = "/checklists";

  /** The form's fields, which are also the query parameters of the page and of the API. */
  public static final String USECASE = "usecase";

  public static final String OFFERING = "offering";
  private static final List<String> DELIVERIES = List.of("hosted-api", "dedicated", "self-hosted");

  private final Messages messages;
  private final Language language;
  private final Snapshot snapshot;

  public ChecklistPage(Messages messages, Language language, Snapshot snapshot) {
    this.messages = messages;
    this.language = language;
    this.snapshot = snapshot;
  }

  public String title() {
    return text("checklist.title");
  }

  /**
   * The form alone, with what was chosen so far and, when {@code errorField} is set, the error on
   * that field.
   */
  public Map<String, Object> form(
      String usecase, String offering, String errorField, String error) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("usecases", usecases(usecase));
    form.put("offeringGroups", offerings(offering));
    if (errorField != null) {
      form.put("error", error);
      form.put("errorTarget", "checklist-" + errorField);
      form.put("errorOn" + (USECASE.equals(errorField) ? "Usecase" : "Offering"), true);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("form", form);
    return model;
  }

  /** The form with the checklist below it. */
  public Map<String, Object> withChecklist(ChecklistRequest request, Checklist checklist) {
    Map<String, Object> model = form(request.usecase(), request.offering(), null, null);
    Map<String, Object> result = new LinkedHashMap<>();
    Checklist.Subject subject = checklist.subject();
    result.put(
        "usecase",
        link(subject.usecaseName(), PagePaths.entity(Kind.USECASE, subject.usecaseId())));
    result.put(
        "offering",
        link(subject.offeringName(), PagePaths.entity(Kind.OFFERING, subject.offeringId())));
    result.put("supplier", subject.supplierName());
    result.put("models", String.join(", ", subject.modelNames()));
    result.put(
        "counts",
        text(
            "checklist.counts",
            checklist.rows().size(),
            count(checklist, Priority.MUST),
            count(checklist, Priority.SHOULD),
            count(checklist, Priority.COULD)));
    result.put("download", "/api/v1/checklists.xlsx?" + request.query());
    result.put("json", "/api/v1/checklists?" + request.query());
    result.put(
        "versions",
        text(
            "checklist.versions",
            checklist.libraryVersion().substring(0, 12),
            checklist.catalogueVersion().substring(0, 12),
            checklist.generated()));
    result.put("categories", categories(checklist));
    result.put("assumptions", assumptions(checklist));
    result.put("fit", checklist.fit());
    result.put("dueForReview", checklist.dueForReview());
    result.put(
        "notApplicableHeading",
        text("checklist.notApplicable.heading", checklist.notApplicable().size()));
    result.put(
        "notApplicable",
        checklist.notApplicable().stream()
            .map(
                clause ->
                    Map.of(
                        "id",
                        clause.id(),
                        "category",
                        clause.category().label(language),
                        "requirement",
                        clause.requirement(),
                        "rule",
                        clause.trigger(),
                        "why",
                        clause.failed()))
            .toList());
    model.put("checklist", result);
    return model;
  }

  private List<Map<String, Object>> categories(Checklist checklist) {
    Map<Category, List<Map<String, Object>>> byCategory = new LinkedHashMap<>();
    for (Checklist.Row row : checklist.rows()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", row.id());
      item.put("requirement", row.requirement());
      item.put("why", row.why());
      item.put("priority", row.priority().label(language));
      item.put("priorityKey", row.priority().key());
      item.put("basis", row.basis().label(language));
      item.put("sources", row.sources().stream().map(this::source).toList());
      byCategory.computeIfAbsent(row.category(), c -> new ArrayList<>()).add(item);
    }
    List<Map<String, Object>> categories = new ArrayList<>();
    byCategory.forEach(
        (category, rows) ->
            categories.add(
                Map.of("key", category.key(), "label", category.label(language), "rows", rows)));
    return categories;
  }

  private Map<String, Object> source(Source source) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("text", source.citation(language));
    SourceLink.of(source.url()).ifPresent(link -> item.put("href", link.href()));
    item.put("status", source.status().label(language));
    return item;
  }

  private List<Map<String, Object>> assumptions(Checklist checklist) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Checklist.Assumption assumption : checklist.assumptions()) {
      Condition condition = assumption.condition();
      items.add(
          Map.of(
              "label",
              condition.label(language),
              "explanation",
              condition.explanation(language),
              "detail",
              assumption.detail(),
              "confirm",
              condition.confirm().label(language),
              "clauses",
              String.join(", ", assumption.clauseIds())));
    }
    return items;
  }

  private List<Map<String, Object>> usecases(String selected) {
    return snapshot.catalogue().all(Kind.USECASE).stream()
        .map(usecase -> option(usecase.id(), language.pick(usecase.json().path("name")), selected))
        .sorted(Comparator.comparing(option -> String.valueOf(option.get("label"))))
        .toList();
  }

  /**
   * Offerings grouped by how they are delivered, so hosted APIs and self-hosting are easy to tell
   * apart.
   */
  private List<Map<String, Object>> offerings(String selected) {
    List<Map<String, Object>> groups = new ArrayList<>();
    for (String delivery : DELIVERIES) {
      List<Map<String, Object>> options =
          snapshot.catalogue().all(Kind.OFFERING).stream()
              .filter(offering -> delivery.equals(offering.json().path("delivery").asText()))
              .map(offering -> option(offering.id(), offering.name(), selected))
              .sorted(Comparator.comparing(option -> String.valueOf(option.get("label"))))
              .toList();
      if (!options.isEmpty()) {
        groups.add(Map.of("label", text("value.delivery." + delivery), "options", options));
      }
    }
    return groups;
  }

  private static Map<String, Object> option(String value, String label, String selected) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("value", value);
    option.put("label", label);
    option.put("selected", value.equals(selected));
    return option;
  }

  private static Map<String, Object> link(String text, String href) {
    return Map.of("text", text, "href", href);
  }

  private static long count(Checklist checklist, Priority priority) {
    return checklist.rows().stream().filter(row -> row.priority() == priority).count();
  }

  public Language language() {
    return language;
  }

  private String text(String key, Object... arguments) {
    return messages.text(language, key, arguments);
  }

  public boolean exists(Kind kind, String id) {
    return snapshot.catalogue().find(kind, id).isPresent();
  }
}
