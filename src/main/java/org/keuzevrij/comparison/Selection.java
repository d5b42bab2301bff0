package org.keuzevrij.comparison;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.scoring.Criteria;
import org.keuzevrij.scoring.EvaluationJson;
import org.keuzevrij.scoring.Profile;

/**
 * What the compare page's request chose, read leniently so the form can be shown back as filled in,
 * errors and all. The weight fields carry the weights of the profile they were shown for ({@code
 * weightsFor}); when the officer picks another profile, those stale weights are dropped rather than
 * taken as overrides of the new profile.
 */
record Selection(
    String useCase,
    Profile profile,
    List<String> offerings,
    Map<String, String> weightInputs,
    boolean weightsApply,
    boolean costsApply) {

  static final String WEIGHTS_FOR = "weightsFor";
  static final String WEIGHT_PREFIX = "w.";

  /**
   * The use case and profile the cost fields were shown for: their values are that use case's
   * volume and that profile's cost model, stale for another.
   */
  static final String COSTS_FOR = "costsFor";

  static Selection of(MultiMap parameters, Snapshot snapshot) {
    String useCase = blankToNull(parameters.get("usecase"));
    String profileId = blankToNull(parameters.get("profile"));
    Profile profile =
        Optional.ofNullable(profileId)
            .flatMap(id -> snapshot.catalogue().find(Kind.PROFILE, id))
            .map(Profile::of)
            .orElseGet(() -> Profile.defaultOf(snapshot.catalogue()).orElseThrow());
    List<String> offerings = new ArrayList<>();
    parameters.getAll("offering").stream()
        .filter(id -> !id.isBlank())
        .map(String::strip)
        .forEach(offerings::add);
    Map<String, String> weights = new LinkedHashMap<>();
    for (String criterion : Criteria.IDS) {
      String value = blankToNull(parameters.get(WEIGHT_PREFIX + criterion));
      if (value != null) {
        weights.put(criterion, value);
      }
    }
    String weightsFor = blankToNull(parameters.get(WEIGHTS_FOR));
    String costsFor = blankToNull(parameters.get(COSTS_FOR));
    return new Selection(
        useCase,
        profile,
        List.copyOf(offerings),
        weights,
        weightsFor == null || weightsFor.equals(profile.id()),
        costsFor == null || costsFor.equals(costsFor(useCase, profile)));
  }

  /** The value of {@link #COSTS_FOR} for a use case and profile. */
  static String costsFor(String useCase, Profile profile) {
    return useCase + "|" + profile.id();
  }

  /** The officer asked for a comparison once anything beyond the form's defaults was sent. */
  boolean wantsComparison() {
    return useCase != null || !offerings.isEmpty();
  }

  /** The parameter names the evaluation parser should see: stale weights and costs are left out. */
  List<String> parameterNames(MultiMap parameters) {
    List<String> names = new ArrayList<>();
    for (String name : parameters.names()) {
      if ((weightsApply || !name.startsWith(WEIGHT_PREFIX))
          && (costsApply || !name.startsWith(EvaluationQuery.COST_PREFIX))) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * The value to show in a weight field: what was typed, or the profile's weight, as a plain
   * number.
   */
  String weightText(String criterion) {
    if (weightsApply && weightInputs.containsKey(criterion)) {
      return weightInputs.get(criterion);
    }
    return EvaluationJson.number(profile.weights().get(criterion)).asText();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
