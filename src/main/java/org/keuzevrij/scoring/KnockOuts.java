package org.keuzevrij.scoring;

import java.util.ArrayList;
import java.util.List;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.derived.DerivedFacts;

/**
 * The pass/fail rules a profile can switch on, checked before any score. Unknown facts and unknown
 * use-case answers count as the worst case: an option passes only on known facts.
 */
public final class KnockOuts {

  public static final String PERSONAL_DATA = "personal-data-outside-eea";
  public static final String LICENCE_EU = "licence-excludes-eu";
  public static final String SPECIAL_CATEGORY = "special-category-extraterritorial";
  public static final String MINIMUM_SEAL = "minimum-seal";
  public static final List<String> SEAL_OBJECTIVES =
      List.of("SOV-1", "SOV-2", "SOV-3", "SOV-4", "SOV-5", "SOV-6", "SOV-7", "SOV-8");

  private KnockOuts() {}

  /** The rules this option fails, in the profile's order. */
  public static List<KnockOut> failed(
      Option option, UseCase useCase, List<Profile.KnockOutRule> rules) {
    List<KnockOut> failed = new ArrayList<>();
    for (Profile.KnockOutRule rule : rules) {
      Scorecard card = new Scorecard(OptionResult.KNOCK_OUT + rule.rule());
      if (check(card, option, useCase, rule)) {
        failed.add(
            new KnockOut(
                rule.rule(), nl(rule), en(rule), card.lines(), card.evidence(), card.unknowns()));
      }
    }
    return failed;
  }

  private static boolean check(
      Scorecard card, Option option, UseCase useCase, Profile.KnockOutRule rule) {
    return switch (rule.rule()) {
      case PERSONAL_DATA -> personalData(card, option, useCase);
      case LICENCE_EU -> licenceExcludesEu(card, option, useCase);
      case SPECIAL_CATEGORY -> specialCategory(card, option, useCase);
      case MINIMUM_SEAL -> minimumSeal(card, option, rule.minimumSeal());
      default -> throw new IllegalArgumentException("unknown knock-out rule " + rule.rule());
    };
  }

  /** The rule as the profile page names it: the condition that excludes an option. */
  public static String nl(Profile.KnockOutRule rule) {
    return switch (rule.rule()) {
      case PERSONAL_DATA -> "Persoonsgegevens worden (ook) buiten de EU/EER verwerkt";
      case LICENCE_EU -> "De licentie sluit organisaties in de EU uit";
      case SPECIAL_CATEGORY ->
          "Bijzondere persoonsgegevens bij een leverancier onder buitenlandse wetgeving";
      case MINIMUM_SEAL ->
          "SEAL-niveau lager dan "
              + rule.minimumSeal()
              + " onder het EU Cloud Sovereignty Framework";
      default -> rule.rule();
    };
  }

  public static String en(Profile.KnockOutRule rule) {
    return switch (rule.rule()) {
      case PERSONAL_DATA -> "Personal data is processed (also) outside the EU/EEA";
      case LICENCE_EU -> "The licence excludes organisations in the EU";
      case SPECIAL_CATEGORY -> "Special-category data with a supplier under foreign law";
      case MINIMUM_SEAL ->
          "SEAL level below " + rule.minimumSeal() + " under the EU Cloud Sovereignty Framework";
      default -> rule.rule();
    };
  }

  private static boolean personalData(Scorecard card, Option option, UseCase useCase) {
    Answer answer = useCase.answer("personalData");
    if (!answer.applies()) {
      return false;
    }
    Derivation eea = option.derived(option.offering(), DerivedFacts.EEA_ONLY);
    card.derived(option.offering(), DerivedFacts.EEA_ONLY, eea);
    card.consider(option.offering("/processingLocations"));
    card.consider(option.offering("/storageLocations"));
    if (Derivation.YES.equals(eea.value())) {
      return false;
    }
    assumption(card, answer, "personalData");
    card.detail(
        Derivation.NO.equals(eea.value())
            ? "Verwerking of opslag ook buiten de EU/EER"
            : "Onbekend of verwerking en opslag binnen de EU/EER blijven (telt als erbuiten)",
        Derivation.NO.equals(eea.value())
            ? "Processing or storage also outside the EU/EEA"
            : "Unknown whether processing and storage stay inside the EU/EEA (counts as outside)",
        null);
    card.details(eea.reasons());
    return true;
  }

