package org.keuzevrij.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keuzevrij.scoring.TestCatalogue.set;
import static org.keuzevrij.scoring.TestCatalogue.setLicence;
import static org.keuzevrij.scoring.TestCatalogue.useCase;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;

@DisplayName("Knock-out rules")
class KnockOutsTest {

  private static final List<Profile.KnockOutRule> PERSONAL = rules(KnockOuts.PERSONAL_DATA);
  private static final List<Profile.KnockOutRule> LICENCE = rules(KnockOuts.LICENCE_EU);
  private static final List<Profile.KnockOutRule> SPECIAL = rules(KnockOuts.SPECIAL_CATEGORY);

  @TempDir Path root;

  private TestCatalogue catalogue;

  @BeforeEach
  void catalogue() {
    catalogue = new TestCatalogue(root);
    catalogue.supplier("eu-host", "FR", "none", List.of());
    catalogue.supplier("us-cloud", "US", "none", List.of("US CLOUD Act"));
    catalogue.model("m", "open", true, "downloadable");
  }

  private static List<Profile.KnockOutRule> rules(String rule) {
    return List.of(new Profile.KnockOutRule(rule, 0));
  }

  private List<KnockOut> failed(
      String offering, UseCase useCase, List<Profile.KnockOutRule> rules) {
    return KnockOuts.failed(catalogue.option(offering), useCase, rules);
  }

  private static String reasonsEn(KnockOut knockOut) {
    return String.join(" | ", knockOut.reasons().stream().map(Line::en).toList());
  }

  @Test
  @DisplayName(
      "personal data: processing and storage inside the EU/EEA pass, anything outside fails with the facts")
  void personalData() {
    catalogue.offering("eu", "eu-host", List.of("m"), List.of("NL"));
    catalogue.offering("global", "eu-host", List.of("m"), List.of("GLOBAL"));
    assertEquals(List.of(), failed("eu", useCase(true, false, false), PERSONAL));
    List<KnockOut> failed = failed("global", useCase(true, false, false), PERSONAL);
    assertEquals(1, failed.size());
    assertEquals(KnockOuts.PERSONAL_DATA, failed.get(0).rule());
    assertTrue(
        reasonsEn(failed.get(0))
            .contains("Processing also outside the EU/EEA: anywhere, as the supplier chooses"),
        reasonsEn(failed.get(0)));
    assertEquals(
        List.of(),
        failed("global", useCase(false, false, false), PERSONAL),
        "no personal data, no rule");
  }

  @Test
  @DisplayName(
      "personal data: an unknown storage location fails (worst case), names the fact and asks the supplier")
  void personalDataUnknownLocation() {
    ObjectNode offering = catalogue.offering("vague", "eu-host", List.of("m"), List.of("NL"));
    catalogue.write(Kind.OFFERING, set(offering, "storageLocations", "unknown"));
    List<KnockOut> failed = failed("vague", useCase(true, false, false), PERSONAL);
    assertEquals(1, failed.size());
    assertTrue(
        reasonsEn(failed.get(0))
            .contains("Unknown whether processing and storage stay inside the EU/EEA"));
    assertTrue(reasonsEn(failed.get(0)).contains("Storage: location unknown"));
    assertEquals(
        List.of("offerings/vague#/storageLocations"),
        failed.get(0).unknowns().stream().map(Unknown::fact).toList());
  }

  @Test
  @DisplayName(
      "personal data: a use case that does not know whether it handles personal data is treated as if it does")
  void personalDataUnknownAnswer() {
    catalogue.offering("global", "eu-host", List.of("m"), List.of("GLOBAL"));
    List<KnockOut> failed = failed("global", useCase("unknown", false, false), PERSONAL);
    assertEquals(1, failed.size());
    assertTrue(
        reasonsEn(failed.get(0))
            .contains("Use case: personal data unknown, treated as yes (worst case)"));
  }

