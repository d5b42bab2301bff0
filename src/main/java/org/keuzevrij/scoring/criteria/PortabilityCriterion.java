package org.keuzevrij.scoring.criteria;

import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.derived.DerivedFacts;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Fact;
import org.keuzevrij.scoring.Needs;
import org.keuzevrij.scoring.Numbers;
import org.keuzevrij.scoring.Option;
import org.keuzevrij.scoring.Phrase;
import org.keuzevrij.scoring.Scorecard;

/**
 * Portability (lock-in), the vision's resilience worry seen from leaving at a moment of the city's
 * choosing: open weights for every model in the offering (30 points), an OpenAI-compatible or other
 * open-standard API (25), data export (15) in formats the supplier names (10), and exit assistance
 * (12) for a committed period (8: 30 days or more; 4 for less). When the city runs the offering
 * itself it holds its data and there is no supplier to help it leave: formats, exit assistance and
 * its period then count as the best case.
 */
public final class PortabilityCriterion extends Criterion {

  public PortabilityCriterion() {
    super("portability", "Over\u00ADdraag\u00ADbaar\u00ADheid", "Porta\u00ADbility");
  }

  @Override
  protected void rate(Scorecard card, Option option, Needs needs) {
    openWeights(card, option);
    apiStyle(card, option.offering("/apiStyle"));
    Rubrics.bool(
        card,
        option.offering("/dataExport"),
        15,
        true,
        "Gegevens kunnen worden geëxporteerd",
        "Data can be exported",
        "Gegevens kunnen niet worden geëxporteerd",
        "Data cannot be exported",
        "Export van gegevens",
        "Data export");
    exportFormats(card, option);
    exitAssistance(card, option);
  }

  private static void exportFormats(Scorecard card, Option option) {
    Fact fact = option.offering("/exportFormats");
    if (option.runByCity()) {
      card.award(
          10,
          10,
          "Exportformaten niet van toepassing: de gegevens staan al bij de gemeente (beste geval)",
          "Export formats do not apply: the data is already the city's (best case)",
          null);
    } else if (fact.unknown()) {
      card.worst(10, fact, "Exportformaten", "Export formats");
    } else if (fact.items().isEmpty()) {
      card.award(
          0,
          10,
          fact,
          "De voorwaarden noemen geen formaat om gegevens mee te nemen",
          "The terms name no format to take data along in");
    } else {
      card.award(
          10,
          10,
          fact,
          new Phrase(
              "Exportformaten genoemd:", "Export formats named:", String.join(", ", fact.items())));
    }
  }

  private static void openWeights(Scorecard card, Option option) {
    Derivation weights = option.derived(option.offering(), DerivedFacts.OPEN_WEIGHTS);
    card.derived(option.offering(), DerivedFacts.OPEN_WEIGHTS, weights);
    for (Entity model : option.models()) {
      card.consider(Fact.of(model, "/weights"));
    }
    switch (String.valueOf(weights.value())) {
      case Derivation.YES ->
          card.award(
              30,
              30,
              "Alle modellen hebben beschikbare gewichten: de gemeente kan ze elders draaien",
              "Every model has available weights: the city can run them elsewhere",
              null);
      case Derivation.NO ->
          card.award(
              0,
              30,
              "Niet alle modellen hebben beschikbare gewichten",
              "Not every model has available weights",
              null);
      default ->
          card.award(
              0,
              30,
              "Onbekend of alle gewichten beschikbaar zijn (telt als slechtste waarde)",
              "Unknown whether every model's weights are available (counts as the worst value)",
              null);
    }
    card.details(weights.reasons());
  }

  private static void apiStyle(Scorecard card, Fact fact) {
    String style = fact.text();
    if (fact.unknown() || style == null) {
      card.worst(25, fact, "Soort API", "API style");
    } else if ("openai-compatible".equals(style)) {
      card.award(
          25,
          25,
          fact,
          "OpenAI-compatibele API: andere aanbieders spreken dezelfde taal",
          "OpenAI-compatible API: other providers speak the same interface");
    } else if ("open-standard".equals(style)) {
      card.award(25, 25, fact, "API volgens een open standaard", "API following an open standard");
    } else {
      card.award(
          0,
          25,
          fact,
          "Eigen (propriëtaire) API: overstappen vraagt aanpassingen",
          "Proprietary API: switching needs changes");
    }
  }

  private static void exitAssistance(Scorecard card, Option option) {
    Fact fact = option.offering("/exitAssistance");
    if (option.runByCity()) {
      card.award(
          20,
          20,
          fact,
          "Exithulp niet van toepassing: de gemeente draait dit zelf en heeft gewichten, configuratie en gegevens al in handen (beste geval)",
          "Exit assistance does not apply: the city runs this itself and already holds weights, configuration and data (best case)");
      return;
    }
    Rubrics.bool(
        card,
        fact,
        12,
        true,
        "Exithulp toegezegd",
        "Exit assistance offered",
        "Geen exithulp",
        "No exit assistance",
        "Exithulp",
        "Exit assistance");
    Fact days = option.offering("/exitAssistanceDays");
    if (days.unknown() || days.number() == null) {
      card.worst(8, days, "Duur van de exithulp", "Period of exit assistance");
    } else {
      double period = days.number();
      card.award(
          period >= 30 ? 8 : period > 0 ? 4 : 0,
          8,
          days,
          "Exithulp gedurende " + Numbers.nl(period) + " dagen (30 of meer geeft alle punten)",
          "Exit assistance for " + Numbers.en(period) + " days (30 or more earns all points)");
    }
  }
}
