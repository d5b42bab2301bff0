package org.keuzevrij.scoring;

import java.util.ArrayList;
import java.util.List;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;

/**
 * One option to score or to write a checklist for: an offering with its supplier and models, read
 * from one catalogue snapshot.
 *
 * @param runByCity whether the city runs it itself (see {@link #runByCity(Entity, String)})
 */
public record Option(
    Snapshot snapshot,
    Entity offering,
    Entity supplier,
    List<Entity> models,
    boolean runByCity,
    SharedParts shared) {

  public Option {
    models = List.copyOf(models);
  }

  /**
   * The option for an offering of the snapshot's catalogue, which has passed its cross-reference
   * checks, so its supplier and models exist.
   *
   * @param ownOrganisation the supplier id under which the city itself appears in the catalogue (a
   *     profile's {@code ownOrganisation}), or null
   */
  public static Option of(Snapshot snapshot, Entity offering, String ownOrganisation) {
    return of(snapshot, offering, ownOrganisation, new SharedParts());
  }

  /**
   * The same, sharing the model and supplier parts of rubrics with the other options of one
   * evaluation.
   */
  public static Option of(
      Snapshot snapshot, Entity offering, String ownOrganisation, SharedParts shared) {
    Catalogue catalogue = snapshot.catalogue();
    Entity supplier =
        catalogue.find(Kind.SUPPLIER, Fact.of(offering, "/supplier").text()).orElseThrow();
    List<Entity> models = new ArrayList<>();
    for (String id : Fact.of(offering, "/models").items()) {
      models.add(catalogue.find(Kind.MODEL, id).orElseThrow());
    }
    return new Option(
        snapshot, offering, supplier, models, runByCity(offering, ownOrganisation), shared);
  }

  /**
   * The one rule for "the city runs it itself": the offering is self-hosted and its supplier is the
   * city's own organisation. Then supplier-only duties (exit assistance, switching charges, a
   * supplier's sovereignty claims) do not apply, in scores and checklists alike. A self-hosted
   * offering from another supplier, or from another public body, still has a supplier the city
   * depends on.
   */
  public static boolean runByCity(Entity offering, String ownOrganisation) {
    return selfHosted(offering)
        && ownOrganisation != null
        && ownOrganisation.equals(Fact.of(offering, "/supplier").text());
  }

  /** Whether the city hosts the offering on its own infrastructure, whoever supplies it. */
  public boolean selfHosted() {
    return selfHosted(offering);
  }

  private static boolean selfHosted(Entity offering) {
    return "self-hosted".equals(Fact.of(offering, "/delivery").text());
  }

  public String delivery() {
    String delivery = Fact.of(offering, "/delivery").text();
    return delivery == null ? "" : delivery;
  }

  public Fact offering(String pointer) {
    return Fact.of(offering, pointer);
  }

  public Fact supplier(String pointer) {
    return Fact.of(supplier, pointer);
  }

  /** A derived fact of the offering, its supplier or one of its models. */
  public Derivation derived(Entity entity, String name) {
    return snapshot.derived().of(entity, name);
  }

  /**
   * The operator and its parents within the catalogue, nearest first; foreign laws follow control
   * up this chain.
   */
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

  /**
   * The facts the derived extraterritorial exposure rests on: each chain member's own laws and
   * parent.
   */
  public static List<Fact> exposureFacts(Catalogue catalogue, Entity supplier) {
    List<Fact> facts = new ArrayList<>();
    for (Entity member : supplierChain(catalogue, supplier)) {
      facts.add(Fact.of(member, "/extraterritorialLaws"));
      facts.add(Fact.of(member, "/parent"));
    }
    return facts;
  }
}
