package org.keuzevrij.comparison;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.Problem;
import org.keuzevrij.catalogue.SchemaValidator;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.costs.CostChanges;
import org.keuzevrij.costs.CostInputs;
import org.keuzevrij.scoring.Profile;
import org.keuzevrij.scoring.UseCase;
import org.keuzevrij.scoring.Weights;
import org.keuzevrij.web.InvalidInput.Violation;

/**
 * Checks a query against one catalogue snapshot: the use case, profile and offerings it names must
 * exist.
 */
public final class QueryResolver {

  private final SchemaValidator schemas;

  public QueryResolver(SchemaValidator schemas) {
    this.schemas = schemas;
  }

  /**
   * The input for an evaluation; weight overrides equal to the profile's own weights are dropped.
   */
  public EvaluationInput resolve(EvaluationQuery query, Snapshot snapshot, boolean fromParameters) {
    List<Violation> violations = new ArrayList<>();
    UseCase useCase = useCase(query, snapshot, violations, fromParameters);
    Profile profile = profile(query, snapshot, violations, fromParameters);
    List<String> offerings = offerings(query, snapshot, violations, fromParameters);
    Weights weights = null;
    EvaluationQuery normalised = query;
    if (profile != null) {
      Map<String, Double> changed = changed(query.weights(), profile.weights());
      normalised =
          new EvaluationQuery(
              query.useCaseId(),
              query.inlineUseCase(),
              query.profileId(),
              changed,
              query.offerings(),
              query.seed(),
              query.samples(),
              query.perturbation(),
              useCase == null
                  ? query.costs()
                  : changedCosts(query.costs(), profile, useCase, violations, fromParameters));
      weights = profile.weights().with(changed);
      if (weights.sum() <= 0) {
        violations.add(
            new Violation(
                "/weights",
                fromParameters ? "w" : null,
                "The weights add up to 0; give at least one criterion a weight above 0."));
      }
    }
    if (!violations.isEmpty()) {
      throw QueryParser.invalid(violations);
    }
    return new EvaluationInput(normalised, snapshot, useCase, profile, weights, offerings);
  }

  /**
   * The cost changes that differ from what the profile and use case say, as for weights: a form
   * sent back with its shown values changes nothing.
   */
  private static CostChanges changedCosts(
      CostChanges changes,
      Profile profile,
      UseCase useCase,
      List<Violation> violations,
      boolean fromParameters) {
    if (changes.none()) {
      return changes;
    }
    CostInputs base = CostInputs.of(profile, useCase, Map.of(), null, null);
    Map<String, Double> numbers = new LinkedHashMap<>();
    changes
        .numbers()
        .forEach(
            (id, value) -> {
              if (!base.inputs().containsKey(id)) {
                violations.add(
                    new Violation(
                        "/costs/" + QueryParser.escape(id),
                        fromParameters ? EvaluationQuery.COST_PREFIX + id : null,
                        "The profile's cost model has no such input."));
              } else if (!value.equals(base.value(id))) {
                numbers.put(id, value);
              }
            });
    return new CostChanges(
        numbers,
        base.hosting().equals(changes.hosting()) ? null : changes.hosting(),
        base.method().equals(changes.method()) ? null : changes.method());
  }

  private UseCase useCase(
      EvaluationQuery query, Snapshot snapshot, List<Violation> violations, boolean params) {
    if (query.inlineUseCase() != null) {
      ObjectNode inline = query.inlineUseCase();
      List<Problem> problems = schemas.validate(Kind.USECASE, "usecase", inline);
      problems.forEach(
          p -> violations.add(new Violation("/usecase" + p.pointer(), null, p.message())));
      return problems.isEmpty() ? new UseCase(null, inline) : null;
    }
    Optional<Entity> entity = snapshot.catalogue().find(Kind.USECASE, query.useCaseId());
    if (entity.isEmpty()) {
      violations.add(
          new Violation(
              "/usecase",
              params ? "usecase" : null,
              "There is no use case \"" + query.useCaseId() + "\"."));
      return null;
    }
    return new UseCase(entity.get().id(), entity.get().json());
  }

  private static Profile profile(
      EvaluationQuery query, Snapshot snapshot, List<Violation> violations, boolean params) {
    Optional<Profile> profile =
        query.profileId() == null
            ? Profile.defaultOf(snapshot.catalogue())
            : snapshot.catalogue().find(Kind.PROFILE, query.profileId()).map(Profile::of);
    if (profile.isEmpty()) {
      violations.add(
          new Violation(
              "/profile",
              params ? "profile" : null,
              query.profileId() == null
                  ? "The catalogue has no profile."
                  : "There is no profile \"" + query.profileId() + "\"."));
      return null;
    }
    return profile.get();
  }

  private static List<String> offerings(
      EvaluationQuery query, Snapshot snapshot, List<Violation> violations, boolean params) {
    if (query.offerings().contains(EvaluationQuery.ALL)) {
      return snapshot.catalogue().all(Kind.OFFERING).stream().map(Entity::id).toList();
    }
    Map<String, Integer> seen = new HashMap<>();
    List<String> ids = query.offerings();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      Integer first = seen.putIfAbsent(id, i);
      if (first != null) {
        violations.add(
            new Violation(
                "/offerings/" + i,
                params ? "offering" : null,
                "Offering \"" + id + "\" is already in the list at /offerings/" + first + "."));
      } else if (snapshot.catalogue().find(Kind.OFFERING, id).isEmpty()) {
        violations.add(
            new Violation(
                "/offerings/" + i,
                params ? "offering" : null,
                "There is no offering \"" + id + "\"."));
      }
    }
    return ids;
  }

  /**
   * An override equal to the profile's own weight is no override, so links and reports name real
   * changes only.
   */
  private static Map<String, Double> changed(Map<String, Double> overrides, Weights profile) {
    Map<String, Double> changed = new LinkedHashMap<>();
    overrides.forEach(
        (id, weight) -> {
          if (weight != profile.get(id)) {
            changed.put(id, weight);
          }
        });
    return changed;
  }
}
