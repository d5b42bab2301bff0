package org.keuzevrij.scoring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.keuzevrij.catalogue.Reason;

/**
 * The city's need, as far as scoring is concerned: the answers that trigger knock-outs. An answer
 * of "unknown" is treated as yes (the worst case) and listed as an assumption, so the officer sees
 * what to settle first.
 *
 * @param id the catalogue id, or null for a use case given inline with the request
 */
public record UseCase(String id, ObjectNode json) {

  public static final List<String> ANSWERS =
      List.of(
          "decisionsAboutPersons",
          "personalData",
          "specialCategoryData",
          "publicFacing",
          "businessCritical",
          "generative",
          "fineTuning");

  public Answer answer(String field) {
    return Answer.of(json.get(field));
  }

  public String nameNl() {
    return json.path("name").path("nl").asText(id == null ? "" : id);
  }

  public String nameEn() {
    return json.path("name").path("en").asText(nameNl());
  }

  /** What the use case needs done, for the fit check. */
  public Needs needs() {
    return Needs.of(json);
  }

  /**
   * One line per unknown answer that the evaluation treated as yes, then one per need that could
   * not be checked.
   */
  public List<Reason> assumptions() {
    List<Reason> assumptions = new ArrayList<>();
    for (String field : ANSWERS) {
      if (answer(field) == Answer.UNKNOWN) {
        assumptions.add(
            Reason.of(
                labelNl(field) + ": onbekend, behandeld als ja (slechtste geval)",
                labelEn(field) + ": unknown, treated as yes (worst case)"));
      }
    }
    assumptions.addAll(needs().assumptions());
    return assumptions;
  }

  public static String labelNl(String field) {
    return switch (field) {
      case "decisionsAboutPersons" -> "Besluiten over personen";
      case "personalData" -> "Persoonsgegevens";
      case "specialCategoryData" -> "Bijzondere persoonsgegevens";
      case "publicFacing" -> "Rechtstreeks voor inwoners";
      case "businessCritical" -> "Bedrijfskritisch";
      case "generative" -> "Generatief";
      case "fineTuning" -> "Fine-tuning";
      default -> field;
    };
  }

  public static String labelEn(String field) {
    return switch (field) {
      case "decisionsAboutPersons" -> "Decisions about persons";
      case "personalData" -> "Personal data";
      case "specialCategoryData" -> "Special-category data";
      case "publicFacing" -> "Public-facing";
      case "businessCritical" -> "Business-critical";
      case "generative" -> "Generative";
      case "fineTuning" -> "Fine-tuning";
      default -> field;
    };
  }
}
