package org.keuzevrij.scoring.criteria;

import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.derived.DerivedFacts;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Fact;
import org.keuzevrij.scoring.Needs;
import org.keuzevrij.scoring.Option;
import org.keuzevrij.scoring.Phrase;
import org.keuzevrij.scoring.Scorecard;

/**
 * Resilience, the vision's worry about switching fast in a calamity: independent hosts of each
 * model in the catalogue, the weakest model counting (40 points, full from four hosts under
 * different parents), a stated service level (20), certifications of the service (20; the
 * supplier's own give half, since their scope is unconfirmed) and how it is delivered (20:
 * self-hosted 20, dedicated 12, shared hosted API 5).
 */
public final class ResilienceCriterion extends Criterion {

  private static final int FULL_HOSTS = 4;

  public ResilienceCriterion() {
    super("resilience", "Weer\u00ADbaar\u00ADheid", "Resil\u00ADience");
  }

  @Override
  protected void rate(Scorecard card, Option option, Needs needs) {
    card.weakestModel(option, (part, model) -> hosts(part, option.snapshot(), model));
    Rubrics.stated(card, option.offering("/sla"), 20, "Serviceniveau (SLA)", "Service level (SLA)");
    certifications(card, option);
    delivery(card, option);
  }

  private static void hosts(Scorecard card, Snapshot snapshot, Entity model) {
    Derivation hosts = snapshot.derived().of(model, DerivedFacts.HOSTS);
    card.derived(model, DerivedFacts.HOSTS, hosts);
    int count = ((Number) hosts.value()).intValue();
    card.award(
        40.0 * Math.min(count, FULL_HOSTS) / FULL_HOSTS,
        40,
        new Phrase(
            model.name()
                + ": "
                + count
                + " onafhankelijke aanbieder(s) in de catalogus (vol vanaf "
                + FULL_HOSTS
                + ")",
            model.name()
                + ": "
                + count
                + " independent host(s) in the catalogue (full from "
                + FULL_HOSTS
                + ")"),
        null);
    card.details(hosts.reasons());
  }

  private static void certifications(Scorecard card, Option option) {
    Fact own = option.offering("/certifications");
    if (!own.unknown()) {
      int count = own.items().size();
      card.award(
          count > 0 ? 20 : 0,
          20,
          own,
          new Phrase(
              count > 0
                  ? "Certificeringen van de dienst: " + list(own)
                  : "Geen certificeringen voor de dienst",
              count > 0
                  ? "Certifications of the service: " + list(own)
                  : "No certifications for the service"));
      return;
    }
    card.flag(own);
    Fact supplier = option.supplier("/certifications");
    Entity operator = option.supplier();
    if (supplier.unknown()) {
      card.worst(
          20,
          supplier,
          "Certificeringen van dienst en leverancier",
          "Certifications of service and supplier");
    } else if (!supplier.items().isEmpty()) {
      card.award(
          10,
          20,
          supplier,
          new Phrase(
              "Certificeringen van de dienst onbekend; die van "
                  + operator.name()
                  + " tellen half: "
                  + list(supplier),
              "Certifications of the service unknown; those of "
                  + operator.name()
                  + " count half: "
                  + list(supplier)));
    } else {
      card.award(
          0,
          20,
          supplier,
          new Phrase(
              "Certificeringen van de dienst onbekend; " + operator.name() + " heeft er geen",
              "Certifications of the service unknown; " + operator.name() + " has none"));
    }
  }

  private static void delivery(Scorecard card, Option option) {
    Fact fact = option.offering("/delivery");
    switch (option.delivery()) {
      case "self-hosted" ->
          card.award(
              20,
              20,
              "Zelf gehost: draait door als een leverancier wegvalt",
              "Self-hosted: keeps running if a supplier drops out",
              null);
      case "dedicated" ->
          card.award(
              12,
              20,
              "Eigen (dedicated) omgeving bij de leverancier",
              "Dedicated deployment at the supplier",
              null);
      default ->
          card.award(
              5,
              20,
              "Gedeelde gehoste API: afhankelijk van één platform",
              "Shared hosted API: depends on one platform",
              null);
    }
    card.use(fact);
  }

  private static String list(Fact fact) {
    return String.join(", ", fact.items());
  }
}
