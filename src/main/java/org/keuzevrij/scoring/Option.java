package org.keuzevrij.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;

/**
 * One option to score: an offering with its supplier and models, read from one catalogue snapshot, together with the
 * rubric parts of that supplier and those models, which every option read from the snapshot shares.
 */
public final class Option {

  private final Entity offering;
  private final Snapshot snapshot;
  private final boolean selfOperated;
  private final Map<String, Derivation> derived;
  private final PartCache parts;
  private final EntityParts supplier;
  private final List<EntityParts> modelParts;
  private final List<Entity> models;

  private Option(Entity offering, Snapshot snapshot, boolean selfOperated, PartCache parts, EntityParts supplier,
      List<EntityParts> modelParts) {
    this.offering = offering;
    this.snapshot = snapshot;
    this.selfOperated = selfOperated;
    this.derived = snapshot.derived().of(offering);
    this.parts = parts;
    this.supplier = supplier;
    this.modelParts = modelParts;
    Entity[] models = new Entity[modelParts.size()];
    for (int i = 0; i < models.length; i++) {
      models[i] = modelParts.get(i).entity();
    }
    this.models = List.of(models);
  }

  public static Option of(Snapshot snapshot, Entity offering, String ownOrganisation) {
    return of(snapshot, offering, ownOrganisation, PartCache.of(snapshot));
  }

  /** An option whose shared rubric parts come from {@code parts}, a cache for this snapshot. */
  public static Option of(Snapshot snapshot, Entity offering, String ownOrganisation, PartCache parts) {
    EntityParts supplier = parts.of(snapshot, Kind.SUPPLIER, Fact.of(offering, "/supplier").text());
    List<String> ids = Fact.of(offering, "/models").items();
    List<EntityParts> models = new ArrayList<>(ids.size());
    for (String id : ids) {
      models.add(parts.of(snapshot, Kind.MODEL, id));
    }
    boolean selfOperated = "self-hosted".equals(delivery(offering)) && supplier.entity().id().equals(ownOrganisation);
    return new Option(offering, snapshot, selfOperated, parts, supplier, List.copyOf(models));
  }

  public Entity offering() {
    return offering;
  }

  public Entity supplier() {
    return supplier.entity();
  }

  public List<Entity> models() {
    return models;
  }

  public Snapshot snapshot() {
    return snapshot;
  }

  /**
   * The city runs it on its own infrastructure (self-hosted, with the city itself as operator), so supplier-only
   * duties such as exit assistance do not apply.
   */
  public boolean selfOperated() {
    return selfOperated;
  }

  /** The rubric parts worked out so far for the supplier or a model of this option (or any entity of the snapshot). */
  EntityParts parts(Entity entity) {
    if (entity == supplier.entity()) {
      return supplier;
    }
    for (EntityParts model : modelParts) {
      if (entity == model.entity()) {
        return model;
      }
    }
    return parts.of(snapshot, entity.kind(), entity.id());
  }

  public String delivery() {
    return delivery(offering);
  }

  private static String delivery(Entity offering) {
    String delivery = Fact.of(offering, "/delivery").text();
    return delivery == null ? "" : delivery;
  }

  public Fact offering(String pointer) {
    return Fact.of(offering, pointer);
  }

  public Fact supplier(String pointer) {
    return Fact.of(supplier.entity(), pointer);
  }

  /** A derived fact of the offering, its supplier or one of its models (or any entity of the snapshot). */
  public Derivation derived(Entity entity, String name) {
    return entity == offering ? derived.get(name) : parts(entity).derived(name);
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
