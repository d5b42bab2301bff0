package org.keuzevrij.catalogue.derived;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Places;
import org.keuzevrij.catalogue.Reason;

/**
 * Whether an offering keeps processing and storage inside the EU/EEA, where the GDPR applies
 * without transfers.
 */
public final class EeaLocality {

  private EeaLocality() {}

  public static Derivation of(Entity offering) {
    List<Reason> reasons = new ArrayList<>();
    Outcome processing =
        check(offering.json().path("processingLocations"), "Verwerking", "Processing", reasons);
    Outcome storage = check(offering.json().path("storageLocations"), "Opslag", "Storage", reasons);
    String value;
    if (processing == Outcome.OUTSIDE || storage == Outcome.OUTSIDE) {
      value = Derivation.NO;
    } else if (processing == Outcome.UNKNOWN || storage == Outcome.UNKNOWN) {
      value = Derivation.UNKNOWN;
    } else {
      value = Derivation.YES;
    }
    return new Derivation(value, reasons);
  }

  private enum Outcome {
    INSIDE,
    OUTSIDE,
    UNKNOWN
  }

  /**
   * Whether one location fact (processing, storage or control plane) lies inside the EU/EEA: yes,
   * no or unknown, with the reason. {@code nl} and {@code en} name the activity, e.g. "Verwerking"
   * / "Processing".
   */
  public static Derivation ofLocations(JsonNode fact, String nl, String en) {
    List<Reason> reasons = new ArrayList<>();
    return new Derivation(value(check(fact, nl, en, reasons)), reasons);
  }

  private static String value(Outcome outcome) {
    return switch (outcome) {
      case INSIDE -> Derivation.YES;
      case OUTSIDE -> Derivation.NO;
      case UNKNOWN -> Derivation.UNKNOWN;
    };
  }

  private static Outcome outcome(JsonNode fact) {
    JsonNode locations = Facts.value(fact);
    if (Facts.isNoStorage(locations)) {
      return Outcome.INSIDE;
    }
    if (locations.isNull() || Facts.isUnknownValue(locations)) {
      return Outcome.UNKNOWN;
    }
    for (JsonNode code : locations) {
      if (!Places.inEea(code.asText())) {
        return Outcome.OUTSIDE;
      }
    }
    return Outcome.INSIDE;
  }

  private static Outcome check(JsonNode fact, String nl, String en, List<Reason> reasons) {
    String source = Facts.source(fact);
    Outcome outcome = outcome(fact);
    if (outcome == Outcome.UNKNOWN) {
      String reason = Facts.unknownReason(fact);
      if (Facts.NOT_DISCLOSED.equals(reason)) {
        reasons.add(
            Reason.of(
                nl + ": locatie onbekend, niet openbaar gemaakt door de leverancier",
                en + ": location unknown, not disclosed by the supplier",
                source));
      } else if (Facts.NOT_RESEARCHED.equals(reason)) {
        reasons.add(
            Reason.of(
                nl + ": locatie onbekend, nog niet onderzocht",
                en + ": location unknown, not yet researched",
                source));
      } else {
        reasons.add(Reason.of(nl + ": locatie onbekend", en + ": location unknown", source));
      }
      return Outcome.UNKNOWN;
    }
    if (Facts.isNoStorage(Facts.value(fact))) {
      reasons.add(
          Reason.of(
              nl + ": geen; de dienst bewaart geen klantgegevens",
              en + ": none; the service keeps no customer data",
              source));
      return Outcome.INSIDE;
    }
    List<String> outside = new ArrayList<>();
    for (JsonNode code : Facts.value(fact)) {
      if (!Places.inEea(code.asText())) {
        outside.add(code.asText());
      }
    }
    String places = String.join(", ", textValues(Facts.value(fact)));
    if (outcome == Outcome.INSIDE) {
      reasons.add(
          Reason.of(
              nl + " binnen de EU/EER: " + places, en + " inside the EU/EEA: " + places, source));
      return Outcome.INSIDE;
    }
    reasons.add(
        Reason.of(
            nl + " ook buiten de EU/EER: " + explainNl(outside),
            en + " also outside the EU/EEA: " + explainEn(outside),
            source));
    return Outcome.OUTSIDE;
  }

  private static List<String> textValues(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static String explainNl(List<String> codes) {
    return String.join(
        ", ",
        codes.stream()
            .map(
                code ->
                    switch (code) {
                      case "GLOBAL" -> "wereldwijd, naar keuze van de leverancier";
                      case "EFTA" -> "EVA-landen, waaronder Zwitserland (buiten de EER)";
                      default -> code;
                    })
            .toList());
  }

  private static String explainEn(List<String> codes) {
    return String.join(
        ", ",
        codes.stream()
            .map(
                code ->
                    switch (code) {
                      case "GLOBAL" -> "anywhere, as the supplier chooses";
                      case "EFTA" -> "EFTA countries, including Switzerland (outside the EEA)";
                      default -> code;
                    })
            .toList());
  }
}
