package org.keuzevrij.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.derived.DerivedFacts;
import org.keuzevrij.catalogue.derived.Snapshot;

@DisplayName("The bundled catalogue")
class BundledCatalogueTest {

  private static Snapshot snapshot;

  @BeforeAll
  static void load() {
    LoadResult result = new CatalogueLoader().load(Path.of("catalogue"));
    assertTrue(
        result.ok(),
        () -> String.join("\n", result.problems().stream().map(Problem::toString).toList()));
    snapshot = Snapshot.of(result.catalogue());
  }

  private static String derived(Kind kind, String id, String name) {
    return snapshot.derived().value(kind, id, name);
  }

  @Test
  @DisplayName("is large enough to compare real options")
  void size() {
    Catalogue catalogue = snapshot.catalogue();
    assertTrue(catalogue.size(Kind.MODEL) >= 30, "models: " + catalogue.size(Kind.MODEL));
    assertTrue(catalogue.size(Kind.SUPPLIER) >= 18, "suppliers: " + catalogue.size(Kind.SUPPLIER));
    assertTrue(catalogue.size(Kind.OFFERING) >= 35, "offerings: " + catalogue.size(Kind.OFFERING));
    assertEquals(4, catalogue.size(Kind.USECASE));
    assertTrue(catalogue.find(Kind.PROFILE, "amsterdam-ai-vision-2024").isPresent());
  }

  @Test
  @DisplayName("OLMo, the reference fully open model, reaches MOF Class I and meets the OSAID")
  void olmoIsFullyOpen() {
    assertEquals("Class I", derived(Kind.MODEL, "olmo", DerivedFacts.MOF_CLASS));
    assertEquals("yes", derived(Kind.MODEL, "olmo", DerivedFacts.OSAID));
    assertEquals("11.5", derived(Kind.MODEL, "olmo", DerivedFacts.OSAI_SCORE));
  }

  @Test
  @DisplayName("an API-only model such as GPT-4o is not open in any sense")
  void apiOnlyModelIsNotOpen() {
    assertEquals("no", derived(Kind.MODEL, "gpt-4o", DerivedFacts.OPEN_WEIGHTS));
    assertEquals("none", derived(Kind.MODEL, "gpt-4o", DerivedFacts.MOF_CLASS));
    assertEquals("no", derived(Kind.MODEL, "gpt-4o", DerivedFacts.OSAID));
    assertEquals(
        0, new BigDecimal(derived(Kind.MODEL, "gpt-4o", DerivedFacts.OSAI_SCORE)).signum());
  }

  @Test
  @DisplayName(
      "the city self-hosts no model whose public licence is known to exclude it, such as Llama 4"
          + " (non-commercial ones it may list: that trap shows in the scores)")
  void noSelfHostingOfModelsACityMayNotUse() {
    Entity llama4 = snapshot.catalogue().find(Kind.MODEL, "llama-4").orElseThrow();
    assertEquals(
        Boolean.TRUE, Facts.bool(llama4.json().path("licence").path("excludesEuOrganisations")));
    List<String> unlawful = new ArrayList<>();
    for (Entity offering : snapshot.catalogue().all(Kind.OFFERING)) {
      // Vendors' on-premise offerings come with their own commercial licence; the city's own rest
      // on the public one.
      if (!"gemeente-amsterdam".equals(offering.json().path("supplier").asText())) {
        continue;
      }
      for (JsonNode id : offering.json().path("models")) {
        JsonNode licence =
            snapshot.catalogue().find(Kind.MODEL, id.asText()).orElseThrow().json().path("licence");
        // An unknown licence is caught by the knock-out, which counts it as excluding.
        if (Boolean.TRUE.equals(Facts.bool(licence.path("excludesEuOrganisations")))) {
          unlawful.add(offering.id() + " uses " + id.asText());
        }
      }
    }
    assertEquals(List.of(), unlawful);
  }

  @Test
  @DisplayName("EU variants of US services are told apart from their global versions")
  void euVariantsDiffer() {
    long eeaOnly =
        snapshot.catalogue().all(Kind.OFFERING).stream()
            .filter(o -> "yes".equals(derived(Kind.OFFERING, o.id(), DerivedFacts.EEA_ONLY)))
            .count();
    long global =
        snapshot.catalogue().all(Kind.OFFERING).stream()
            .filter(o -> "no".equals(derived(Kind.OFFERING, o.id(), DerivedFacts.EEA_ONLY)))
            .count();
    assertTrue(eeaOnly >= 5 && global >= 5, "EU/EEA-only " + eeaOnly + ", not " + global);
    assertEquals(
        "yes",
        derived(Kind.SUPPLIER, "aws-european-sovereign-cloud", DerivedFacts.EXPOSURE),
        "an EU subsidiary of a US company is still exposed through its parent");
    assertEquals("no", derived(Kind.SUPPLIER, "scaleway", DerivedFacts.EXPOSURE));
  }

  @Test
  @DisplayName("every source is an https or http URL and every known fact has one")
  void sourcesPresent() {
    List<String> missing = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      for (Entity entity : snapshot.catalogue().all(kind)) {
        entity
            .json()
            .findParents("checked")
            .forEach(
                fact -> {
                  JsonNode value = fact.path("value");
                  if (!value.isMissingNode()
                      && !"unknown".equals(value.asText())
                      && !fact.path("source").isTextual()) {
                    missing.add(kind.folder() + "/" + entity.id());
                  }
                });
      }
    }
    assertFalse(missing.size() > 0, () -> "facts without source in " + missing);
  }
}
