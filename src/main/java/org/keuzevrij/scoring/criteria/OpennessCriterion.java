package org.keuzevrij.scoring.criteria;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Reason;
import org.keuzevrij.catalogue.derived.Component;
import org.keuzevrij.catalogue.derived.DerivedFacts;
import org.keuzevrij.catalogue.derived.OpennessAssessor;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Fact;
import org.keuzevrij.scoring.Needs;
import org.keuzevrij.scoring.Numbers;
import org.keuzevrij.scoring.Option;
import org.keuzevrij.scoring.Phrase;
import org.keuzevrij.scoring.Scorecard;

/**
 * Openness, the vision's agility worry: can the city adapt the technology to its own context? Per
 * model, the weakest counting: the European Open Source AI Index score (45 points, unknown
 * components count as closed), licence freedom (25: OSI-approved 25, 20 when copyleft binds derived
 * models and services, as the AGPL does; other terms start at 15 and lose points for each
 * restriction, a ban on commercial use or on EU organisations takes all) and the Model Openness
 * Framework class (10: Class I 10, II 7, III 4). For the offering: who owns a fine-tuned model (20:
 * the city 20, only on the platform 8, not offered 0).
 */
public final class OpennessCriterion extends Criterion {

  private static final List<Component> INDEX_COMPONENTS =
      Arrays.stream(Component.values()).filter(Component::osaiCriterion).toList();

  public OpennessCriterion() {
    super("openness", "Open\u00ADheid", "Open\u00ADness");
  }

  @Override
  protected void rate(Scorecard card, Option option, Needs needs) {
    card.weakestModel(
        option,
        (part, model) -> {
          index(part, option.snapshot(), model);
          licence(part, model);
          mofClass(part, option.snapshot(), model);
        });
    fineTuning(card, option.offering("/fineTuning"));
  }

  private static void index(Scorecard card, Snapshot snapshot, Entity model) {
    Derivation index = snapshot.derived().of(model, DerivedFacts.OSAI_SCORE);
    double score = ((Number) index.value()).doubleValue();
    card.derived(model, DerivedFacts.OSAI_SCORE, index);
    // The score is the derived index; its twelve components only explain it.
    String source = components(card, model);
    card.award(
        45 * score / OpennessAssessor.OSAI_MAX,
        45,
        new Phrase(
            model.name()
                + ": European Open Source AI Index "
                + Numbers.nl(score)
                + " van "
                + OpennessAssessor.OSAI_MAX,
            model.name()
                + ": European Open Source AI Index "
                + Numbers.en(score)
                + " of "
                + OpennessAssessor.OSAI_MAX),
        source);
    if (index.reasons().size() > 1 && index.reasons().get(1).source() == null) {
      card.details(List.of(index.reasons().get(1)));
    }
    // Whether the model meets the OSI definition explains the index; it earns no points of its own.
    Derivation osaid = snapshot.derived().of(model, DerivedFacts.OSAID);
    card.derived(model, DerivedFacts.OSAID, osaid);
    card.detail(
        "Voldoet aan de OSI Open Source AI Definition: " + yesNoNl(osaid.value()),
        "Meets the OSI Open Source AI Definition: " + osaid.value(),
        null);
  }

  /** Flags each unknown index component and gives the source of the first known one. */
  private static String components(Scorecard card, Entity model) {
    String source = null;
    for (Component component : INDEX_COMPONENTS) {
      Fact fact = Fact.of(model, component.pointer());
      if (fact.unknown()) {
        card.flag(fact);
      } else if (source == null) {
        source = fact.source();
      }
    }
    return source;
  }

  private static void licence(Scorecard card, Entity model) {
    Fact osi = Fact.of(model, "/licence/osiApproved");
    Fact copyleft = Fact.of(model, "/licence/derivativesInherit");
    if (Boolean.TRUE.equals(osi.bool()) && !Boolean.FALSE.equals(copyleft.bool())) {
      // Copyleft such as the AGPL is open, but binds the city's own changes and services built
      // on the model to the same terms; a supplier building for the city may need a paid licence.
      card.consider(copyleft);
      card.award(
          20,
          25,
          osi,
          new Phrase(
              model.name()
                  + ": licentie "
                  + licenceNl(model)
                  + " is door OSI goedgekeurd, maar "
                  + (copyleft.unknown()
                      ? "onbekend of afgeleide werken de voorwaarden erven (telt als ja)"
                      : "afgeleide modellen en diensten erven de voorwaarden (copyleft)"),
              model.name()
                  + ": licence "
                  + licenceEn(model)
                  + " is OSI-approved, but "
                  + (copyleft.unknown()
                      ? "unknown whether derived works inherit its terms (counts as yes)"
                      : "derived models and services inherit its terms (copyleft)")));
      return;
    }
    if (Boolean.TRUE.equals(osi.bool())) {
      card.award(
          25,
          25,
          osi,
          new Phrase(
              model.name()
                  + ": licentie "
                  + licenceNl(model)
                  + " is door OSI goedgekeurd, zonder gebruiksbeperkingen",
              model.name()
                  + ": licence "
                  + licenceEn(model)
                  + " is OSI-approved, without use restrictions"));
      return;
    }
    List<Reason> restrictions = new ArrayList<>();
    List<Reason> unknown = new ArrayList<>();
    double earned = 15;
    earned -=
        restriction(
            card,
            Fact.of(model, "/licence/nonCommercial"),
            15,
            restrictions,
            unknown,
            "alleen niet-commercieel gebruik",
            "non-commercial use only");
    earned -=
        restriction(
            card,
            Fact.of(model, "/licence/excludesEuOrganisations"),
            15,
            restrictions,
            unknown,
            "sluit organisaties in de EU uit",
            "excludes organisations in the EU");
    earned -=
        restriction(
            card,
            Fact.of(model, "/licence/userThreshold"),
            5,
            restrictions,
            unknown,
            "grens aan het aantal gebruikers",
            "limit on the number of users");
    earned -=
        restriction(
            card,
            Fact.of(model, "/licence/revenueThreshold"),
            5,
            restrictions,
            unknown,
            "omzetgrens",
            "revenue threshold");
    earned -=
        restriction(
            card,
            Fact.of(model, "/licence/acceptableUsePolicy"),
            5,
            restrictions,
            unknown,
            "beleid voor aanvaardbaar gebruik",
            "acceptable-use policy");
    restrictions.addAll(unknownRestrictions(unknown));
    if (osi.unknown()) {
      card.flag(osi);
    }
    card.award(
        Math.max(0, earned),
        25,
        osi,
        new Phrase(
            model.name()
                + ": licentie "
                + licenceNl(model)
                + (osi.unknown() ? ", OSI-goedkeuring onbekend" : ", niet door OSI goedgekeurd")
                + ": 15 punten voor eigen voorwaarden, min elke beperking",
            model.name()
                + ": licence "
                + licenceEn(model)
                + (osi.unknown() ? ", OSI approval unknown" : ", not OSI-approved")
                + ": 15 points for custom terms, less each restriction"));
    card.details(restrictions);
  }

