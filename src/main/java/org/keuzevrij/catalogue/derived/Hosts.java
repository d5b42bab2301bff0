package org.keuzevrij.catalogue.derived;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.Reason;

/**
 * How many independent suppliers offer each model: the more, the easier it is to switch in a
 * calamity. Suppliers under one controlling parent in the catalogue count once.
 */
public final class Hosts {

  private final Map<String, Map<String, TreeSet<String>>> byModel = new TreeMap<>();
  private final Catalogue catalogue;

  public Hosts(Catalogue catalogue) {
    this.catalogue = catalogue;
    for (Entity offering : catalogue.all(Kind.OFFERING)) {
      String supplier = offering.json().path("supplier").asText();
      String group = controllingSupplier(supplier);
      for (var model : offering.json().path("models")) {
        byModel
            .computeIfAbsent(model.asText(), m -> new TreeMap<>())
            .computeIfAbsent(group, g -> new TreeSet<>())
            .add(offering.id());
      }
    }
  }

  public Derivation of(Entity model) {
    Map<String, TreeSet<String>> groups = byModel.getOrDefault(model.id(), Map.of());
    List<Reason> reasons = new ArrayList<>();
    for (var group : groups.entrySet()) {
      String name =
          catalogue.find(Kind.SUPPLIER, group.getKey()).map(Entity::name).orElse(group.getKey());
      String offerings =
          String.join(
              ", ",
              group.getValue().stream()
                  .map(id -> catalogue.find(Kind.OFFERING, id).map(Entity::name).orElse(id))
                  .toList());
      reasons.add(
          Reason.of(
              name + " (aanbod: " + offerings + ")", name + " (offerings: " + offerings + ")"));
    }
    if (groups.isEmpty()) {
      reasons.add(Reason.of("Geen aanbod in de catalogus", "No offering in the catalogue"));
    }
    return new Derivation(groups.size(), reasons);
  }

  /** The top of the supplier's parent chain within the catalogue. */
  private String controllingSupplier(String supplierId) {
    String current = supplierId;
    for (int hops = 0; hops < 32; hops++) {
      String parent =
          catalogue
              .find(Kind.SUPPLIER, current)
              .map(s -> Facts.text(s.json().path("parent")))
              .orElse(null);
      if (parent == null || catalogue.find(Kind.SUPPLIER, parent).isEmpty()) {
        return current;
      }
      current = parent;
    }
    return current;
  }
}
