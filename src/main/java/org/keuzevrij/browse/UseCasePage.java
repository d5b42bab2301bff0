package org.keuzevrij.browse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keuzevrij.browse.FactSheet.Row;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.Entity;

/**
 * The model of a use case page: the city's own answers about its need, what it needs done (task,
 * modalities, languages, volume, hardware), and its AI Act risk class with the rationale. These are
 * judgements rather than supplier facts, so they carry a rationale and a decision date instead of
 * sources. The page starts a comparison of every offering for the use case.
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

  /** What the use case needs done, with the vocabulary that names each value. */
  private static final List<Map.Entry<String, String>> NEEDS =
      List.of(
          Map.entry("task", "task"),
          Map.entry("inputModalities", "modality"),
          Map.entry("outputModalities", "modality"),
          Map.entry("languages", "language"));

  private final ValueFormatter format;
  private final Catalogue catalogue;

  public UseCasePage(ValueFormatter format, Catalogue catalogue) {
    this.format = format;
    this.catalogue = catalogue;
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
    model.put("needs", needs(json));
    model.put("needsRationale", format.language().pick(json.path("needsRationale")));
    model.put("volumeRationale", format.language().pick(json.path("volume").path("rationale")));
    model.put("compareHref", PagePaths.compare(usecase.id(), List.of(PagePaths.ALL_OFFERINGS)));
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

  /** The needs the use case states; one it leaves out is not asked for, so it is not listed. */
  private List<Row> needs(JsonNode json) {
    List<Row> needs = new ArrayList<>();
    for (Map.Entry<String, String> need : NEEDS) {
      if (json.has(need.getKey())) {
        needs.add(
            row(need.getKey(), format.value(need.getValue(), "enum", json.get(need.getKey()))));
      }
    }
    if (json.has("instructionFollowing")) {
      needs.add(row("instructionFollowing", answer(json.get("instructionFollowing"))));
    }
    if (json.has("volume")) {
      needs.add(row("volume", volume(json.get("volume"))));
    }
    JsonNode gpu = json.path("gpuMemoryLimitGb");
    if (gpu.isNumber()) {
      needs.add(
          row(
              "gpuMemoryLimitGb",
              DisplayValue.of(
                  format.text(
                      "usecase.gpuMemoryLimitGb.value", format.number(gpu.numberValue())))));
    } else if (!gpu.isMissingNode()) {
      needs.add(row("gpuMemoryLimitGb", format.unknown()));
    }
    return needs;
  }

  private Row row(String field, DisplayValue value) {
    return new Row(format.text("field.usecases." + field), value, null, null, null);
  }

  /** A range per month such as "2,000 to 5,000 pages per month"; unknown ends say so. */
  private DisplayValue volume(JsonNode volume) {
    String unit = format.text("value.unit." + volume.path("unit").asText());
    String low = amount(volume.path("low"));
    String high = amount(volume.path("high"));
    return DisplayValue.of(
        low.equals(high)
            ? format.text("usecase.volume.single", low, unit)
            : format.text("usecase.volume.range", low, high, unit));
  }

  private String amount(JsonNode value) {
    return value.isNumber() ? format.number(value.numberValue()) : format.text("value.unknown");
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
