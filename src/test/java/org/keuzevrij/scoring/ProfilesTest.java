package org.keuzevrij.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;

@DisplayName("Bundled scoring profiles")
class ProfilesTest {

  private static final Catalogue CATALOGUE =
      new CatalogueLoader().load(Path.of("catalogue")).catalogue();

  @Test
  @DisplayName(
      "each framework preset's weights are its objective weights shared out as its mapping says")
  void presetWeightsFollowFromTheFramework() {
    int presets = 0;
    for (Entity profile : CATALOGUE.all(Kind.PROFILE)) {
      JsonNode framework = profile.json().path("source").path("framework");
      if (framework.isMissingNode()) {
        continue;
      }
      presets++;
      Map<String, Double> computed = new HashMap<>();
      double objectives = 0;
      for (var objective :
          (Iterable<Map.Entry<String, JsonNode>>) framework.path("objectives")::fields) {
        double weight = objective.getValue().path("weight").doubleValue();
        objectives += weight;
        double shares = 0;
        for (var share :
            (Iterable<Map.Entry<String, JsonNode>>) objective.getValue().path("criteria")::fields) {
          computed.merge(share.getKey(), weight * share.getValue().doubleValue(), Double::sum);
          shares += share.getValue().doubleValue();
        }
        assertEquals(
            1.0,
            shares,
            1e-9,
            profile.id() + " " + objective.getKey() + " shares out all of its weight");
      }
      assertEquals(
          100.0, objectives, 1e-9, profile.id() + ": the objective weights are a full weight set");
      Weights weights = Profile.of(profile).weights();
      for (String criterion : Criteria.IDS) {
        assertEquals(
            computed.getOrDefault(criterion, 0.0),
            weights.get(criterion),
            1e-9,
            profile.id() + " " + criterion);
      }
    }
    assertEquals(2, presets, "the 2025 and 2026 EU Cloud Sovereignty Framework weight sets");
  }

  @Test
  @DisplayName(
      "the two EU Cloud Sovereignty Framework presets carry the published weight sets A and B")
  void publishedWeightSets() {
    assertEquals(
        List.of(15, 10, 10, 15, 20, 15, 10, 5), objectiveWeights("eu-cloud-sovereignty-2025"));
    assertEquals(
        List.of(20, 10, 10, 15, 10, 15, 15, 5), objectiveWeights("eu-cloud-sovereignty-2026"));
  }

  private static List<Integer> objectiveWeights(String id) {
    JsonNode objectives =
        CATALOGUE
            .find(Kind.PROFILE, id)
            .orElseThrow()
            .json()
            .path("source")
            .path("framework")
            .path("objectives");
    return KnockOuts.SEAL_OBJECTIVES.stream()
        .map(o -> objectives.path(o).path("weight").intValue())
        .toList();
  }

  @Test
  @DisplayName(
      "the Amsterdam profile is the default, names the city as its own organisation and weighs 100"
          + " for independence, with fit for purpose on top and below the heaviest criterion")
  void amsterdamDefault() {
    Entity amsterdam = CATALOGUE.find(Kind.PROFILE, "amsterdam-ai-vision-2024").orElseThrow();
    assertTrue(amsterdam.json().path("default").asBoolean());
    assertEquals("gemeente-amsterdam", Profile.of(amsterdam).ownOrganisation());
    Weights weights = Profile.of(amsterdam).weights();
    assertEquals(110.0, weights.sum(), 1e-9);
    assertEquals(10.0, weights.get("fitness"), 1e-9);
    assertTrue(weights.get("fitness") < weights.get("openness"), "independence comes first");
    assertEquals(
        1,
        CATALOGUE.all(Kind.PROFILE).stream()
            .filter(p -> p.json().path("default").asBoolean())
            .count());
  }
}
