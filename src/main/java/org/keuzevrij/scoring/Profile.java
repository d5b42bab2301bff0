package org.keuzevrij.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;

/**
 * A scoring policy read from the catalogue: weights, knock-out rules and, optionally, the
 * organisation that uses it ({@code ownOrganisation}, a supplier id), whose self-hosted offerings
 * it runs itself.
 */
public record Profile(
    Entity entity, Weights weights, List<KnockOutRule> knockOuts, String ownOrganisation) {

  public static Profile of(Entity entity) {
    JsonNode json = entity.json();
    List<KnockOutRule> rules = new ArrayList<>();
    for (JsonNode rule : json.path("knockOuts")) {
      rules.add(new KnockOutRule(rule.path("rule").asText(), rule.path("minimumSeal").asInt(0)));
    }
    return new Profile(
        entity,
        Weights.fromProfile(json.path("weights")),
        List.copyOf(rules),
        json.path("ownOrganisation").asText(null));
  }

  /** The catalogue's default profile: the one marked {@code default}, else the first by id. */
  public static Optional<Profile> defaultOf(Catalogue catalogue) {
    Collection<Entity> profiles = catalogue.all(Kind.PROFILE);
    return profiles.stream()
        .filter(p -> p.json().path("default").asBoolean(false))
        .findFirst()
        .or(() -> profiles.stream().findFirst())
        .map(Profile::of);
  }

  public String id() {
    return entity.id();
  }

  public String version() {
    return entity.json().path("version").asText();
  }

  /** One configured knock-out rule; {@code minimumSeal} only matters for the minimum-SEAL rule. */
  public record KnockOutRule(String rule, int minimumSeal) {}
}
