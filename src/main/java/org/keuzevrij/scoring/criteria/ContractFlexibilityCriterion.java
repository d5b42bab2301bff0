package org.keuzevrij.scoring.criteria;

import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Fact;
import org.keuzevrij.scoring.Needs;
import org.keuzevrij.scoring.Numbers;
import org.keuzevrij.scoring.Option;
import org.keuzevrij.scoring.Scorecard;

/**
 * Contract flexibility, from the vision's call for flexible contracts: no switching charges (30
 * points), a stated minimum term (15), termination terms (10) and termination for convenience (10),
 * price-change terms (10) and the days of notice before a price change (10: at least 90 days 10, at
 * least 30 days 5, less 0), and a pricing model without lock-in (15: usage-based or the city's own
 * infrastructure 15, capacity or subscription 5). Stated terms are quoted, not interpreted: they
 * earn their points for being known, and the officer reads them; the structured siblings are scored
 * on their values. When the city runs the offering itself there is nobody to charge for switching,
 * to give notice or to terminate: that counts as the best case.
 */
public final class ContractFlexibilityCriterion extends Criterion {

  public ContractFlexibilityCriterion() {
    super(
        "contractFlexibility",
        "Flexi\u00ADbili\u00ADteit van het contract",
        "Contract flexi\u00ADbility");
  }

  @Override
  protected void rate(Scorecard card, Option option, Needs needs) {
    switchingCharges(card, option);
    Rubrics.stated(
        card, option.offering("/minimumTerm"), 15, "Minimale contractduur", "Minimum term");
    Rubrics.stated(card, option.offering("/termination"), 10, "Opzegging", "Termination");
    terminationForConvenience(card, option);
    Rubrics.stated(
        card,
        option.offering("/priceChangeNotice"),
        10,
        "Termijn voor prijswijzigingen",
        "Price-change notice");
    noticeDays(card, option);
    pricing(card, option.offering("/pricing"));
  }

  private static void terminationForConvenience(Scorecard card, Option option) {
    Fact fact = option.offering("/terminationForConvenience");
    if (option.runByCity()) {
      card.award(
          10,
          10,
          "Opzeggen zonder reden niet van toepassing: de gemeente draait dit zelf (beste geval)",
          "Termination for convenience does not apply: the city runs this itself (best case)",
          null);
      return;
    }
    Rubrics.bool(
        card,
        fact,
        10,
        true,
        "De gemeente kan op elk moment zonder reden opzeggen",
        "The city can terminate at any time without a reason",
        "Opzeggen zonder reden is niet mogelijk",
        "No termination for convenience",
        "Opzeggen zonder reden",
        "Termination for convenience");
  }

  private static void noticeDays(Scorecard card, Option option) {
    Fact fact = option.offering("/priceChangeNoticeDays");
    if (option.runByCity()) {
      card.award(
          10,
          10,
          "Aankondiging van prijswijzigingen niet van toepassing: de gemeente draait dit zelf"
              + " (beste geval)",
          "Notice of price changes does not apply: the city runs this itself (best case)",
          null);
      return;
    }
    Double days = fact.number();
    if (fact.unknown() || days == null) {
      card.worst(
          10, fact, "Dagen aankondiging van prijswijzigingen", "Days of notice of price changes");
      return;
    }
    double earned = days >= 90 ? 10 : days >= 30 ? 5 : 0;
    card.award(
        earned,
        10,
        fact,
        "Prijswijzigingen worden "
            + Numbers.nl(days)
            + " dagen vooraf aangekondigd (90 of meer: 10 punten; 30 of meer: 5)",
        "Price changes are announced "
            + Numbers.en(days)
            + " days ahead (90 or more: 10 points; 30 or more: 5)");
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
