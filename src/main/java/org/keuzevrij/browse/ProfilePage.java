package org.keuzevrij.browse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keuzevrij.catalogue.Entity;

/**
 * The model of a scoring profile page: its weights per criterion, its knock-out rules, how unknown
 * facts count, and where it comes from, so that a reviewer can see which policy a ranking followed.
 */
public final class ProfilePage {

  public static final String TEMPLATE = "browse/profile";

  public record Weight(String criterion, String weight, String share) {}

  private final ValueFormatter format;

  public ProfilePage(ValueFormatter format) {
    this.format = format;
  }

  public String title(Entity profile) {
    return format.language().pick(profile.json().path("name"));
  }

  public Map<String, Object> model(Entity profile) {
    JsonNode json = profile.json();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("name", title(profile));
    model.put("description", format.language().pick(json.path("description")));
    model.put("version", json.path("version").asText());
    model.put("weights", weights(json.path("weights")));
    model.put("total", format.number(total(json.path("weights"))));
    List<String> knockOuts = new ArrayList<>();
    for (JsonNode knockOut : json.path("knockOuts")) {
      String rule = knockOut.path("rule").asText();
      knockOuts.add(
          knockOut.has("minimumSeal")
              ? format.text("profile.knockOut." + rule, knockOut.get("minimumSeal").asInt())
              : format.text("profile.knockOut." + rule));
    }
    model.put("knockOuts", knockOuts);
    model.put("unknowns", format.text("profile.unknowns." + json.path("unknowns").asText()));
    JsonNode source = json.path("source");
    model.put("sourceTitle", source.path("title").asText());
    model.put("source", SourceLink.of(source.path("url").asText(null)).orElse(null));
    model.put("checked", format.checked(source).orElse(null));
    String mapping = format.language().pick(source.path("mapping"));
    model.put("mapping", mapping.isEmpty() ? null : mapping);
    return model;
  }

  /**
   * Weights with their share of the total, since the schema does not require them to add up to 100;
   * heaviest first, because that is what a reader wants to know about a policy.
   */
  private List<Weight> weights(JsonNode weights) {
    double total = total(weights);
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    weights.fields().forEachRemaining(entries::add);
    entries.sort(
        Comparator.comparingDouble((Map.Entry<String, JsonNode> e) -> -e.getValue().asDouble())
            .thenComparing(Map.Entry::getKey));
    List<Weight> rows = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : entries) {
      rows.add(
          new Weight(
              format.text("profile.criterion." + entry.getKey()),
              format.number(entry.getValue().numberValue()),
              total == 0
                  ? "–"
                  : format.number(Math.round(1000 * entry.getValue().asDouble() / total) / 10.0)
                      + " %"));
    }
    return rows;
  }

  private static double total(JsonNode weights) {
    double total = 0;
    for (JsonNode weight : weights) {
      total += weight.asDouble();
    }
    return total;
  }
}