  @Test
  @DisplayName(
      "a licence that excludes EU organisations rules out self-hosting and fine-tuning, not plain API use")
  void licenceExcludesEu() {
    ObjectNode model = catalogue.model("restricted", "partial", false, "gated");
    catalogue.write(Kind.MODEL, setLicence(model, "excludesEuOrganisations", true));
    ObjectNode own =
        catalogue.offering("own", TestCatalogue.CITY, List.of("restricted"), List.of("NL"));
    catalogue.write(Kind.OFFERING, own.put("delivery", "self-hosted"));
    catalogue.offering("api", "eu-host", List.of("restricted"), List.of("NL"));
    List<KnockOut> selfHosted = failed("own", useCase(false, false, false), LICENCE);
    assertEquals(1, selfHosted.size());
    assertTrue(
        reasonsEn(selfHosted.get(0))
            .contains("Model restricted: the licence excludes organisations in the EU"));
    assertEquals(List.of(), failed("api", useCase(false, false, false), LICENCE));
    assertEquals(
        1,
        failed("api", useCase(false, false, true), LICENCE).size(),
        "fine-tuning makes the city licensee");
    assertEquals(
        1,
        failed("api", useCase(false, false, "unknown"), LICENCE).size(),
        "unknown fine-tuning: worst case");
    catalogue.write(Kind.MODEL, setLicence(model, "excludesEuOrganisations", "unknown"));
    List<KnockOut> unknown = failed("own", useCase(false, false, false), LICENCE);
    assertEquals(
        List.of("models/restricted#/licence/excludesEuOrganisations"),
        unknown.get(0).unknowns().stream().map(Unknown::fact).toList());
  }

  @Test
  @DisplayName(
      "special-category data rules out suppliers under extraterritorial law, unless self-hosted")
  void specialCategory() {
    catalogue.offering("us", "us-cloud", List.of("m"), List.of("NL"));
    catalogue.offering("eu", "eu-host", List.of("m"), List.of("NL"));
    ObjectNode onPremises =
        catalogue.offering("us-on-premises", "us-cloud", List.of("m"), List.of("NL"));
    catalogue.write(Kind.OFFERING, onPremises.put("delivery", "self-hosted"));
    List<KnockOut> failed = failed("us", useCase(true, true, false), SPECIAL);
    assertEquals(1, failed.size());
    assertTrue(
        reasonsEn(failed.get(0)).contains("Supplier us-cloud is subject to: US CLOUD Act"),
        reasonsEn(failed.get(0)));
    assertEquals(List.of(), failed("eu", useCase(true, true, false), SPECIAL));
    assertEquals(List.of(), failed("us-on-premises", useCase(true, true, false), SPECIAL));
    assertEquals(List.of(), failed("us", useCase(true, false, false), SPECIAL));
    assertEquals(1, failed("us", useCase(true, "unknown", false), SPECIAL).size());
  }

  @Test
  @DisplayName("special-category data: unknown foreign-law exposure fails and becomes a question")
  void specialCategoryUnknownExposure() {
    catalogue.supplier("vague", "NL", "none", null);
    catalogue.offering("v", "vague", List.of("m"), List.of("NL"));
    List<KnockOut> failed = failed("v", useCase(true, true, false), SPECIAL);
    assertEquals(1, failed.size());
    assertTrue(
        failed.get(0).unknowns().stream()
            .anyMatch(u -> u.fact().equals("suppliers/vague#/extraterritorialLaws")));
  }

  @Test
  @DisplayName(
      "minimum SEAL: the lowest claim over all eight objectives counts; a missing claim counts as SEAL-0")
  void minimumSeal() {
    List<Profile.KnockOutRule> seal2 = List.of(new Profile.KnockOutRule(KnockOuts.MINIMUM_SEAL, 2));
    ObjectNode supplier = catalogue.supplier("sealed", "DE", "none", List.of());
    ObjectNode claims = supplier.putObject("sealClaims");
    for (String objective : KnockOuts.SEAL_OBJECTIVES) {
      claims.set(objective, Fixtures.fact(3));
    }
    catalogue.write(Kind.SUPPLIER, supplier);
    catalogue.offering("s", "sealed", List.of("m"), List.of("DE"));
    catalogue.offering("eu", "eu-host", List.of("m"), List.of("NL"));
    ObjectNode own = catalogue.offering("own", TestCatalogue.CITY, List.of("m"), List.of("NL"));
    catalogue.write(Kind.OFFERING, own.put("delivery", "self-hosted"));
    assertEquals(List.of(), failed("s", useCase(false, false, false), seal2));
    claims.set("SOV-5", Fixtures.fact(1));
    catalogue.write(Kind.SUPPLIER, supplier);
    List<KnockOut> low = failed("s", useCase(false, false, false), seal2);
    assertTrue(
        reasonsEn(low.get(0))
            .contains("lowest SEAL over all objectives is 1, at least 2 required"));
    List<KnockOut> none = failed("eu", useCase(false, false, false), seal2);
    assertEquals(
        List.of("suppliers/eu-host#/sealClaims"),
        none.get(0).unknowns().stream().map(Unknown::fact).toList());
    assertEquals("SEAL level below 2 under the EU Cloud Sovereignty Framework", none.get(0).en());
    assertEquals(
        List.of(),
        failed("own", useCase(false, false, false), seal2),
        "the city makes no claims about itself");
  }
}
