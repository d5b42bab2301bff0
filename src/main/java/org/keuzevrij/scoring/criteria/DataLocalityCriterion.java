package org.keuzevrij.scoring.criteria;

import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Needs;
import org.keuzevrij.scoring.Option;
import org.keuzevrij.scoring.Scorecard;

/**
 * Data locality, the vision's confidentiality worry seen from where data goes: processing inside
 * the EU/EEA (35 points), storage (30), control plane (15) and no training on the city's data (20).
 * EFTA and "GLOBAL" are outside the EEA; a location that is unknown counts as outside.
 */
public final class DataLocalityCriterion extends Criterion {

  public DataLocalityCriterion() {
    super("dataLocality", "Locatie van gegevens", "Data location");
  }

  @Override
  protected void rate(Scorecard card, Option option, Needs needs) {
    Rubrics.inEea(card, option.offering("/processingLocations"), 35, "Verwerking", "Processing");
    Rubrics.inEea(card, option.offering("/storageLocations"), 30, "Opslag", "Storage");
    Rubrics.inEea(
        card, option.offering("/controlPlaneLocations"), 15, "Beheerplatform", "Control plane");
    Rubrics.bool(
        card,
        option.offering("/trainsOnCustomerData"),
        20,
        false,
        "Traint niet op gegevens van de gemeente",
        "Does not train on the city's data",
        "Traint op gegevens van de gemeente",
        "Trains on the city's data",
        "Training op gegevens van de gemeente",
        "Training on the city's data");
  }
}
