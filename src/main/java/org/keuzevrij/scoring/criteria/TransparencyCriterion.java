package org.keuzevrij.scoring.criteria;

import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.derived.Component;
import org.keuzevrij.catalogue.derived.Openness;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Fact;
import org.keuzevrij.scoring.Needs;
import org.keuzevrij.scoring.Numbers;
import org.keuzevrij.scoring.Option;
import org.keuzevrij.scoring.Phrase;
import org.keuzevrij.scoring.Scorecard;

/**
 * Transparency, so the city can explain its AI use (Open Government Act): per model, the weakest
 * counting, the developer's Foundation Model Transparency Index score (25 points, pro rata), a data
 * card disclosing the training data (20), a technical report (15) and evaluation results (10), each
 * open in full or half for partial; these are Model Openness Framework components outside the
 * twelve of the openness index. For the offering: stated data retention (15) and a disclosed list
 * of sub-processors (15).
 */
public final class TransparencyCriterion extends Criterion {

  public TransparencyCriterion() {
    super("transparency", "Trans\u00ADpa\u00ADrantie", "Trans\u00ADparency");
  }

  @Override
  protected void rate(Scorecard card, Option option, Needs needs) {
    card.weakestModel(
        option,
        (part, model) -> {
          transparencyIndex(part, model);
          document(part, model, Component.DATA_CARD, 20);
          document(part, model, Component.TECHNICAL_REPORT, 15);
          document(part, model, Component.EVALUATION, 10);
        });
    Rubrics.stated(card, option.offering("/dataRetention"), 15, "Bewaartermijn", "Data retention");
    subProcessors(card, option.offering("/subProcessors"));
  }

  private static void transparencyIndex(Scorecard card, Entity model) {
    Fact fact = Fact.of(model, "/transparencyScore");
    Double score = fact.number();
    if (fact.unknown() || score == null) {
      card.worst(
          25,
          fact,
          new Phrase(
              model.name() + ": Foundation Model Transparency Index",
              model.name() + ": Foundation Model Transparency Index"));
      return;
    }
    double bounded = Math.min(100, score);
    card.award(
        25 * bounded / 100,
        25,
        fact,
        new Phrase(
            model.name()
                + ": Foundation Model Transparency Index "
                + Numbers.nl(bounded)
                + " van 100",
            model.name()
                + ": Foundation Model Transparency Index "
                + Numbers.en(bounded)
                + " of 100"));
  }

  private static void document(Scorecard card, Entity model, Component component, double max) {
    Fact fact = Fact.of(model, component.pointer());
    Openness openness = Openness.parse(fact.text());
    switch (openness) {
      case OPEN -> card.award(max, max, fact, named(model, component, " openbaar", " published"));
      case PARTIAL ->
          card.award(
              max / 2, max, fact, named(model, component, " deels openbaar", " partly published"));
      case CLOSED ->
          card.award(0, max, fact, named(model, component, " niet openbaar", " not published"));
      default -> card.worst(max, fact, named(model, component, "", ""));
    }
  }

  private static Phrase named(Entity model, Component component, String nl, String en) {
    return new Phrase(
        model.name() + ": " + component.nl() + nl, model.name() + ": " + component.en() + en);
  }

  private static void subProcessors(Scorecard card, Fact fact) {
    if (fact.unknown()) {
      card.worst(15, fact, "Lijst van subverwerkers", "List of sub-processors");
      return;
    }
    int count = fact.value().size();
    card.award(
        15,
        15,
        fact,
        new Phrase(
            count == 0 ? "Geen subverwerkers" : "Subverwerkers bekendgemaakt (" + count + ")",
            count == 0 ? "No sub-processors" : "Sub-processors disclosed (" + count + ")"));
  }
}
