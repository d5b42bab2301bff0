package org.keuzevrij.scoring.criteria;

import java.util.Set;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Fact;
import org.keuzevrij.scoring.Needs;
import org.keuzevrij.scoring.Option;
import org.keuzevrij.scoring.Scorecard;

/**
 * Concentration of power, the vision's fourth worry: whether buying this strengthens a dominant
 * platform. The operator (or its parent) is no EU Digital Markets Act gatekeeper (40 points); its
 * ownership (30: public body, non-profit, cooperative, research consortium or open-source project
 * 30, a company 15); each model's developer is no gatekeeper (30, the weakest model counting).
 */
public final class ConcentrationCriterion extends Criterion {

  private static final Set<String> MISSION_DRIVEN =
      Set.of(
          "public-body", "non-profit", "cooperative", "research-consortium", "open-source-project");

  public ConcentrationCriterion() {
    super("concentration", "Machts\u00ADcon\u00ADcen\u00ADtratie", "Concen\u00ADtration of power");
  }

  @Override
  protected void rate(Scorecard card, Option option, Needs needs) {
    card.supplierPart(option, ConcentrationCriterion::supplier);
    card.weakestModel(
        option, (part, model) -> developer(part, option.snapshot().catalogue(), model));
  }

  private static void supplier(Scorecard card, Entity supplier) {
    String operator = supplier.name();
    Rubrics.bool(
        card,
        Fact.of(supplier, "/dmaGatekeeper"),
        40,
        false,
        operator + " is geen poortwachter onder de Digital Markets Act",
        operator + " is no Digital Markets Act gatekeeper",
        operator + " (of zijn moeder) is poortwachter onder de Digital Markets Act",
        operator + " (or its parent) is a Digital Markets Act gatekeeper",
        operator + ": poortwachterstatus",
        operator + ": gatekeeper status");
    ownership(card, Fact.of(supplier, "/ownershipType"), operator);
  }

  private static void ownership(Scorecard card, Fact fact, String operator) {
    String type = fact.text();
    if (fact.unknown() || type == null) {
      card.worst(30, fact, operator + ": eigendomsstructuur", operator + ": ownership");
    } else if (MISSION_DRIVEN.contains(type)) {
      card.award(
          30,
          30,
          fact,
          operator + ": eigendom zonder winstdoel voorop (" + type + ")",
          operator + ": ownership not driven by profit first (" + type + ")");
    } else {
      card.award(
          15,
          30,
          fact,
          operator + ": bedrijf (" + type + ")",
          operator + ": company (" + type + ")");
    }
  }

  private static void developer(Scorecard card, Catalogue catalogue, Entity model) {
    String developerId = Fact.of(model, "/developerSupplier").text();
    Entity developer =
        developerId == null ? null : catalogue.find(Kind.SUPPLIER, developerId).orElse(null);
    if (developer == null) {
      Fact name = Fact.of(model, "/developer");
      card.award(
          0,
          30,
          name,
          model.name()
              + ": ontwikkelaar staat niet in de catalogus, poortwachterstatus onbekend (telt als slechtste waarde)",
          model.name()
              + ": developer not in the catalogue, gatekeeper status unknown (counts as the worst value)");
      return;
    }
    String name = developer.name();
    Rubrics.bool(
        card,
        Fact.of(developer, "/dmaGatekeeper"),
        30,
        false,
        model.name() + ": ontwikkelaar " + name + " is geen poortwachter",
        model.name() + ": developer " + name + " is no gatekeeper",
        model.name() + ": ontwikkelaar " + name + " is poortwachter onder de Digital Markets Act",
        model.name() + ": developer " + name + " is a Digital Markets Act gatekeeper",
        model.name() + ": poortwachterstatus van ontwikkelaar " + name,
        model.name() + ": gatekeeper status of developer " + name);
  }
}
