package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Checks that every id one entity names exists, that no supplier is its own parent through a chain, and that at most
 * one profile is the default.
 */
final class CrossReferences {

  private final Map<Kind, SortedMap<String, Entity>> entities;
  private final List<Problem> problems = new ArrayList<>();

  CrossReferences(Map<Kind, SortedMap<String, Entity>> entities) {
    this.entities = entities;
  }

  List<Problem> check() {
    for (Entity offering : entities.get(Kind.OFFERING).values()) {
      expect(offering, "/supplier", Kind.SUPPLIER, offering.json().path("supplier"));
      JsonNode models = offering.json().path("models");
      for (int i = 0; i < models.size(); i++) {
        expect(offering, "/models/" + i, Kind.MODEL, models.get(i));
      }
    }
    for (Entity model : entities.get(Kind.MODEL).values()) {
      expect(model, "/developerSupplier", Kind.SUPPLIER, model.json().path("developerSupplier"));
    }
    for (Entity supplier : entities.get(Kind.SUPPLIER).values()) {
      JsonNode parent = supplier.json().path("parent").path("value");
      if (!"none".equals(parent.asText()) && !Facts.UNKNOWN.equals(parent.asText())) {
        expect(supplier, "/parent/value", Kind.SUPPLIER, parent);
      }
      checkParentCycle(supplier);
    }
    String defaultProfile = null;
    for (Entity profile : entities.get(Kind.PROFILE).values()) {
      expect(profile, "/ownOrganisation", Kind.SUPPLIER, profile.json().path("ownOrganisation"));
      if (profile.json().path("default").asBoolean(false)) {
        if (defaultProfile != null) {
          problems.add(new Problem(file(profile), "/default", "only one profile can be the default; "
              + defaultProfile + " already is"));
        }
        defaultProfile = profile.id();
      }
    }
    return problems;
  }

  private void expect(Entity from, String pointer, Kind kind, JsonNode id) {
    if (!id.isTextual() || entities.get(kind).containsKey(id.textValue())) {
      return;
    }
    problems.add(new Problem(file(from), pointer, "unknown " + kind.singular() + " \"" + id.textValue()
        + "\": there is no " + kind.folder() + "/" + id.textValue() + ".json"));
  }

  private void checkParentCycle(Entity supplier) {
    Set<String> seen = new LinkedHashSet<>();
    Entity current = supplier;
    while (current != null && seen.add(current.id())) {
      String parent = current.json().path("parent").path("value").asText();
      current = entities.get(Kind.SUPPLIER).get(parent);
    }
    if (current != null && current.id().equals(supplier.id())) {
      problems.add(new Problem(file(supplier), "/parent/value",
          "parent chain loops back to this supplier: " + String.join(" -> ", seen) + " -> " + supplier.id()));
    }
  }

  private static String file(Entity entity) {
    return entity.kind().folder() + "/" + entity.id() + ".json";
  }
}
