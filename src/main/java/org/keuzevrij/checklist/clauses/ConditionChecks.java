package org.keuzevrij.checklist.clauses;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.Reason;
import org.keuzevrij.catalogue.derived.DerivedFacts;
import org.keuzevrij.web.Language;

/**
 * The functions behind {@link Condition}: each reads catalogue facts or the derived facts already
 * computed for the offering, never re-deriving them, and says which facts it used.
 */
final class ConditionChecks {

  private ConditionChecks() {}

  static Finding hosted(ProcurementCase c) {
    String supplier = c.supplier().name();
    return switch (c.offering().json().path("delivery").asText()) {
      case "hosted-api" ->
          new Finding(Truth.TRUE, "gedeelde API van " + supplier, "shared API run by " + supplier);
      case "dedicated" ->
          new Finding(
              Truth.TRUE,
              "aparte omgeving op infrastructuur van " + supplier,
              "dedicated deployment on infrastructure of " + supplier);
      default ->
          new Finding(
              Truth.FALSE,
              "de gemeente host het zelf op infrastructuur die zij beheert",
              "the city hosts it itself on infrastructure it controls");
    };
  }

  static Finding dataOutsideEea(ProcurementCase c) {
    Derivation eeaOnly = c.derived(DerivedFacts.EEA_ONLY);
    return fromDerivation(eeaOnly, true);
  }

  static Finding supplierNonEuLaw(ProcurementCase c) {
    return fromDerivation(c.derived(DerivedFacts.EXPOSURE), false);
  }

  static Finding weightsAvailable(ProcurementCase c) {
    return fromDerivation(c.derived(DerivedFacts.OPEN_WEIGHTS), false);
  }

  static Finding osiLicence(ProcurementCase c) {
    List<Truth> answers = new ArrayList<>();
    List<String> nl = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (Entity model : c.models()) {
      JsonNode licence = model.json().path("licence");
      Truth osi = Truth.of(Facts.bool(licence.path("osiApproved")));
      answers.add(osi);
      String name =
          Facts.isUnknown(licence.path("name")) ? "?" : Facts.value(licence.path("name")).asText();
      nl.add(
          model.name()
              + ": "
              + name
              + " ("
              + switch (osi) {
                case TRUE -> "OSI-goedgekeurd";
                case FALSE -> "niet OSI-goedgekeurd";
                case UNKNOWN -> "onbekend of OSI-goedgekeurd";
              }
              + ")");
      en.add(
          model.name()
              + ": "
              + name
              + " ("
              + switch (osi) {
                case TRUE -> "OSI-approved";
                case FALSE -> "not OSI-approved";
                case UNKNOWN -> "unknown whether OSI-approved";
              }
              + ")");
    }
    return new Finding(every(answers), String.join("; ", nl), String.join("; ", en));
  }

  /**
   * The city's judgement in the use case decides; only when it is open do the models' own facts
   * count.
   */
  static Finding generative(ProcurementCase c) {
    Truth answer = answerOf(c, "generative");
    List<String> generativeModels = modelsWhere(c, "generative");
    if (answer != Truth.UNKNOWN) {
      String nl = "oordeel van de gemeente bij de toepassing";
      String en = "the city's judgement in the use case";
      if (answer == Truth.FALSE && !generativeModels.isEmpty()) {
        nl += "; let op: " + String.join(", ", generativeModels) + " kan wel tekst of beeld maken";
        en += "; note: " + String.join(", ", generativeModels) + " can generate text or images";
      }
      return new Finding(answer, nl, en);
    }
    Truth models = any(c, "generative");
    return new Finding(
        models,
        "de toepassing laat dit open; volgens de modellen: " + models.label(Language.NL),
        "the use case leaves this open; going by the models: " + models.label(Language.EN));
  }

  static Finding gpaiModel(ProcurementCase c) {
    Truth truth = any(c, "generalPurpose");
    List<String> names = modelsWhere(c, "generalPurpose");
    if (truth == Truth.TRUE) {
      return new Finding(
          truth,
          "breed inzetbaar: " + String.join(", ", names),
          "general-purpose: " + String.join(", ", names));
    }
    return new Finding(
        truth,
        truth == Truth.FALSE
            ? "geen van de modellen is breed inzetbaar"
            : "onbekend of de modellen breed inzetbaar zijn",
        truth == Truth.FALSE
            ? "none of the models is general-purpose"
            : "unknown whether the models are general-purpose");
  }

