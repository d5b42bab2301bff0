package org.keuzevrij.catalogue.derived;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.web.EntityTag;

/**
 * A validated catalogue together with what follows from it; replaced as a whole, never changed in
 * place.
 */
public record Snapshot(Catalogue catalogue, DerivedFacts derived) {

  public static Snapshot of(Catalogue catalogue) {
    return new Snapshot(catalogue, new DerivedFacts(catalogue));
  }

  /**
   * An entity as the API shows it: its recorded facts with the derived ones under {@code derived}.
   */
  public ObjectNode representation(Entity entity) {
    ObjectNode json = entity.json().deepCopy();
    json.set("derived", derived.toJson(entity.kind(), entity.id()));
    return json;
  }

  /**
   * The entity's strong entity tag: a hash of its representation, so it changes when its own facts
   * change and when a fact derived from other entities does. Writes compare against it to detect
   * concurrent edits.
   */
  public Optional<String> etag(Kind kind, String id) {
    return catalogue
        .find(kind, id)
        .map(entity -> EntityTag.of(CanonicalJson.compact(representation(entity))));
  }
}
