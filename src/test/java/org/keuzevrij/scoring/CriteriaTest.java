package org.keuzevrij.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keuzevrij.scoring.TestCatalogue.rationaleEn;
import static org.keuzevrij.scoring.TestCatalogue.score;
import static org.keuzevrij.scoring.TestCatalogue.set;
import static org.keuzevrij.scoring.TestCatalogue.setLicence;
import static org.keuzevrij.scoring.TestCatalogue.unknownFacts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.scoring.criteria.ClimateCriterion;
import org.keuzevrij.scoring.criteria.ConcentrationCriterion;
import org.keuzevrij.scoring.criteria.ContractFlexibilityCriterion;
import org.keuzevrij.scoring.criteria.DataLocalityCriterion;
import org.keuzevrij.scoring.criteria.JurisdictionCriterion;
import org.keuzevrij.scoring.criteria.OpennessCriterion;
import org.keuzevrij.scoring.criteria.PortabilityCriterion;
import org.keuzevrij.scoring.criteria.ResilienceCriterion;
import org.keuzevrij.scoring.criteria.TransparencyCriterion;

@DisplayName("Criteria on hand-made fixtures")
class CriteriaTest {

  @TempDir Path root;

  private TestCatalogue catalogue;

  @BeforeEach
  void catalogue() {
    catalogue = new TestCatalogue(root);
    catalogue.supplier("eu-host", "FR", "none", List.of());
  }

  @Nested
  @DisplayName("openness")
  class Openness {

    private final Criterion openness = new OpennessCriterion();

    @Test
    @DisplayName(
        "a fully open model under an OSI licence earns index, licence and class points; fine-tune ownership adds the rest")
    void fullyOpen() {
      catalogue.model("open", "open", true, "downloadable");
      ObjectNode offering = catalogue.offering("o", "eu-host", List.of("open"), List.of("NL"));
      assertEquals(
          80.0, score(openness, catalogue.option("o")), "45 + 25 + 10, fine-tuning unknown");
      catalogue.write(Kind.OFFERING, set(offering, "fineTuning", "customer-owns-weights"));
      assertEquals(100.0, score(openness, catalogue.option("o")));
      catalogue.write(Kind.OFFERING, set(offering, "fineTuning", "platform-only"));
      assertEquals(88.0, score(openness, catalogue.option("o")));
    }

    @Test
    @DisplayName("unknown openness components count as closed and each becomes a question")
    void unknownComponents() {
      catalogue.model("mystery", "unknown", true, "downloadable");
      catalogue.offering("o", "eu-host", List.of("mystery"), List.of("NL"));
      Assessment assessment = openness.assess(catalogue.option("o"));
      assertEquals(25.0, assessment.score().doubleValue(), "only the licence earns points");
      List<String> unknown = unknownFacts(assessment);
      assertTrue(unknown.contains("models/mystery#/openness/baseModelData"), unknown::toString);
      assertTrue(unknown.contains("models/mystery#/openness/licences"), unknown::toString);
      assertTrue(unknown.contains("offerings/o#/fineTuning"), unknown::toString);
      assertEquals(13, unknown.size(), "twelve index components and fine-tuning");
      Unknown question = assessment.unknowns().get(0);
      assertTrue(question.question().en().contains("Model mystery"), question.question().en());
      assertTrue(question.question().nl().startsWith("Is het onderdeel"), question.question().nl());
    }

    @Test
    @DisplayName(
        "licence restrictions take points; a non-commercial or unknown non-commercial clause takes them all")
    void licenceRestrictions() {
      ObjectNode model = catalogue.model("custom", "closed", false, "gated");
      catalogue.offering("o", "eu-host", List.of("custom"), List.of("NL"));
      assertEquals(
          15.0,
          score(openness, catalogue.option("o")),
          "custom terms without restrictions: 15 of 25");
      catalogue.write(
          Kind.MODEL,
          setLicence(setLicence(model, "userThreshold", 700_000_000), "acceptableUsePolicy", true));
      assertEquals(5.0, score(openness, catalogue.option("o")));
      catalogue.write(Kind.MODEL, setLicence(model, "nonCommercial", "unknown"));
      Assessment assessment = openness.assess(catalogue.option("o"));
      assertEquals(0.0, assessment.score().doubleValue());
      assertTrue(unknownFacts(assessment).contains("models/custom#/licence/nonCommercial"));
      assertTrue(
          rationaleEn(assessment)
              .contains(
                  "Restriction: limit on the number of users (-5) | Restriction: acceptable-use"
                      + " policy (-5) | Unknown whether the licence has this, counted as present:"
                      + " non-commercial use only (-15)"),
          rationaleEn(assessment));
      catalogue.write(Kind.MODEL, setLicence(model, "revenueThreshold", "unknown"));
      assertTrue(
          rationaleEn(openness.assess(catalogue.option("o")))
              .contains(
                  "Unknown whether the licence has these, each counted as present: non-commercial"
                      + " use only (-15), revenue threshold (-5)"),
          "several unknown restrictions are one line");
    }

