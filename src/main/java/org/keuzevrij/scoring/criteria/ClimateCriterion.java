package org.keuzevrij.scoring.criteria;

import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Fact;
import org.keuzevrij.scoring.Needs;
import org.keuzevrij.scoring.Numbers;
import org.keuzevrij.scoring.Option;
import org.keuzevrij.scoring.Phrase;
import org.keuzevrij.scoring.Scorecard;

/**
 * Climate, from the vision's demand to weigh material and energy use: per model, the weakest
 * counting, its size (30 points: inference energy grows with the parameters used per token, so
 * active parameters count where published; up to 10 billion 30, 40 billion 22, 100 billion 14, 300
 * billion 7, more 0) and whether training energy or emissions are disclosed (20). For the offering:
 * the share of renewable energy (30, pro rata) and the data centres' PUE (20: up to 1.2 20, 1.4 12,
 * 1.6 6, more 0).
 */
public final class ClimateCriterion extends Criterion {

  public ClimateCriterion() {
    super("climate", "Klimaat", "Climate");
  }

  @Override
  protected void rate(Scorecard card, Option option, Needs needs) {
    card.weakestModel(
        option,
        (part, model) -> {
          size(part, model);
          trainingDisclosure(part, model);
        });
    renewables(card, option.offering("/renewableEnergyPercent"));
    pue(card, option.offering("/pue"));
  }

  private static void size(Scorecard card, Entity model) {
    Fact active = Fact.of(model, "/activeParametersBillions");
    Fact total = Fact.of(model, "/parametersBillions");
    Fact used = active.number() != null ? active : total;
    Double billions = used.number();
    if (billions == null) {
      card.worst(
          30,
          total,
          new Phrase(
              model.name() + ": aantal parameters", model.name() + ": number of parameters"));
      return;
    }
    double earned =
        billions <= 10 ? 30 : billions <= 40 ? 22 : billions <= 100 ? 14 : billions <= 300 ? 7 : 0;
    String kindNl =
        used == active ? " miljard actieve parameters per token" : " miljard parameters";
    String kindEn = used == active ? " billion active parameters per token" : " billion parameters";
    card.award(
        earned,
        30,
        used,
        new Phrase(
            model.name() + ": " + Numbers.nl(billions) + kindNl,
            model.name() + ": " + Numbers.en(billions) + kindEn));
  }

  private static void trainingDisclosure(Scorecard card, Entity model) {
    Fact energy = Fact.of(model, "/trainingEnergyMWh");
    Fact emissions = Fact.of(model, "/trainingEmissionsTCO2e");
    if (energy.number() != null) {
      card.use(emissions);
      card.award(
          20,
          20,
          energy,
          new Phrase(
              model.name() + ": trainingsenergie openbaar: " + Numbers.nl(energy.number()) + " MWh",
              model.name()
                  + ": training energy disclosed: "
                  + Numbers.en(energy.number())
                  + " MWh"));
    } else if (emissions.number() != null) {
      card.flag(energy);
      card.award(
          20,
          20,
          emissions,
          new Phrase(
              model.name()
                  + ": trainingsuitstoot openbaar: "
                  + Numbers.nl(emissions.number())
                  + " t CO2e",
              model.name()
                  + ": training emissions disclosed: "
                  + Numbers.en(emissions.number())
                  + " t CO2e"));
    } else {
      card.flag(emissions);
      card.worst(
          20,
          energy,
          new Phrase(
              model.name() + ": energie en uitstoot van de training",
              model.name() + ": training energy and emissions"));
    }
  }

  private static void renewables(Scorecard card, Fact fact) {
    Double percent = fact.number();
    if (percent == null) {
      card.worst(30, fact, "Aandeel hernieuwbare energie", "Share of renewable energy");
      return;
    }
    double bounded = Math.min(100, percent);
    card.award(
        30 * bounded / 100,
        30,
        fact,
        new Phrase(
            "Hernieuwbare energie: " + Numbers.nl(bounded) + "%",
            "Renewable energy: " + Numbers.en(bounded) + "%"));
  }

  private static void pue(Scorecard card, Fact fact) {
    Double pue = fact.number();
    if (pue == null) {
      card.worst(20, fact, "PUE van de datacenters", "PUE of the data centres");
      return;
    }
    double earned = pue <= 1.2 ? 20 : pue <= 1.4 ? 12 : pue <= 1.6 ? 6 : 0;
    card.award(earned, 20, fact, new Phrase("PUE " + Numbers.nl(pue), "PUE " + Numbers.en(pue)));
  }
}
