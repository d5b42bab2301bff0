package org.keuzevrij.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keuzevrij.browse.CatalogueQuery;
import org.keuzevrij.browse.ValueFormatter;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.scoring.Criteria;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.OptionResult;

/**
 * The compare page's form as the officer filled it in: use case, profile, catalogue filters, the
 * shortlist (chosen offerings always listed, then those the filters find) and the weights. It works
 * as one plain GET form.
 */
public record CompareForm(
    List<Choice> useCases,
    List<Choice> profiles,
    String weightsFor,
    Filters filters,
    List<Candidate> candidates,
    int chosen,
    boolean all,
    int total,
    List<WeightField> weights) {

  public record Choice(String value, String label, boolean selected) {}

  public record Filters(
      String q, List<Choice> deliveries, boolean eea, boolean openai, boolean openWeights) {}

  /**
   * An offering to tick; {@code quick} is its provisional total or why it is out, under the current
   * choices.
   */
  public record Candidate(
      String id,
      String inputId,
      String name,
      String supplier,
      String delivery,
      boolean checked,
      String quick,
      boolean out) {}

  public record WeightField(
      String criterion,
      String inputId,
      String label,
      String value,
      String profileValue,
      boolean error) {}

  static CompareForm of(
      Snapshot snapshot,
      ValueFormatter format,
      Selection selection,
      CatalogueQuery filters,
      Map<String, OptionResult> quick,
      Set<String> weightErrors) {
    List<Choice> useCases = new ArrayList<>();
    for (Entity useCase : snapshot.catalogue().all(Kind.USECASE)) {
      useCases.add(
          new Choice(
              useCase.id(),
              format.language().pick(useCase.json().path("name")),
              useCase.id().equals(selection.useCase())));
    }
    List<Choice> profiles = new ArrayList<>();
    for (Entity profile : snapshot.catalogue().all(Kind.PROFILE)) {
      profiles.add(
          new Choice(
              profile.id(),
              format.language().pick(profile.json().path("name"))
                  + " ("
                  + format.text("profile.version", profile.json().path("version").asText())
                  + ")",
              profile.id().equals(selection.profile().id())));
    }
    List<Choice> deliveries = new ArrayList<>();
    for (String delivery : List.of("hosted-api", "dedicated", "self-hosted")) {
      deliveries.add(
          new Choice(
              delivery,
              format.text("value.delivery." + delivery),
              delivery.equals(filters.delivery())));
    }
    Filters shown =
        new Filters(
            filters.text() == null ? "" : filters.text(),
            deliveries,
            filters.eeaOnly(),
            filters.openaiCompatible(),
            filters.openWeights());
    List<WeightField> weights = new ArrayList<>();
    for (Criterion criterion : Criteria.ALL) {
      weights.add(
          new WeightField(
              criterion.id(),
              "weight-" + criterion.id(),
              format.language().pick(criterion.nl(), criterion.en()),
              selection.weightText(criterion.id()),
              format.number(selection.profile().weights().get(criterion.id())),
              weightErrors.contains(criterion.id())));
    }
    return new CompareForm(
        useCases,
        profiles,
        selection.profile().id(),
        shown,
        candidates(snapshot, format, selection, filters, quick),
        selection.offerings().size(),
        selection.offerings().contains(EvaluationQuery.ALL),
        snapshot.catalogue().all(Kind.OFFERING).size(),
        weights);
  }

  /**
   * Chosen offerings first, in the order chosen, so filtering never hides what is on the shortlist.
   */
  private static List<Candidate> candidates(
      Snapshot snapshot,
      ValueFormatter format,
      Selection selection,
      CatalogueQuery filters,
      Map<String, OptionResult> quick) {
    List<Candidate> candidates = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    for (String id : selection.offerings()) {
      snapshot
          .catalogue()
          .find(Kind.OFFERING, id)
          .ifPresent(
              offering -> {
                listed.add(id);
                candidates.add(candidate(snapshot, format, offering, true, quick.get(id)));
              });
    }
    for (Entity offering : filters.apply(Kind.OFFERING, snapshot)) {
      if (!listed.contains(offering.id())) {
        candidates.add(candidate(snapshot, format, offering, false, quick.get(offering.id())));
      }
    }
    return candidates;
  }

  private static Candidate candidate(
      Snapshot snapshot,
      ValueFormatter format,
      Entity offering,
      boolean checked,
      OptionResult quick) {
    String supplier =
        snapshot
            .catalogue()
            .find(Kind.SUPPLIER, offering.json().path("supplier").asText())
            .map(Entity::name)
            .orElse("");
    String provisional =
        quick == null
            ? null
            : !quick.fit().fits()
                ? format.text("compare.shortlist.unfit")
                : quick.rank() == null
                    ? format.text("compare.shortlist.out", quick.knockOuts().size())
                    : format.text("compare.shortlist.quick", format.number(quick.total()));
    return new Candidate(
        offering.id(),
        "offering-" + offering.id(),
        offering.name(),
        supplier,
        format.text("value.delivery." + offering.json().path("delivery").asText()),
        checked,
        provisional,
        quick != null && quick.rank() == null);
  }
}