  static Finding fineTuning(ProcurementCase c) {
    Truth answer = answerOf(c, "fineTuning");
    JsonNode offered = c.offering().json().path("fineTuning");
    String value = Facts.isUnknown(offered) ? "unknown" : Facts.text(offered);
    String nl =
        answerNl(answer)
            + "; het aanbod: "
            + switch (value) {
              case "not-offered" -> "biedt geen fine-tuning";
              case "platform-only" -> "fine-tuning alleen binnen het platform van de leverancier";
              case "customer-owns-weights" -> "de gemeente krijgt de bijgetrainde gewichten";
              default -> "onbekend wat het aan fine-tuning biedt";
            };
    String en =
        answerEn(answer)
            + "; the offering: "
            + switch (value) {
              case "not-offered" -> "offers no fine-tuning";
              case "platform-only" -> "fine-tuning only inside the supplier's platform";
              case "customer-owns-weights" -> "the city receives the fine-tuned weights";
              default -> "unknown what fine-tuning it offers";
            };
    return new Finding(answer, nl, en);
  }

  static Finding thirdPartyModel(ProcurementCase c) {
    // By developer, each once: "developed by OpenAI: gpt-oss-120b, gpt-oss-20b; by Google: ...".
    Map<String, List<String>> byDeveloper = new LinkedHashMap<>();
    for (Entity model : c.models()) {
      String developer = model.json().path("developerSupplier").asText(null);
      if (developer != null && !developer.equals(c.supplier().id())) {
        String name =
            c.snapshot()
                .catalogue()
                .find(Kind.SUPPLIER, developer)
                .map(Entity::name)
                .orElse(developer);
        byDeveloper.computeIfAbsent(name, k -> new ArrayList<>()).add(model.name());
      }
    }
    if (byDeveloper.isEmpty()) {
      return new Finding(
          Truth.FALSE,
          c.supplier().name() + " heeft alle modellen zelf ontwikkeld",
          c.supplier().name() + " developed every model itself");
    }
    List<String> nl = new ArrayList<>();
    List<String> en = new ArrayList<>();
    byDeveloper.forEach(
        (developer, models) -> {
          nl.add(
              (nl.isEmpty() ? "ontwikkeld door " : "door ")
                  + developer
                  + ": "
                  + String.join(", ", models));
          en.add(
              (en.isEmpty() ? "developed by " : "by ")
                  + developer
                  + ": "
                  + String.join(", ", models));
        });
    return new Finding(Truth.TRUE, String.join("; ", nl), String.join("; ", en));
  }

  static Finding usageBasedPricing(ProcurementCase c) {
    JsonNode pricing = c.offering().json().path("pricing");
    if (Facts.isUnknown(pricing)) {
      return new Finding(Truth.UNKNOWN, "prijsmodel onbekend", "pricing model unknown");
    }
    String value = Facts.text(pricing);
    String nl =
        switch (value) {
          case "usage-based" -> "naar gebruik";
          case "capacity" -> "naar gereserveerde capaciteit";
          case "subscription" -> "abonnement";
          default -> "eigen infrastructuur, geen licentiekosten per gebruik";
        };
    String en =
        switch (value) {
          case "usage-based" -> "by usage";
          case "capacity" -> "by reserved capacity";
          case "subscription" -> "subscription";
          default -> "own infrastructure, no per-use licence fees";
        };
    return new Finding(
        Truth.of("usage-based".equals(value)), "prijsmodel: " + nl, "pricing model: " + en);
  }

  static Finding highRisk(ProcurementCase c) {
    JsonNode risk = c.usecase().json().path("riskClass");
    String value = risk.path("value").asText();
    Truth truth =
        switch (value) {
          case "high", "prohibited" -> Truth.TRUE;
          case "unknown" -> Truth.UNKNOWN;
          default -> Truth.FALSE;
        };
    return new Finding(
        truth,
        "risicoklasse volgens de gemeente: " + riskNl(value),
        "risk class as judged by the city: " + riskEn(value));
  }

