package org.keuzevrij.catalogue.derived;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Reason;

/**
 * Derives a model's openness from its per-component facts: the European Open Source AI Index score,
 * the Model Openness Framework class and whether it meets the OSI Open Source AI Definition. All
 * three read the same facts, so they can never disagree about what was released.
 */
public final class OpennessAssessor {

  public static final int OSAI_MAX = 12;

  private OpennessAssessor() {}

  /** Index score: open 1, partial 0.5, closed or unknown 0, summed over the twelve criteria. */
  public static Derivation osaiScore(Entity model) {
    double score = 0;
    List<Reason> reasons = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Component component : Component.values()) {
      if (!component.osaiCriterion()) {
        continue;
      }
      JsonNode fact = fact(model, component);
      Openness openness = openness(model, component);
      score += openness.points();
      if (openness == Openness.UNKNOWN) {
        unknown.add(component.en());
      }
      reasons.add(
          Reason.of(
              component.nl() + ": " + openness.nl() + " (" + formatNl(openness.points()) + ")",
              component.en() + ": " + openness.en() + " (" + format(openness.points()) + ")",
              Facts.source(fact)));
    }
    reasons.add(
        0,
        Reason.of(
            formatNl(score) + " van " + OSAI_MAX + " punten (open = 1, deels open = 0,5)",
            format(score) + " of " + OSAI_MAX + " points (open = 1, partial = 0.5)"));
    if (!unknown.isEmpty()) {
      reasons.add(
          1,
          Reason.of(
              "Onbekende onderdelen tellen als gesloten: " + String.join(", ", unknown),
              "Unknown components count as closed: " + String.join(", ", unknown)));
    }
    return new Derivation(new BigDecimal(format(score)), reasons);
  }

  /**
   * Highest Model Openness Framework class whose components are all released under open licences.
   */
  public static Derivation mofClass(Entity model) {
    List<Reason> reasons = new ArrayList<>();
    String awarded = null;
    for (MofClass mofClass : MofClass.values()) {
      Verdict verdict = verdict(model, mofClass.required());
      if (verdict.blocking.isEmpty() && verdict.unknown.isEmpty()) {
        awarded = mofClass.label();
        reasons.add(
            Reason.of(
                mofClass.labelNl() + " gehaald: alle vereiste onderdelen zijn open",
                mofClass.label() + " met: every required component is open"));
        continue;
      }
      if (!verdict.blocking.isEmpty()) {
        reasons.add(
            Reason.of(
                mofClass.labelNl() + " niet gehaald; niet open: " + nl(verdict.blocking),
                mofClass.label() + " not met; not open: " + en(verdict.blocking)));
        return new Derivation(awarded == null ? "none" : awarded, reasons);
      }
      reasons.add(
          Reason.of(
              mofClass.labelNl() + " onbepaald; onbekend: " + nl(verdict.unknown),
              mofClass.label() + " undetermined; unknown: " + en(verdict.unknown)));
      return new Derivation(awarded == null ? Derivation.UNKNOWN : awarded, reasons);
    }
    return new Derivation(awarded, reasons);
  }

  /**
   * OSI Open Source AI Definition 1.0: parameters and complete code under OSI-approved terms, and
   * enough data information to rebuild a substantially equivalent system (an open datasheet, or the
   * data itself).
   */
  public static Derivation osaid(Entity model) {
    List<Reason> reasons = new ArrayList<>();
    boolean no = false;
    boolean unknown = false;
    Boolean osi = Facts.bool(model.json().path("licence").path("osiApproved"));
    String licenceSource = Facts.source(model.json().path("licence").path("osiApproved"));
    if (Boolean.FALSE.equals(osi)) {
      no = true;
      reasons.add(
          Reason.of(
              "De licentie is niet door OSI goedgekeurd",
              "The licence is not OSI-approved",
              licenceSource));
    } else if (osi == null) {
      unknown = true;
      reasons.add(
          Reason.of(
              "Onbekend of de licentie door OSI is goedgekeurd",
              "Unknown whether the licence is OSI-approved"));
    } else {
      reasons.add(
          Reason.of(
              "De licentie is door OSI goedgekeurd", "The licence is OSI-approved", licenceSource));
    }
    for (Component component :
        List.of(Component.END_MODEL_WEIGHTS, Component.TRAINING_CODE, Component.INFERENCE_CODE)) {
      Openness openness = openness(model, component);
      String source = Facts.source(fact(model, component));
      if (openness == Openness.OPEN) {
        reasons.add(Reason.of(component.nl() + ": open", component.en() + ": open", source));
      } else if (openness == Openness.UNKNOWN) {
        unknown = true;
        reasons.add(Reason.of(component.nl() + ": onbekend", component.en() + ": unknown", source));
      } else {
        no = true;
        reasons.add(
            Reason.of(
                component.nl() + ": " + openness.nl() + ", maar de definitie vraagt volledig open",
                component.en() + ": " + openness.en() + ", but the definition requires it in full",
                source));
      }
    }
    Openness datasheet = openness(model, Component.DATASHEET);
    Openness data = openness(model, Component.BASE_MODEL_DATA);
    if (datasheet == Openness.OPEN || data == Openness.OPEN) {
      reasons.add(
          Reason.of(
              "Data-informatie: beschikbaar (datasheet of de data zelf)",
              "Data information: available (datasheet or the data itself)"));
    } else if (datasheet == Openness.UNKNOWN || data == Openness.UNKNOWN) {
      unknown = true;
      reasons.add(Reason.of("Data-informatie: onbekend", "Data information: unknown"));
    } else {
      no = true;
      reasons.add(
          Reason.of(
              "Data-informatie: geen open datasheet en geen open trainingsdata",
              "Data information: neither an open datasheet nor open training data"));
    }
    String value = no ? Derivation.NO : unknown ? Derivation.UNKNOWN : Derivation.YES;
    return new Derivation(value, reasons);
  }

  /** Whether the weights can be downloaded at all, openly or after accepting terms. */
  public static Derivation openWeights(Entity model) {
    JsonNode weights = model.json().path("weights");
    String value = Facts.text(weights);
    String source = Facts.source(weights);
    if ("downloadable".equals(value)) {
      return new Derivation(
          Derivation.YES,
          List.of(
              Reason.of(
                  "Gewichten vrij te downloaden", "Weights can be downloaded freely", source)));
    }
    if ("gated".equals(value)) {
      return new Derivation(
          Derivation.YES,
          List.of(
              Reason.of(
                  "Gewichten te downloaden na het accepteren van voorwaarden",
                  "Weights can be downloaded after accepting terms",
                  source)));
    }
    if ("not-released".equals(value)) {
      return new Derivation(
          Derivation.NO,
          List.of(
              Reason.of(
                  "Gewichten niet vrijgegeven; alleen als dienst te gebruiken",
                  "Weights not released; usable only as a service",
                  source)));
    }
    return new Derivation(
        Derivation.UNKNOWN,
        List.of(
            Reason.of(
                "Onbekend of de gewichten beschikbaar zijn",
                "Unknown whether the weights are available")));
  }

  private static Verdict verdict(Entity model, List<MofClass.Requirement> required) {
    Verdict verdict = new Verdict();
    for (MofClass.Requirement requirement : required) {
      Component component = requirement.component();
      Openness openness =
          component == Component.PREPRINT ? researchPaper(model) : openness(model, component);
      if (openness == Openness.UNKNOWN) {
        verdict.unknown.add(component);
      } else if (!released(requirement, openness) || !openlyLicensed(model, component)) {
        verdict.blocking.add(component);
      }
    }
    return verdict;
  }

  /**
   * The framework asks whether a component is released under an open licence, not how complete a
   * document is; the index rates incomplete documents "partial", so for documents partial still
   * counts as released.
   */
  private static boolean released(MofClass.Requirement requirement, Openness openness) {
    return openness == Openness.OPEN
        || !requirement.fully()
            && requirement.component().document()
            && openness == Openness.PARTIAL;
  }

  /**
   * The framework's research paper may be a preprint or a peer-reviewed paper: take the better of
   * the two.
   */
  private static Openness researchPaper(Entity model) {
    Openness preprint = openness(model, Component.PREPRINT);
    Openness paper = openness(model, Component.PAPER);
    return preprint.ordinal() <= paper.ordinal() ? preprint : paper;
  }

  /**
   * The framework counts weights only under an open licence; custom model licences do not qualify.
   */
  private static boolean openlyLicensed(Entity model, Component component) {
    if (component != Component.END_MODEL_WEIGHTS
        && component != Component.INTERMEDIATE_CHECKPOINTS) {
      return true;
    }
    return Boolean.TRUE.equals(Facts.bool(model.json().path("licence").path("osiApproved")));
  }

  private static JsonNode fact(Entity model, Component component) {
    return model.json().path("openness").path(component.field());
  }

  private static Openness openness(Entity model, Component component) {
    return Openness.parse(Facts.text(fact(model, component)));
  }

  private static String format(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Dutch writes a decimal comma. */
  private static String formatNl(double value) {
    return format(value).replace('.', ',');
  }

  private static String nl(List<Component> components) {
    return String.join(", ", components.stream().map(Component::nl).toList());
  }

  private static String en(List<Component> components) {
    return String.join(", ", components.stream().map(Component::en).toList());
  }

  private static final class Verdict {
    final List<Component> blocking = new ArrayList<>();
    final List<Component> unknown = new ArrayList<>();
  }
}
