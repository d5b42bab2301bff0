package org.keuzevrij.browse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keuzevrij.browse.FactSheet.Row;
import org.keuzevrij.catalogue.Entity;

/**
 * The model of a use case page: the city's own answers about its need, and its AI Act risk class
 * with the rationale. These are judgements rather than supplier facts, so they carry a rationale
 * and a decision date instead of sources.
 */
public final class UseCasePage {

  public static final String TEMPLATE = "browse/usecase";

  /** The questions a use case answers, in the order a reader works through them. */
  private static final List<String> ANSWERS =
      List.of(
          "decisionsAboutPersons",
          "personalData",
          "specialCategoryData",
          "publicFacing",
          "businessCritical",
          "generative",
          "fineTuning");

  private final ValueFormatter format;

  public UseCasePage(ValueFormatter format) {
    this.format = format;
  }

  public String title(Entity usecase) {
    return format.language().pick(usecase.json().path("name"));
  }

  public Map<String, Object> model(Entity usecase) {
    JsonNode json = usecase.json();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("name", title(usecase));
    model.put("description", format.language().pick(json.path("description")));
    List<Row> answers = new ArrayList<>();
    for (String answer : ANSWERS) {
      answers.add(
          new Row(format.text("usecase." + answer), answer(json.path(answer)), null, null, null));
    }
    if (json.has("contractStart") || json.has("contractEnd")) {
      answers.add(new Row(format.text("usecase.contract"), contract(json), null, null, null));
    }
    model.put("answers", answers);
    model.put("risk", risk(json.path("riskClass")));
    JsonNode source = json.path("source");
    model.put(
        "source",
        source.isMissingNode()
            ? null
            : new Row(
                format.text("usecase.source"),
                DisplayValue.of(format.text("usecase.source.text")),
                note(source),
                SourceLink.of(source.path("url").asText(null)).orElse(null),
                format.checked(source).orElse(null)));
    return model;
  }

  private DisplayValue answer(JsonNode value) {
    return value.isBoolean()
        ? format.answer(value.booleanValue() ? "yes" : "no")
        : format.unknown();
  }

  private Map<String, Object> risk(JsonNode risk) {
    Map<String, Object> model = new LinkedHashMap<>();
    String value = risk.path("value").asText("unknown");
    model.put(
        "value",
        "unknown".equals(value)
            ? format.unknown()
            : DisplayValue.of(format.text("value.riskClass." + value)));
    model.put("annexIIIArea", risk.path("annexIIIArea").asText(null));
    model.put("rationale", format.language().pick(risk.path("rationale")));
    model.put("decidedBy", risk.path("decidedBy").asText(null));
    String decided = risk.path("decided").asText(null);
    model.put("decided", decided == null ? null : new CheckedDate(decided, format.date(decided)));
    return model;
  }

  private DisplayValue contract(JsonNode json) {
    String start =
        json.has("contractStart") ? format.date(json.get("contractStart").asText()) : "…";
    String end = json.has("contractEnd") ? format.date(json.get("contractEnd").asText()) : "…";
    return DisplayValue.of(start + " – " + end);
  }

  private DisplayValue note(JsonNode source) {
    String note = source.path("note").asText("");
    return note.isEmpty() ? null : format.foreign(note);
  }
}