  /**
   * A recorded Annex III area counts; a high-risk judgement without one may be Annex I, so it stays
   * open.
   */
  static Finding annexIIIArea(ProcurementCase c) {
    JsonNode risk = c.usecase().json().path("riskClass");
    String area = risk.path("annexIIIArea").asText(null);
    if (area != null) {
      return new Finding(
          Truth.TRUE,
          "gebied volgens de gemeente: " + area,
          "area as recorded by the city: " + area);
    }
    String value = risk.path("value").asText();
    if (value.equals("high") || value.equals("prohibited") || value.equals("unknown")) {
      return new Finding(
          Truth.UNKNOWN,
          "risicoklasse " + riskNl(value) + ", maar geen gebied uit bijlage III vastgelegd",
          "risk class " + riskEn(value) + ", but no Annex III area recorded");
    }
    return new Finding(
        Truth.FALSE,
        "geen gebied uit bijlage III; risicoklasse volgens de gemeente: " + riskNl(value),
        "no Annex III area; risk class as judged by the city: " + riskEn(value));
  }

  private static String riskNl(String value) {
    return switch (value) {
      case "prohibited" -> "verboden";
      case "high" -> "hoog";
      case "limited" -> "beperkt";
      case "minimal" -> "minimaal";
      default -> "onbekend";
    };
  }

  private static String riskEn(String value) {
    return switch (value) {
      case "prohibited", "high", "limited", "minimal" -> value;
      default -> "unknown";
    };
  }

  /** A yes/no/unknown answer the city gave in the use case. */
  static Finding answer(ProcurementCase c, String field) {
    Truth truth = answerOf(c, field);
    return new Finding(truth, answerNl(truth), answerEn(truth));
  }

  private static Truth answerOf(ProcurementCase c, String field) {
    JsonNode value = c.usecase().json().path(field);
    return value.isBoolean() ? Truth.of(value.booleanValue()) : Truth.UNKNOWN;
  }

  private static String answerNl(Truth truth) {
    return truth == Truth.UNKNOWN
        ? "de toepassing laat dit open"
        : "antwoord van de gemeente bij de toepassing";
  }

  private static String answerEn(Truth truth) {
    return truth == Truth.UNKNOWN
        ? "the use case leaves this open"
        : "the city's answer in the use case";
  }

  /**
   * A derived yes/no/unknown as a finding, with its reasons as the detail. {@code inverted}: the
   * condition holds when the derived fact is "no" (data outside the EEA is the opposite of
   * EEA-only).
   */
  private static Finding fromDerivation(Derivation derivation, boolean inverted) {
    Truth truth =
        switch (String.valueOf(derivation.value())) {
          case Derivation.YES -> Truth.TRUE;
          case Derivation.NO -> Truth.FALSE;
          default -> Truth.UNKNOWN;
        };
    if (inverted) {
      truth = truth.not();
    }
    List<String> nl = derivation.reasons().stream().map(Reason::nl).toList();
    List<String> en = derivation.reasons().stream().map(Reason::en).toList();
    return new Finding(truth, String.join("; ", nl), String.join("; ", en));
  }

  /** True when every model's boolean fact is true, false when any is false, otherwise unknown. */
  private static Truth every(List<Truth> answers) {
    if (answers.contains(Truth.FALSE)) {
      return Truth.FALSE;
    }
    return answers.contains(Truth.UNKNOWN) ? Truth.UNKNOWN : Truth.TRUE;
  }

  /** True when any model's boolean fact is true, false when all are false, otherwise unknown. */
  private static Truth any(ProcurementCase c, String field) {
    List<Truth> answers =
        c.models().stream().map(m -> Truth.of(Facts.bool(m.json().path(field)))).toList();
    if (answers.contains(Truth.TRUE)) {
      return Truth.TRUE;
    }
    return answers.contains(Truth.UNKNOWN) ? Truth.UNKNOWN : Truth.FALSE;
  }

  private static List<String> modelsWhere(ProcurementCase c, String field) {
    return c.models().stream()
        .filter(m -> Boolean.TRUE.equals(Facts.bool(m.json().path(field))))
        .map(Entity::name)
        .toList();
  }
}
