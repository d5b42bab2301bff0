package org.keuzevrij.scoring.criteria;

import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Places;
import org.keuzevrij.catalogue.derived.DerivedFacts;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Fact;
import org.keuzevrij.scoring.Needs;
import org.keuzevrij.scoring.Option;
import org.keuzevrij.scoring.Scorecard;

/**
 * Jurisdiction, the vision's confidentiality worry seen from who can demand the data: no
 * extraterritorial-law exposure anywhere up the operator's parent chain (50 points; such laws
 * follow control, not server location), headquarters in the EU/EEA (20) and ultimate parent in the
 * EU/EEA (30).
 */
public final class JurisdictionCriterion extends Criterion {

  public JurisdictionCriterion() {
    super("jurisdiction", "Juris\u00ADdictie", "Juris\u00ADdiction");
  }

  @Override
  protected void rate(Scorecard card, Option option, Needs needs) {
    // The whole rubric reads the operator and its parents alone.
    card.supplierPart(
        option,
        (part, supplier) -> {
          exposure(part, option.snapshot(), supplier);
          country(part, Fact.of(supplier, "/hqCountry"), 20, "Hoofdkantoor", "Headquarters");
          country(
              part,
              Fact.of(supplier, "/ultimateParentCountry"),
              30,
              "Uiteindelijke moederorganisatie",
              "Ultimate parent");
        });
  }

  private static void exposure(Scorecard card, Snapshot snapshot, Entity supplier) {
    Derivation exposure = snapshot.derived().of(supplier, DerivedFacts.EXPOSURE);
    card.derived(supplier, DerivedFacts.EXPOSURE, exposure);
    Option.exposureFacts(snapshot.catalogue(), supplier).forEach(card::consider);
    switch (String.valueOf(exposure.value())) {
      case Derivation.NO ->
          card.award(
              50,
              50,
              supplier.name()
                  + " en zijn moederorganisaties vallen niet onder buitenlandse wetten die toegang tot gegevens afdwingen",
              supplier.name()
                  + " and its parents are not subject to foreign laws that compel access to data",
              null);
      case Derivation.YES ->
          card.award(
              0,
              50,
              supplier.name()
                  + " valt (via de zeggenschapsketen) onder buitenlandse wetten die toegang tot gegevens afdwingen",
              supplier.name()
                  + " is subject (through its chain of control) to foreign laws that compel access to data",
              null);
      default ->
          card.award(
              0,
              50,
              "Onbekend of "
                  + supplier.name()
                  + " onder buitenlandse wetten valt (telt als slechtste waarde)",
              "Unknown whether "
                  + supplier.name()
                  + " is subject to foreign laws (counts as the worst value)",
              null);
    }
    card.details(exposure.reasons());
  }

  private static void country(Scorecard card, Fact fact, double max, String nl, String en) {
    String code = fact.text();
    if (fact.unknown() || code == null) {
      card.worst(max, fact, nl + ": land", en + ": country");
    } else if (Places.inEea(code)) {
      card.award(
          max, max, fact, nl + " binnen de EU/EER: " + code, en + " inside the EU/EEA: " + code);
    } else {
      card.award(
          0, max, fact, nl + " buiten de EU/EER: " + code, en + " outside the EU/EEA: " + code);
    }
  }
}