    @Test
    @DisplayName("an offering with several models counts its weakest model and says so")
    void weakestModel() {
      catalogue.model("open", "open", true, "downloadable");
      catalogue.model("closed", "closed", false, "not-released");
      catalogue.offering("o", "eu-host", List.of("open", "closed"), List.of("NL"));
      Assessment assessment = openness.assess(catalogue.option("o"));
      assertEquals(
          15.0,
          assessment.score().doubleValue(),
          "the closed model: 0 + 15 + 0, fine-tuning unknown");
      assertTrue(
          rationaleEn(assessment)
              .startsWith(
                  "The weakest of 2 models counts, because the city depends on all "
                      + "of them: Model closed (15 of 80 points) | The other models, of 80"
                      + " points: Model open 80 | "),
          rationaleEn(assessment));
    }
  }

  @Nested
  @DisplayName("data locality")
  class DataLocality {

    private final Criterion locality = new DataLocalityCriterion();

    @Test
    @DisplayName(
        "EU/EEA processing and storage earn points; an unknown control plane earns none and is asked about")
    void insideEea() {
      catalogue.model("m", "open", true, "downloadable");
      catalogue.offering("o", "eu-host", List.of("m"), List.of("NL", "DE"));
      Assessment assessment = locality.assess(catalogue.option("o"));
      assertEquals(85.0, assessment.score().doubleValue(), "35 + 30 + 0 + 20");
      assertEquals(List.of("offerings/o#/controlPlaneLocations"), unknownFacts(assessment));
      assertTrue(
          assessment.unknowns().get(0).question().en().startsWith("Where does the control plane"));
    }

    @Test
    @DisplayName(
        "GLOBAL and EFTA count as outside the EEA, and training on the city's data loses its points")
    void outsideEea() {
      catalogue.model("m", "open", true, "downloadable");
      ObjectNode offering = catalogue.offering("o", "eu-host", List.of("m"), List.of("GLOBAL"));
      assertEquals(20.0, score(locality, catalogue.option("o")));
      set(offering, "processingLocations", List.of("EU", "EFTA"));
      set(offering, "storageLocations", List.of("EU"));
      set(offering, "controlPlaneLocations", List.of("IE"));
      catalogue.write(Kind.OFFERING, set(offering, "trainsOnCustomerData", true));
      assertEquals(45.0, score(locality, catalogue.option("o")), "0 + 30 + 15 + 0");
    }
  }

  @Nested
  @DisplayName("jurisdiction")
  class Jurisdiction {

    private final Criterion jurisdiction = new JurisdictionCriterion();

    @Test
    @DisplayName(
        "an EU supplier without foreign-law exposure scores high; an unknown parent country is a question")
    void euSupplier() {
      catalogue.model("m", "open", true, "downloadable");
      catalogue.offering("o", "eu-host", List.of("m"), List.of("NL"));
      Assessment assessment = jurisdiction.assess(catalogue.option("o"));
      assertEquals(70.0, assessment.score().doubleValue(), "50 + 20 + 0");
      assertEquals(List.of("suppliers/eu-host#/ultimateParentCountry"), unknownFacts(assessment));
    }

    @Test
    @DisplayName(
        "exposure follows control: an EU subsidiary of a US-controlled parent loses the exposure points")
    void followsControl() {
      catalogue.supplier("us-parent", "US", "none", List.of("US CLOUD Act"));
      catalogue.supplier("eu-daughter", "IE", "us-parent", List.of());
      catalogue.model("m", "open", true, "downloadable");
      catalogue.offering("o", "eu-daughter", List.of("m"), List.of("IE"));
      Assessment assessment = jurisdiction.assess(catalogue.option("o"));
      assertEquals(20.0, assessment.score().doubleValue(), "0 + 20 (IE) + 0");
      assertTrue(
          rationaleEn(assessment).contains("Supplier us-parent is subject to: US CLOUD Act"),
          rationaleEn(assessment));
    }

