package org.keuzevrij.catalogue.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keuzevrij.catalogue.Fixtures.fact;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.LoadResult;

@DisplayName("Facts derived from the catalogue")
class DerivedFactsTest {

  @TempDir Path root;

  private DerivedFacts load() {
    LoadResult result = new CatalogueLoader().load(root);
    assertTrue(result.ok(), () -> result.problems().toString());
    return Snapshot.of(result.catalogue()).derived();
  }

  private static Derivation get(DerivedFacts derived, Kind kind, String id, String name) {
    return derived.get(kind, id).get(name);
  }

  private static String reasonsEn(Derivation derivation) {
    return String.join(" | ", derivation.reasons().stream().map(r -> r.en()).toList());
  }

  @Test
  @DisplayName(
      "a model open in every component under an OSI licence: 12/12, MOF Class I, meets the OSAID")
  void fullyOpenModel() {
    Fixtures.smallCatalogue(root);
    DerivedFacts derived = load();
    assertEquals(
        new BigDecimal("12"),
        get(derived, Kind.MODEL, "open-model", DerivedFacts.OSAI_SCORE).value());
    assertEquals("Class I", get(derived, Kind.MODEL, "open-model", DerivedFacts.MOF_CLASS).value());
    assertEquals("yes", get(derived, Kind.MODEL, "open-model", DerivedFacts.OSAID).value());
  }

  @Test
  @DisplayName("an API-only model: 0/12, no MOF class, does not meet the OSAID, no open weights")
  void apiOnlyModel() {
    Fixtures.smallCatalogue(root);
    DerivedFacts derived = load();
    assertEquals(
        BigDecimal.ZERO, get(derived, Kind.MODEL, "closed-model", DerivedFacts.OSAI_SCORE).value());
    Derivation mof = get(derived, Kind.MODEL, "closed-model", DerivedFacts.MOF_CLASS);
    assertEquals("none", mof.value());
    assertTrue(
        reasonsEn(mof).contains("Class III not met; not open: End-user model weights"),
        reasonsEn(mof));
    assertEquals("no", get(derived, Kind.MODEL, "closed-model", DerivedFacts.OSAID).value());
    assertEquals("no", get(derived, Kind.MODEL, "closed-model", DerivedFacts.OPEN_WEIGHTS).value());
  }

  @Test
  @DisplayName("open components under a custom licence earn no MOF class and fail the OSAID")
  void customLicence() {
    Fixtures.smallCatalogue(root);
    Fixtures.write(root, Kind.MODEL, Fixtures.model("open-model", "open", false, "gated"));
    DerivedFacts derived = load();
    assertEquals("none", get(derived, Kind.MODEL, "open-model", DerivedFacts.MOF_CLASS).value());
    Derivation osaid = get(derived, Kind.MODEL, "open-model", DerivedFacts.OSAID);
    assertEquals("no", osaid.value());
    assertTrue(reasonsEn(osaid).contains("The licence is not OSI-approved"));
    assertEquals(
        "yes",
        get(derived, Kind.MODEL, "open-model", DerivedFacts.OPEN_WEIGHTS).value(),
        "gated weights can still be downloaded");
  }

  @Test
  @DisplayName(
      "unknown components count as closed in the score, and leave class and OSAID undetermined")
  void unknownComponents() {
    Fixtures.smallCatalogue(root);
    ObjectNode model = Fixtures.model("open-model", "open", true, "downloadable");
    ObjectNode openness = (ObjectNode) model.get("openness");
    openness.set("trainingCode", fact("unknown"));
    openness.set("modelCard", fact("partial"));
    Fixtures.write(root, Kind.MODEL, model);
    DerivedFacts derived = load();
    Derivation score = get(derived, Kind.MODEL, "open-model", DerivedFacts.OSAI_SCORE);
    assertEquals(new BigDecimal("10.5"), score.value());
    assertTrue(
        reasonsEn(score).contains("Unknown components count as closed: Training code"),
        reasonsEn(score));
    Derivation mof = get(derived, Kind.MODEL, "open-model", DerivedFacts.MOF_CLASS);
    assertEquals("Class III", mof.value(), "a partial model card still counts as released");
    assertTrue(
        reasonsEn(mof).contains("Class II undetermined; unknown: Training code"), reasonsEn(mof));
    assertEquals("unknown", get(derived, Kind.MODEL, "open-model", DerivedFacts.OSAID).value());
  }

  @Test
  @DisplayName(
      "EU/EEA-only: yes inside, no for GLOBAL or EFTA (Switzerland), unknown when a location is unknown")
  void eeaLocality() {
    Fixtures.smallCatalogue(root);
    Fixtures.write(
        root,
        Kind.OFFERING,
        Fixtures.offering("efta", "eu-host", List.of("open-model"), List.of("EU", "EFTA")));
    ObjectNode partlyUnknown =
        Fixtures.offering("half", "eu-host", List.of("open-model"), List.of("NL"));
    partlyUnknown.set("storageLocations", fact("unknown"));
    Fixtures.write(root, Kind.OFFERING, partlyUnknown);
    DerivedFacts derived = load();
    assertEquals("yes", get(derived, Kind.OFFERING, "eu-api", DerivedFacts.EEA_ONLY).value());
    Derivation global = get(derived, Kind.OFFERING, "us-api", DerivedFacts.EEA_ONLY);
    assertEquals("no", global.value());
    assertTrue(reasonsEn(global).contains("anywhere, as the supplier chooses"));
    Derivation efta = get(derived, Kind.OFFERING, "efta", DerivedFacts.EEA_ONLY);
    assertEquals("no", efta.value());
    assertTrue(reasonsEn(efta).contains("including Switzerland"));
    assertEquals("unknown", get(derived, Kind.OFFERING, "half", DerivedFacts.EEA_ONLY).value());
  }

