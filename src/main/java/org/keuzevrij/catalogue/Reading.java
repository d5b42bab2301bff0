package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One fact of an entity as its document gives it, resolved once: the node at its pointer, the plain value (a sourced
 * fact's {@code value}, or the node itself for a plain field such as {@code delivery}) and what rubrics ask of it. A
 * missing fact is a missing node, and unknown.
 *
 * @param text the value when it is text, else null
 * @param bool the value when it is a boolean, else null
 * @param number the value when it is a number, else null
 * @param items the text of each item when the value is a list, such as location codes; else empty
 */
public record Reading(JsonNode node, JsonNode value, boolean unknown, String text, Boolean bool, Double number,
    List<String> items) {

  public static Reading of(JsonNode node) {
    JsonNode value = node.isObject() ? Facts.value(node) : node;
    return new Reading(node, value, value.isNull() || Facts.isUnknownValue(value),
        value.isTextual() ? value.textValue() : null, value.isBoolean() ? value.booleanValue() : null,
        value.isNumber() ? value.doubleValue() : null, items(value));
  }

  private static List<String> items(JsonNode value) {
    if (!value.isArray() || value.isEmpty()) {
      return List.of();
    }
    List<String> items = new ArrayList<>(value.size());
    value.forEach(item -> items.add(item.asText()));
    return List.copyOf(items);
  }
}