    @Test
    @DisplayName("unknown foreign laws count as exposure and ask the supplier")
    void unknownLaws() {
      catalogue.supplier("vague", "NL", "none", null);
      catalogue.model("m", "open", true, "downloadable");
      catalogue.offering("o", "vague", List.of("m"), List.of("NL"));
      Assessment assessment = jurisdiction.assess(catalogue.option("o"));
      assertEquals(20.0, assessment.score().doubleValue());
      assertTrue(unknownFacts(assessment).contains("suppliers/vague#/extraterritorialLaws"));
    }
  }

  @Nested
  @DisplayName("portability and contract flexibility")
  class Portability {

    private final Criterion portability = new PortabilityCriterion();
    private final Criterion contract = new ContractFlexibilityCriterion();

    @Test
    @DisplayName(
        "open weights, an OpenAI-compatible API and data export earn points; unknown exit assistance does not")
    void supplierOffering() {
      catalogue.model("m", "open", true, "downloadable");
      ObjectNode offering = catalogue.offering("o", "eu-host", List.of("m"), List.of("NL"));
      catalogue.write(Kind.OFFERING, set(offering, "dataExport", true));
      Assessment assessment = portability.assess(catalogue.option("o"));
      assertEquals(70.0, assessment.score().doubleValue(), "30 + 25 + 15 + 0 + 0 + 0");
      assertEquals(
          List.of(
              "offerings/o#/exportFormats",
              "offerings/o#/exitAssistance",
              "offerings/o#/exitAssistanceDays"),
          unknownFacts(assessment));
      catalogue.write(
          Kind.OFFERING, set(set(offering, "apiStyle", "proprietary"), "exitAssistance", true));
      assertEquals(57.0, score(portability, catalogue.option("o")), "30 + 0 + 15 + 0 + 12 + 0");
      set(set(offering, "exportFormats", List.of("JSON", "CSV")), "exitAssistanceDays", 14);
      catalogue.write(Kind.OFFERING, offering);
      Assessment named = portability.assess(catalogue.option("o"));
      assertEquals(71.0, named.score().doubleValue(), "named formats 10, under 30 days 4");
      assertTrue(
          rationaleEn(named).contains("Export formats named: \u201cJSON, CSV\u201d"),
          rationaleEn(named));
      catalogue.write(Kind.OFFERING, set(offering, "exportFormats", List.of()));
      assertTrue(
          rationaleEn(portability.assess(catalogue.option("o")))
              .contains("The terms name no format to take data along in"));
    }

    @Test
    @DisplayName("closed weights lose the weights points")
    void closedWeights() {
      catalogue.model("m", "closed", false, "not-released");
      catalogue.offering("o", "eu-host", List.of("m"), List.of("NL"));
      assertEquals(25.0, score(portability, catalogue.option("o")), "0 + 25 + 0 + 0");
    }

    @Test
    @DisplayName(
        "the city's own self-hosting is not penalised for lacking exit assistance or switching charges")
    void runByCity() {
      catalogue.model("m", "open", true, "downloadable");
      ObjectNode own = catalogue.offering("own", TestCatalogue.CITY, List.of("m"), List.of("NL"));
      own.put("delivery", "self-hosted");
      set(set(set(own, "exitAssistance", false), "switchingCharges", false), "dataExport", true);
      catalogue.write(Kind.OFFERING, own);
      ObjectNode vendor = own.deepCopy().put("id", "vendor").put("supplier", "eu-host");
      catalogue.write(Kind.OFFERING, vendor);
      Option city = catalogue.option("own");
      assertTrue(city.runByCity());
      assertEquals(100.0, score(portability, city));
      assertTrue(rationaleEn(portability.assess(city)).contains("Exit assistance does not apply"));
      assertEquals(
          65.0,
          score(contract, city),
          "30 + 10 + 10 (switching, termination for convenience and price notice do not apply)"
              + " + 15 usage-based, stated terms unknown");
      Option onPremises = catalogue.option("vendor");
      assertEquals(
          false, onPremises.runByCity(), "self-hosted software from a vendor still has a supplier");
      assertEquals(70.0, score(portability, onPremises), "its export formats are not known");
      assertEquals(
          45.0, score(contract, onPremises), "no switching charges stated by the vendor: 30 + 15");
    }