  private static String licenceNl(Entity model) {
    String name = Fact.of(model, "/licence/name").text();
    return name == null ? "onbekend" : name;
  }

  private static String licenceEn(Entity model) {
    String name = Fact.of(model, "/licence/name").text();
    return name == null ? "unknown" : name;
  }

  /**
   * Points a licence restriction takes away; an unknown restriction counts as present and goes to
   * {@code unknown} as "restriction (-points)".
   */
  private static double restriction(
      Scorecard card,
      Fact fact,
      double penalty,
      List<Reason> lines,
      List<Reason> unknown,
      String nl,
      String en) {
    if (fact.unknown()) {
      card.flag(fact);
      unknown.add(
          Reason.of(
              nl + " (-" + Numbers.nl(penalty) + ")", en + " (-" + Numbers.en(penalty) + ")"));
      return penalty;
    }
    card.use(fact);
    boolean present =
        fact.bool() != null ? fact.bool() : fact.number() != null && fact.number() > 0;
    if (present) {
      lines.add(
          Reason.of(
              "Beperking: " + nl + " (-" + Numbers.nl(penalty) + ")",
              "Restriction: " + en + " (-" + Numbers.en(penalty) + ")",
              fact.source()));
      return penalty;
    }
    return 0;
  }

  /**
   * The restrictions not known of a licence as one line: a closed model's licence leaves all four
   * unknown, which as a line each said "unknown whether" four times over.
   */
  private static List<Reason> unknownRestrictions(List<Reason> unknown) {
    if (unknown.isEmpty()) {
      return List.of();
    }
    boolean one = unknown.size() == 1;
    return List.of(
        Reason.of(
            (one
                    ? "Onbekend of de licentie dit kent, telt als aanwezig: "
                    : "Onbekend of de licentie deze kent, elk telt als aanwezig: ")
                + String.join(", ", unknown.stream().map(Reason::nl).toList()),
            (one
                    ? "Unknown whether the licence has this, counted as present: "
                    : "Unknown whether the licence has these, each counted as present: ")
                + String.join(", ", unknown.stream().map(Reason::en).toList())));
  }

  private static void mofClass(Scorecard card, Snapshot snapshot, Entity model) {
    Derivation mof = snapshot.derived().of(model, DerivedFacts.MOF_CLASS);
    card.derived(model, DerivedFacts.MOF_CLASS, mof);
    double earned =
        switch (String.valueOf(mof.value())) {
          case "Class I" -> 10;
          case "Class II" -> 7;
          case "Class III" -> 4;
          default -> 0;
        };
    String value = String.valueOf(mof.value());
    card.award(
        earned,
        10,
        new Phrase(
            model.name()
                + ": Model Openness Framework "
                + ("none".equals(value)
                    ? "geen klasse"
                    : "unknown".equals(value)
                        ? "klasse onbekend"
                        : value.replace("Class", "Klasse")),
            model.name()
                + ": Model Openness Framework "
                + ("none".equals(value)
                    ? "no class"
                    : "unknown".equals(value) ? "class unknown" : value)),
        null);
    if (!mof.reasons().isEmpty()) {
      card.details(List.of(mof.reasons().get(mof.reasons().size() - 1)));
    }
  }

  private static void fineTuning(Scorecard card, Fact fact) {
    String value = fact.text();
    if (fact.unknown() || value == null) {
      card.worst(
          20,
          fact,
          "Eigendom van een aangepast (gefinetuned) model",
          "Ownership of a fine-tuned model");
      return;
    }
    switch (value) {
      case "customer-owns-weights" ->
          card.award(
              20,
              20,
              fact,
              "De gemeente wordt eigenaar van gefinetunede gewichten",
              "The city owns fine-tuned weights");
      case "platform-only" ->
          card.award(
              8,
              20,
              fact,
              "Fine-tunen kan alleen op het platform; het resultaat blijft daar",
              "Fine-tuning only on the platform; the result stays there");
      default ->
          card.award(0, 20, fact, "Fine-tunen wordt niet aangeboden", "Fine-tuning is not offered");
    }
  }

  private static String yesNoNl(Object value) {
    return switch (String.valueOf(value)) {
      case Derivation.YES -> "ja";
      case Derivation.NO -> "nee";
      default -> "onbekend";
    };
  }
}