  private static boolean licenceExcludesEu(Scorecard card, Option option, UseCase useCase) {
    boolean selfHosted = option.selfHosted();
    Answer fineTuning = useCase.answer("fineTuning");
    if (!selfHosted && !fineTuning.applies()) {
      return false;
    }
    boolean fails = false;
    for (Entity model : option.models()) {
      Fact fact = Fact.of(model, "/licence/excludesEuOrganisations");
      card.consider(fact);
      if (Boolean.FALSE.equals(fact.bool())) {
        continue;
      }
      fails = true;
      card.detail(
          fact.unknown()
              ? model.name()
                  + ": onbekend of de licentie EU-organisaties uitsluit (telt als uitsluiten)"
              : model.name() + ": de licentie sluit organisaties in de EU uit",
          fact.unknown()
              ? model.name()
                  + ": unknown whether the licence excludes EU organisations (counts as excluding)"
              : model.name() + ": the licence excludes organisations in the EU",
          fact.source());
    }
    if (fails) {
      if (selfHosted) {
        card.detail(
            "De gemeente host zelf en wordt dus zelf licentienemer",
            "The city self-hosts, so it is the licensee itself",
            null);
      } else {
        assumption(card, fineTuning, "fineTuning");
        card.detail(
            "De use case vraagt om fine-tunen, waarvoor de gemeente licentienemer wordt",
            "The use case needs fine-tuning, for which the city becomes the licensee",
            null);
      }
    }
    return fails;
  }

  private static boolean specialCategory(Scorecard card, Option option, UseCase useCase) {
    Answer answer = useCase.answer("specialCategoryData");
    if (!answer.applies() || option.selfHosted()) {
      return false;
    }
    Derivation exposure = option.derived(option.supplier(), DerivedFacts.EXPOSURE);
    card.derived(option.supplier(), DerivedFacts.EXPOSURE, exposure);
    Option.exposureFacts(option.snapshot().catalogue(), option.supplier()).forEach(card::consider);
    if (Derivation.NO.equals(exposure.value())) {
      return false;
    }
    assumption(card, answer, "specialCategoryData");
    String name = option.supplier().name();
    card.detail(
        Derivation.YES.equals(exposure.value())
            ? name + " valt onder buitenlandse wetten die toegang tot gegevens afdwingen"
            : "Onbekend of " + name + " onder buitenlandse wetten valt (telt als ja)",
        Derivation.YES.equals(exposure.value())
            ? name + " is subject to foreign laws that compel access to data"
            : "Unknown whether " + name + " is subject to foreign laws (counts as yes)",
        null);
    card.details(exposure.reasons());
    return true;
  }

  /**
   * The framework's overall SEAL is the lowest over all objectives; an objective without a claim
   * counts as SEAL-0. The city's own infrastructure makes no supplier claim, so the rule does not
   * apply to it.
   */
  private static boolean minimumSeal(Scorecard card, Option option, int minimum) {
    if (option.runByCity()) {
      return false;
    }
    int lowest = Integer.MAX_VALUE;
    boolean missing = false;
    for (String objective : SEAL_OBJECTIVES) {
      Fact claim = option.supplier("/sealClaims/" + objective);
      int level = claim.value().isInt() ? claim.value().intValue() : 0;
      if (claim.value().isInt()) {
        card.use(claim);
      } else {
        missing = true;
      }
      lowest = Math.min(lowest, level);
    }
    if (lowest >= minimum) {
      return false;
    }
    if (missing) {
      card.flag(option.supplier("/sealClaims"));
      card.detail(
          "Niet voor elke doelstelling een SEAL-claim bekend; een ontbrekende claim telt als SEAL-0",
          "No known SEAL claim for every objective; a missing claim counts as SEAL-0",
          null);
    }
    card.detail(
        option.supplier().name()
            + ": laagste SEAL over alle doelstellingen is "
            + lowest
            + ", minimaal "
            + minimum
            + " gevraagd",
        option.supplier().name()
            + ": lowest SEAL over all objectives is "
            + lowest
            + ", at least "
            + minimum
            + " required",
        null);
    return true;
  }

  private static void assumption(Scorecard card, Answer answer, String field) {
    if (answer == Answer.UNKNOWN) {
      card.detail(
          "Toepassing: "
              + UseCase.labelNl(field).toLowerCase(java.util.Locale.ROOT)
              + " onbekend, behandeld als ja (slechtste geval)",
          "Use case: "
              + UseCase.labelEn(field).toLowerCase(java.util.Locale.ROOT)
              + " unknown, treated as yes (worst case)",
          null);
    }
  }
}