    @Test
    @DisplayName("stated contract terms earn points and are quoted; unknown ones become questions")
    void contractTerms() {
      catalogue.model("m", "open", true, "downloadable");
      ObjectNode offering = catalogue.offering("o", "eu-host", List.of("m"), List.of("NL"));
      Assessment unknown = contract.assess(catalogue.option("o"));
      assertEquals(15.0, unknown.score().doubleValue(), "only usage-based pricing is known");
      assertTrue(unknownFacts(unknown).contains("offerings/o#/priceChangeNotice"));
      Unknown notice =
          unknown.unknowns().stream()
              .filter(u -> u.fact().endsWith("priceChangeNotice"))
              .findFirst()
              .orElseThrow();
      assertEquals(
          "What is the notice period for price changes, and can the city then terminate without cost?",
          notice.question().en());
      set(offering, "minimumTerm", "Monthly");
      set(offering, "termination", "Any time with 30 days notice");
      set(offering, "priceChangeNotice", "=HYPERLINK(\"x\") 90 days");
      set(offering, "switchingCharges", false);
      catalogue.write(Kind.OFFERING, set(offering, "pricing", "capacity"));
      Assessment stated = contract.assess(catalogue.option("o"));
      assertEquals(
          70.0,
          stated.score().doubleValue(),
          "30 + 15 + 10 + 10 + 5; termination for convenience and notice days unknown");
      assertTrue(
          rationaleEn(stated)
              .contains("Termination stated: \u201cAny time with 30 days notice\u201d"));
      assertTrue(
          unknownFacts(stated)
              .containsAll(
                  List.of(
                      "offerings/o#/terminationForConvenience",
                      "offerings/o#/priceChangeNoticeDays")));
      set(offering, "terminationForConvenience", true);
      catalogue.write(Kind.OFFERING, set(offering, "priceChangeNoticeDays", 90));
      Assessment structured = contract.assess(catalogue.option("o"));
      assertEquals(90.0, structured.score().doubleValue(), "30 + 15 + 10 + 10 + 10 + 10 + 5");
      assertTrue(
          rationaleEn(structured).contains("Price changes are announced 90 days ahead"),
          rationaleEn(structured));
      catalogue.write(Kind.OFFERING, set(offering, "priceChangeNoticeDays", 30));
      assertEquals(85.0, score(contract, catalogue.option("o")), "30 days of notice earn 5 of 10");
      set(offering, "terminationForConvenience", false);
      catalogue.write(Kind.OFFERING, set(offering, "priceChangeNoticeDays", 14));
      assertEquals(
          70.0,
          score(contract, catalogue.option("o")),
          "no termination for convenience and 14 days of notice earn nothing");
    }

    @Test
    @DisplayName(
        "a not-disclosed unknown scores as the worst case like any unknown, but its rationale line calls it a finding")
    void notDisclosed() {
      catalogue.model("m", "open", true, "downloadable");
      ObjectNode offering = catalogue.offering("o", "eu-host", List.of("m"), List.of("NL"));
      double plain = score(contract, catalogue.option("o"));
      set(offering, "priceChangeNotice", "unknown");
      ((ObjectNode) offering.get("priceChangeNotice")).put("unknownReason", "not-disclosed");
      set(offering, "termination", "unknown");
      ((ObjectNode) offering.get("termination")).put("unknownReason", "not-researched");
      catalogue.write(Kind.OFFERING, offering);
      Assessment assessment = contract.assess(catalogue.option("o"));
      assertEquals(plain, assessment.score().doubleValue(), "both kinds count as the worst case");
      String rationale = rationaleEn(assessment);
      assertTrue(
          rationale.contains(
              "Price-change notice (not disclosed by the supplier: a finding; counts as the worst"
                  + " value)"),
          rationale);
      assertTrue(
          rationale.contains("Termination (not yet researched: counts as the worst value)"),
          rationale);
      assertTrue(
          rationale.contains("Minimum term (unknown: counts as the worst value)"), rationale);
      Unknown notice =
          assessment.unknowns().stream()
              .filter(u -> u.fact().endsWith("priceChangeNotice"))
              .findFirst()
              .orElseThrow();
      assertEquals("not-disclosed", notice.reason());
      assertTrue(notice.notDisclosed());
    }
  }

  @Nested
  @DisplayName("resilience, concentration, transparency and climate")
  class Others {

    @Test
    @DisplayName(
        "resilience counts independent hosts of the weakest model, SLA, certifications and delivery")
    void resilience() {
      Criterion resilience = new ResilienceCriterion();
      catalogue.supplier("other", "DE", "none", List.of());
      catalogue.supplier("other-daughter", "DE", "other", List.of());
      catalogue.model("m", "open", true, "downloadable");
      ObjectNode offering = catalogue.offering("o", "eu-host", List.of("m"), List.of("NL"));
      assertEquals(
          15.0,
          score(resilience, catalogue.option("o")),
          "1 host: 10, no SLA, no certifications, hosted 5");
      catalogue.offering("o2", "other", List.of("m"), List.of("DE"));
      catalogue.offering("o3", "other-daughter", List.of("m"), List.of("DE"));
      set(offering, "sla", "99.9% monthly");
      catalogue.write(Kind.OFFERING, set(offering, "certifications", List.of("ISO/IEC 27001")));
      Assessment assessment = resilience.assess(catalogue.option("o"));
      assertEquals(
          65.0,
          assessment.score().doubleValue(),
          "2 hosts (a daughter counts with its parent): 20 + 20 + 20 + 5");
    }