  @Test
  @DisplayName(
      "a service that stores no customer data stays inside the EU/EEA when it processes there; unknown storage does not")
  void noStorageIsNotUnknown() {
    Fixtures.smallCatalogue(root);
    ObjectNode stateless =
        Fixtures.offering("stateless", "eu-host", List.of("open-model"), List.of("FR"));
    stateless.set("storageLocations", fact("none"));
    Fixtures.write(root, Kind.OFFERING, stateless);
    ObjectNode abroad =
        Fixtures.offering("stateless-abroad", "eu-host", List.of("open-model"), List.of("US"));
    abroad.set("storageLocations", fact("none"));
    Fixtures.write(root, Kind.OFFERING, abroad);
    DerivedFacts derived = load();
    Derivation inside = get(derived, Kind.OFFERING, "stateless", DerivedFacts.EEA_ONLY);
    assertEquals("yes", inside.value());
    assertTrue(
        reasonsEn(inside).contains("Storage: none; the service keeps no customer data"),
        reasonsEn(inside));
    assertEquals(
        "no",
        get(derived, Kind.OFFERING, "stateless-abroad", DerivedFacts.EEA_ONLY).value(),
        "processing outside the EEA still counts");
  }

  @Test
  @DisplayName("\"none\" is a storage value only: processing somewhere is never \"none\"")
  void noneOnlyForStorage() {
    Fixtures.smallCatalogue(root);
    ObjectNode wrong = Fixtures.offering("wrong", "eu-host", List.of("open-model"), List.of("FR"));
    wrong.set("processingLocations", fact("none"));
    Fixtures.write(root, Kind.OFFERING, wrong);
    LoadResult result = new CatalogueLoader().load(root);
    assertFalse(result.ok());
    assertTrue(
        result.problems().stream().anyMatch(p -> p.pointer().startsWith("/processingLocations")),
        result.problems()::toString);
  }

  @Test
  @DisplayName("extraterritorial exposure follows the parent chain; unknown laws make it unknown")
  void exposureFollowsControl() {
    Fixtures.smallCatalogue(root);
    Fixtures.write(
        root, Kind.SUPPLIER, Fixtures.supplier("eu-subsidiary", "DE", "us-cloud", List.of()));
    Fixtures.write(root, Kind.SUPPLIER, Fixtures.supplier("unclear", "NL", "none", null));
    DerivedFacts derived = load();
    assertEquals("no", get(derived, Kind.SUPPLIER, "eu-host", DerivedFacts.EXPOSURE).value());
    assertEquals("yes", get(derived, Kind.SUPPLIER, "us-cloud", DerivedFacts.EXPOSURE).value());
    Derivation subsidiary = get(derived, Kind.SUPPLIER, "eu-subsidiary", DerivedFacts.EXPOSURE);
    assertEquals("yes", subsidiary.value());
    assertTrue(
        reasonsEn(subsidiary).contains("Controlled by Supplier us-cloud"), reasonsEn(subsidiary));
    assertTrue(
        reasonsEn(subsidiary).contains("Supplier us-cloud is subject to: US CLOUD Act"),
        reasonsEn(subsidiary));
    assertEquals("unknown", get(derived, Kind.SUPPLIER, "unclear", DerivedFacts.EXPOSURE).value());
    assertEquals(
        "yes",
        get(derived, Kind.OFFERING, "us-api", DerivedFacts.EXPOSURE).value(),
        "an offering carries its supplier's exposure");
  }

  @Test
  @DisplayName("independent hosts: suppliers under one parent count once")
  void independentHosts() {
    Fixtures.smallCatalogue(root);
    Fixtures.write(
        root, Kind.SUPPLIER, Fixtures.supplier("eu-subsidiary", "DE", "us-cloud", List.of()));
    Fixtures.write(
        root,
        Kind.OFFERING,
        Fixtures.offering("sub-api", "eu-subsidiary", List.of("open-model"), List.of("DE")));
    DerivedFacts derived = load();
    assertEquals(2, get(derived, Kind.MODEL, "open-model", DerivedFacts.HOSTS).value());
    assertEquals(1, get(derived, Kind.MODEL, "closed-model", DerivedFacts.HOSTS).value());
    assertEquals(
        "no",
        get(derived, Kind.OFFERING, "us-api", DerivedFacts.OPEN_WEIGHTS).value(),
        "an offering with one closed model is not open-weight");
    assertEquals("yes", get(derived, Kind.OFFERING, "eu-api", DerivedFacts.OPEN_WEIGHTS).value());
  }
}
