package org.keuzevrij.scoring;

import java.util.List;
import java.util.Optional;
import org.keuzevrij.scoring.criteria.ClimateCriterion;
import org.keuzevrij.scoring.criteria.ConcentrationCriterion;
import org.keuzevrij.scoring.criteria.ContractFlexibilityCriterion;
import org.keuzevrij.scoring.criteria.DataLocalityCriterion;
import org.keuzevrij.scoring.criteria.FitnessCriterion;
import org.keuzevrij.scoring.criteria.JurisdictionCriterion;
import org.keuzevrij.scoring.criteria.OpennessCriterion;
import org.keuzevrij.scoring.criteria.PortabilityCriterion;
import org.keuzevrij.scoring.criteria.ResilienceCriterion;
import org.keuzevrij.scoring.criteria.TransparencyCriterion;

/** Every criterion, in the fixed order used by profiles, API answers, pages and workbooks. */
public final class Criteria {

  public static final List<Criterion> ALL =
      List.of(
          new OpennessCriterion(),
          new DataLocalityCriterion(),
          new JurisdictionCriterion(),
          new PortabilityCriterion(),
          new ContractFlexibilityCriterion(),
          new ResilienceCriterion(),
          new ConcentrationCriterion(),
          new TransparencyCriterion(),
          new ClimateCriterion(),
          new FitnessCriterion());

  public static final List<String> IDS = ALL.stream().map(Criterion::id).toList();

  private Criteria() {}

  public static Optional<Criterion> find(String id) {
    return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
