package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One catalogue entity as read from its file. The JSON tree is shared and must not be modified:
 * callers that need a changed version make a deep copy.
 */
public record Entity(Kind kind, String id, ObjectNode json) {

  public String name() {
    JsonNode name = json.path("name");
    return name.isObject() ? name.path("nl").asText(id) : name.asText(id);
  }

  /** The plain value of a sourced fact at {@code field}, or a missing node. */
  public JsonNode value(String field) {
    return Facts.value(json.path(field));
  }
}
