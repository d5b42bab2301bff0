package org.keuzevrij.scoring;

import java.util.ArrayList;
import java.util.List;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.derived.DerivedFacts;
import org.keuzevrij.derived.Snapshot;

/**
 * One option to score: an offering with its supplier and models, read from one catalogue snapshot.
 *
 * @param selfOperated the city runs it on its own infrastructure (self-hosted, with the city itself as operator), so
 *     supplier-only duties such as exit assistance do not apply
 * @param parts the rubric parts of this snapshot's models and suppliers, shared by every option read from it
 */
public record Option(Entity offering, Entity supplier, List<Entity> models, Snapshot snapshot, boolean selfOperated,
    PartCache parts) {

  public static Option of(Snapshot snapshot, Entity offering, String ownOrganisation) {
    return of(snapshot, offering, ownOrganisation, PartCache.of(snapshot));
  }

  /** An option whose shared rubric parts come from {@code parts}, a cache for this snapshot. */
  public static Option of(Snapshot snapshot, Entity offering, String ownOrganisation, PartCache parts) {
    Catalogue catalogue = snapshot.catalogue();
    Entity supplier = catalogue.find(Kind.SUPPLIER, offering.json().path("supplier").asText()).orElseThrow();
    List<Entity> models = new ArrayList<>();
    offering.json().path("models").forEach(id -> models.add(catalogue.find(Kind.MODEL, id.asText()).orElseThrow()));
    boolean selfOperated = "self-hosted".equals(offering.json().path("delivery").asText())
        && supplier.id().equals(ownOrganisation);
    return new Option(offering, supplier, List.copyOf(models), snapshot, selfOperated, parts);
  }

  public String delivery() {
    return offering.json().path("delivery").asText();
  }

  public Fact offering(String pointer) {
    return Fact.of(offering, pointer);
  }

  public Fact supplier(String pointer) {
    return Fact.of(supplier, pointer);
  }

  public DerivedFacts derived() {
    return snapshot.derived();
  }

  public Derivation derived(Entity entity, String name) {
    return snapshot.derived().of(entity, name);
  }

  /** The operator and its parents within the catalogue, nearest first; foreign laws follow control up this chain. */
  private static List<Entity> supplierChain(Catalogue catalogue, Entity supplier) {
    List<Entity> chain = new ArrayList<>();
    Entity current = supplier;
    while (current != null && !chain.contains(current)) {
      chain.add(current);
      String parent = Fact.of(current, "/parent").text();
      current = parent == null ? null : catalogue.find(Kind.SUPPLIER, parent).orElse(null);
    }
    return chain;
  }

  /** The facts the derived extraterritorial exposure rests on: each chain member's own laws and parent. */
  public static List<Fact> exposureFacts(Catalogue catalogue, Entity supplier) {
    List<Fact> facts = new ArrayList<>();
    for (Entity member : supplierChain(catalogue, supplier)) {
      facts.add(Fact.of(member, "/extraterritorialLaws"));
      facts.add(Fact.of(member, "/parent"));
    }
    return facts;
  }
}
