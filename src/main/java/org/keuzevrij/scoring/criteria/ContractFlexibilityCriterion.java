package org.keuzevrij.scoring.criteria;

import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Fact;
import org.keuzevrij.scoring.Option;
import org.keuzevrij.scoring.Scorecard;

/**
 * Contract flexibility, from the vision's call for flexible contracts: no switching charges (30
 * points), a stated minimum term (15), termination terms (20) and price-change notice (20), and a
 * pricing model without lock-in (15: usage-based or the city's own infrastructure 15, capacity or
 * subscription 5). Stated terms are quoted, not interpreted: they earn their points for being
 * known, and the officer reads them. When the city runs the offering itself there is nobody to
 * charge for switching: that counts as the best case.
 */
public final class ContractFlexibilityCriterion extends Criterion {

  public ContractFlexibilityCriterion() {
    super("contractFlexibility", "Flexibiliteit van het contract", "Contract flexibility");
  }

  @Override
  protected void rate(Scorecard card, Option option) {
    switchingCharges(card, option);
    Rubrics.stated(
        card, option.offering("/minimumTerm"), 15, "Minimale contractduur", "Minimum term");
    Rubrics.stated(card, option.offering("/termination"), 20, "Opzegging", "Termination");
    Rubrics.stated(
        card,
        option.offering("/priceChangeNotice"),
        20,
        "Termijn voor prijswijzigingen",
        "Price-change notice");
    pricing(card, option.offering("/pricing"));
  }

  private static void switchingCharges(Scorecard card, Option option) {
    Fact fact = option.offering("/switchingCharges");
    if (option.runByCity()) {
      card.award(
          30,
          30,
          fact,
          "Overstapkosten niet van toepassing: de gemeente draait dit zelf (beste geval)",
          "Switching charges do not apply: the city runs this itself (best case)");
      return;
    }
    Rubrics.bool(
        card,
        fact,
        30,
        false,
        "Geen overstapkosten",
        "No switching charges",
        "Overstapkosten bij vertrek",
        "Switching charges when leaving",
        "Overstapkosten",
        "Switching charges");
  }

  private static void pricing(Scorecard card, Fact fact) {
    String value = fact.text();
    if (fact.unknown() || value == null) {
      card.worst(15, fact, "Prijsmodel", "Pricing model");
      return;
    }
    switch (value) {
      case "usage-based" ->
          card.award(
              15,
              15,
              fact,
              "Betalen per gebruik, zonder afnameverplichting in het prijsmodel",
              "Pay per use, without a commitment in the pricing model");
      case "own-infrastructure" ->
          card.award(
              15,
              15,
              fact,
              "Eigen infrastructuur: geen leveranciersprijs die kan wijzigen",
              "Own infrastructure: no supplier price that can change");
      default ->
          card.award(
              5,
              15,
              fact,
              "Capaciteit of abonnement: een vaste afname bindt",
              "Capacity or subscription: a fixed commitment binds");
    }
  }
}
