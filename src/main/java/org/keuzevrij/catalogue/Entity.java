package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;

/**
 * One catalogue entity as read from its file. The JSON tree is shared and must not be modified: callers that need a
 * changed version make a deep copy.
 *
 * @param facts the document's facts by JSON pointer ({@link FactIndex}); it follows from the document, so it takes
 *     no part in equality
 */
public record Entity(Kind kind, String id, ObjectNode json, Map<String, Reading> facts) {

  public Entity(Kind kind, String id, ObjectNode json) {
    this(kind, id, json, FactIndex.of(json));
  }

  public String name() {
    JsonNode name = json.path("name");
    return name.isObject() ? name.path("nl").asText(id) : name.asText(id);
  }

  /** The plain value of a sourced fact at {@code field}, or a missing node. */
  public JsonNode value(String field) {
    return Facts.value(json.path(field));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Entity entity && kind == entity.kind && id.equals(entity.id) && json.equals(entity.json);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id, json);
  }

  @Override
  public String toString() {
    return "Entity[kind=" + kind + ", id=" + id + ", json=" + json + "]";
  }
}
