package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks on one entity document on its own: its kind's JSON Schema, and an id equal to its file
 * name. Loading and editing both use these (an edit's file name is the id in its address), so a
 * file the app writes is one the loader accepts.
 */
final class DocumentRules {

  private final SchemaValidator schemas;

  DocumentRules(SchemaValidator schemas) {
    this.schemas = schemas;
  }

  /**
   * Problems of {@code document} as the entity {@code expectedId} of {@code kind}, reported against
   * {@code file}; and the entity, when the document is an object with a textual id, for the checks
   * that span the whole catalogue.
   */
  Checked check(Kind kind, String file, String expectedId, JsonNode document) {
    List<Problem> problems = new ArrayList<>(schemas.validate(kind, file, document));
    if (!(document instanceof ObjectNode object) || !document.path("id").isTextual()) {
      return new Checked(problems, Optional.empty());
    }
    String id = document.get("id").textValue();
    DocumentFiles.checkIdIsFileName(id, expectedId, file, problems);
    return new Checked(problems, Optional.of(new Entity(kind, id, object)));
  }

  record Checked(List<Problem> problems, Optional<Entity> entity) {}
}
