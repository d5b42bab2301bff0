package org.keuzevrij.catalogue.derived;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.Reason;

/** Everything the tool derives from a catalogue, computed once when it is loaded. */
public final class DerivedFacts {

  public static final String OSAI_SCORE = "osaiScore";
  public static final String MOF_CLASS = "mofClass";
  public static final String OSAID = "osaid";
  public static final String OPEN_WEIGHTS = "openWeights";
  public static final String HOSTS = "independentHosts";
  public static final String EEA_ONLY = "eeaOnly";
  public static final String EXPOSURE = "extraterritorialExposure";

  private final Map<Kind, Map<String, Map<String, Derivation>>> facts = new EnumMap<>(Kind.class);

  public DerivedFacts(Catalogue catalogue) {
    for (Kind kind : Kind.values()) {
      facts.put(kind, new HashMap<>());
    }
    for (Entity supplier : catalogue.all(Kind.SUPPLIER)) {
      put(supplier, EXPOSURE, ExtraterritorialExposure.of(supplier, catalogue));
    }
    Hosts hosts = new Hosts(catalogue);
    for (Entity model : catalogue.all(Kind.MODEL)) {
      put(model, OSAI_SCORE, OpennessAssessor.osaiScore(model));
      put(model, MOF_CLASS, OpennessAssessor.mofClass(model));
      put(model, OSAID, OpennessAssessor.osaid(model));
      put(model, OPEN_WEIGHTS, OpennessAssessor.openWeights(model));
      put(model, HOSTS, hosts.of(model));
    }
    for (Entity offering : catalogue.all(Kind.OFFERING)) {
      put(offering, EEA_ONLY, EeaLocality.of(offering));
      put(offering, OPEN_WEIGHTS, offeringOpenWeights(offering, catalogue));
      String supplier = offering.json().path("supplier").asText();
      put(offering, EXPOSURE, get(Kind.SUPPLIER, supplier).get(EXPOSURE));
    }
    // Read-only from here on, wrapped once rather than for every reader: scoring asks for them per
    // offering.
    facts
        .values()
        .forEach(byId -> byId.replaceAll((id, byName) -> Collections.unmodifiableMap(byName)));
  }

  /**
   * Derived facts of one entity by name, in the order they were computed; empty for kinds with
   * none.
   */
  public Map<String, Derivation> get(Kind kind, String id) {
    return facts.get(kind).getOrDefault(id, Map.of());
  }

  /** One derived fact of an entity, or null if it has none by that name. */
  public Derivation of(Entity entity, String name) {
    return of(entity).get(name);
  }

  /**
   * Every derived fact of an entity by name, for a reader that asks for several; empty if it has
   * none.
   */
  public Map<String, Derivation> of(Entity entity) {
    return get(entity.kind(), entity.id());
  }

  public String value(Kind kind, String id, String name) {
    Derivation derivation = get(kind, id).get(name);
    return derivation == null ? null : String.valueOf(derivation.value());
  }

  public ObjectNode toJson(Kind kind, String id) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    get(kind, id)
        .forEach(
            (name, derivation) -> {
              ObjectNode node = json.putObject(name);
              node.putPOJO("value", derivation.value());
              ArrayNode reasons = node.putArray("reasons");
              for (Reason reason : derivation.reasons()) {
                ObjectNode line = reasons.addObject().put("nl", reason.nl()).put("en", reason.en());
                if (reason.source() != null) {
                  line.put("source", reason.source());
                }
              }
            });
    return json;
  }

  private void put(Entity entity, String name, Derivation derivation) {
    facts
        .get(entity.kind())
        .computeIfAbsent(entity.id(), id -> new LinkedHashMap<>())
        .put(name, derivation);
  }

  /**
   * An offering is open-weight when every model in it is: only then can the city take all of it
   * elsewhere.
   */
  private Derivation offeringOpenWeights(Entity offering, Catalogue catalogue) {
    List<Reason> reasons = new ArrayList<>();
    boolean unknown = false;
    boolean closed = false;
    for (var modelId : offering.json().path("models")) {
      Entity model = catalogue.find(Kind.MODEL, modelId.asText()).orElseThrow();
      Derivation weights = get(Kind.MODEL, model.id()).get(OPEN_WEIGHTS);
      closed |= Derivation.NO.equals(weights.value());
      unknown |= Derivation.UNKNOWN.equals(weights.value());
      Reason reason = weights.reasons().get(0);
      reasons.add(
          new Reason(
              model.name() + ": " + reason.nl(),
              model.name() + ": " + reason.en(),
              reason.source()));
    }
    String value = closed ? Derivation.NO : unknown ? Derivation.UNKNOWN : Derivation.YES;
    return new Derivation(value, reasons);
  }
}