    @Test
    @DisplayName(
        "concentration: gatekeeper operators and developers lose points, public ownership earns them")
    void concentration() {
      Criterion concentration = new ConcentrationCriterion();
      ObjectNode bigTech = catalogue.supplier("big-tech", "US", "none", List.of("US CLOUD Act"));
      catalogue.write(
          Kind.SUPPLIER,
          set(set(bigTech, "dmaGatekeeper", true), "ownershipType", "listed-company"));
      ObjectNode model = catalogue.model("m", "open", true, "downloadable");
      catalogue.write(Kind.MODEL, model.put("developerSupplier", "big-tech"));
      catalogue.offering("o", "eu-host", List.of("m"), List.of("NL"));
      catalogue.offering("big", "big-tech", List.of("m"), List.of("NL"));
      catalogue.offering("own", TestCatalogue.CITY, List.of("m"), List.of("NL"));
      assertEquals(
          55.0,
          score(concentration, catalogue.option("o")),
          "40 + 15 (company) + 0 (gatekeeper developer)");
      assertEquals(15.0, score(concentration, catalogue.option("big")));
      assertEquals(
          70.0, score(concentration, catalogue.option("own")), "40 + 30 (public body) + 0");
    }

    @Test
    @DisplayName(
        "transparency: published documentation and disclosed sub-processors earn points; FMTI counts pro rata")
    void transparency() {
      Criterion transparency = new TransparencyCriterion();
      ObjectNode model = catalogue.model("m", "open", true, "downloadable");
      ObjectNode offering = catalogue.offering("o", "eu-host", List.of("m"), List.of("NL"));
      Assessment assessment = transparency.assess(catalogue.option("o"));
      assertEquals(60.0, assessment.score().doubleValue(), "0 + 20 + 15 + 10 + 15 + 0");
      assertEquals(
          List.of("models/m#/transparencyScore", "offerings/o#/subProcessors"),
          unknownFacts(assessment));
      catalogue.write(Kind.MODEL, set(model, "transparencyScore", 40));
      catalogue.write(Kind.OFFERING, set(offering, "subProcessors", List.of("Hetzner (DE)")));
      assertEquals(85.0, score(transparency, catalogue.option("o")), "10 + 45 + 15 + 15");
    }

    @Test
    @DisplayName(
        "climate: small models, disclosed training energy, renewables and a low PUE earn points")
    void climate() {
      Criterion climate = new ClimateCriterion();
      ObjectNode model = catalogue.model("m", "open", true, "downloadable");
      ObjectNode offering = catalogue.offering("o", "eu-host", List.of("m"), List.of("NL"));
      Assessment unknown = climate.assess(catalogue.option("o"));
      assertEquals(
          30.0, unknown.score().doubleValue(), "7 billion parameters: 30; the rest unknown");
      assertEquals(4, unknown.unknowns().size(), unknownFacts(unknown)::toString);
      set(model, "parametersBillions", 400);
      set(model, "activeParametersBillions", 17);
      catalogue.write(Kind.MODEL, set(model, "trainingEnergyMWh", 100));
      set(offering, "renewableEnergyPercent", 50);
      catalogue.write(Kind.OFFERING, set(offering, "pue", 1.3));
      Assessment known = climate.assess(catalogue.option("o"));
      assertEquals(
          69.0,
          known.score().doubleValue(),
          "17 billion active: 22, energy 20, renewables 15, PUE 12");
      assertTrue(rationaleEn(known).contains("17 billion active parameters per token"));
    }
  }

  @Test
  @DisplayName(
      "every criterion scores from 0 to 100 (a rubric whose maxima do not add up to 100 throws)")
  void rubricsAddUp() {
    catalogue.model("m", "partial", false, "gated");
    catalogue.offering("o", "eu-host", List.of("m"), List.of("NL"));
    Option option = catalogue.option("o");
    for (Criterion criterion : Criteria.ALL) {
      double score = score(criterion, option);
      assertTrue(score >= 0 && score <= 100, criterion.id() + " " + score);
    }
  }
}
