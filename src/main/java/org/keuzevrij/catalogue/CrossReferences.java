package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * The one walk over the ids entities name, and the checks on it: every id named exists, no supplier
 * is its own parent through a chain, a price line names only models of its offering, and at most
 * one profile is the default. The same walk answers "who refers to this entity?" when one is about
 * to be deleted.
 */
final class CrossReferences {

  private final Map<Kind, SortedMap<String, Entity>> entities;

  CrossReferences(Map<Kind, SortedMap<String, Entity>> entities) {
    this.entities = entities;
  }

  /**
   * Every reference in the catalogue: offerings', models', suppliers' and profiles', each in id
   * order.
   */
  List<Reference> walk() {
    List<Reference> references = new ArrayList<>();
    for (Entity offering : entities.get(Kind.OFFERING).values()) {
      add(references, offering, "/supplier", Kind.SUPPLIER, offering.json().path("supplier"));
      JsonNode models = offering.json().path("models");
      for (int i = 0; i < models.size(); i++) {
        add(references, offering, "/models/" + i, Kind.MODEL, models.get(i));
      }
    }
    for (Entity model : entities.get(Kind.MODEL).values()) {
      add(
          references,
          model,
          "/developerSupplier",
          Kind.SUPPLIER,
          model.json().path("developerSupplier"));
    }
    for (Entity supplier : entities.get(Kind.SUPPLIER).values()) {
      JsonNode parent = supplier.json().path("parent").path("value");
      if (!"none".equals(parent.asText()) && !Facts.UNKNOWN.equals(parent.asText())) {
        add(references, supplier, "/parent/value", Kind.SUPPLIER, parent);
      }
    }
    for (Entity profile : entities.get(Kind.PROFILE).values()) {
      add(
          references,
          profile,
          "/ownOrganisation",
          Kind.SUPPLIER,
          profile.json().path("ownOrganisation"));
    }
    return references;
  }

  List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    for (Reference reference : walk()) {
      if (!entities.get(reference.kind()).containsKey(reference.id())) {
        problems.add(
            new Problem(
                file(reference.from()),
                reference.pointer(),
                "unknown "
                    + reference.kind().singular()
                    + " \""
                    + reference.id()
                    + "\": there is no "
                    + reference.kind().folder()
                    + "/"
                    + reference.id()
                    + ".json"));
      }
    }
    for (Entity supplier : entities.get(Kind.SUPPLIER).values()) {
      checkParentCycle(supplier, problems);
    }
    for (Entity offering : entities.get(Kind.OFFERING).values()) {
      checkPriceModels(offering, problems);
    }
    String defaultProfile = null;
    for (Entity profile : entities.get(Kind.PROFILE).values()) {
      if (profile.json().path("default").asBoolean(false)) {
        if (defaultProfile != null) {
          problems.add(
              new Problem(
                  file(profile),
                  "/default",
                  "only one profile can be the default; " + defaultProfile + " already is"));
        }
        defaultProfile = profile.id();
      }
    }
    return problems;
  }

  /** The references to one entity, by the entities that hold them. */
  List<Reference> to(Kind kind, String id) {
    return walk().stream().filter(r -> r.kind() == kind && r.id().equals(id)).toList();
  }

  private static void add(
      List<Reference> references, Entity from, String pointer, Kind kind, JsonNode id) {
    if (id.isTextual()) {
      references.add(new Reference(from, pointer, kind, id.textValue()));
    }
  }

  /** A price line names only models of its offering; naming none means every one of them. */
  private static void checkPriceModels(Entity offering, List<Problem> problems) {
    Set<String> models = new HashSet<>();
    offering.json().path("models").forEach(model -> models.add(model.asText()));
    JsonNode prices = offering.json().path("prices");
    for (int i = 0; i < prices.size(); i++) {
      JsonNode named = prices.get(i).path("models");
      for (int j = 0; j < named.size(); j++) {
        if (!models.contains(named.get(j).asText())) {
          problems.add(
              new Problem(
                  file(offering),
                  "/prices/" + i + "/models/" + j,
                  "model \""
                      + named.get(j).asText()
                      + "\" is not one of this offering's models (/models)"));
        }
      }
    }
  }

  private void checkParentCycle(Entity supplier, List<Problem> problems) {
    Set<String> seen = new LinkedHashSet<>();
    Entity current = supplier;
    while (current != null && seen.add(current.id())) {
      String parent = current.json().path("parent").path("value").asText();
      current = entities.get(Kind.SUPPLIER).get(parent);
    }
    if (current != null && current.id().equals(supplier.id())) {
      problems.add(
          new Problem(
              file(supplier),
              "/parent/value",
              "parent chain loops back to this supplier: "
                  + String.join(" -> ", seen)
                  + " -> "
                  + supplier.id()));
    }
  }

  static String file(Entity entity) {
    return entity.kind().folder() + "/" + entity.id() + ".json";
  }
}
