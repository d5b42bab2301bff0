package org.keuzevrij.scoring;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Facts;

/**
 * One sourced fact of one entity, addressed by JSON pointer, so a rationale line, its evidence and a supplier question
 * all name the same thing. A missing optional fact reads as unknown.
 */
public final class Fact {

  /** Criteria read the same few dozen pointers over and over; parsing each once keeps scoring cheap. */
  private static final Map<String, JsonPointer> POINTERS = new ConcurrentHashMap<>();

  private final Entity entity;
  private final String pointer;
  private final JsonNode node;
  private final JsonNode value;
  private String ref;

  private Fact(Entity entity, String pointer, JsonNode node) {
    this.entity = entity;
    this.pointer = pointer;
    this.node = node;
    // Plain fields without a source (such as delivery) are their own value.
    this.value = node.isObject() ? Facts.value(node) : node;
  }

  public static Fact of(Entity entity, String pointer) {
    return new Fact(entity, pointer, entity.json().at(POINTERS.computeIfAbsent(pointer, JsonPointer::compile)));
  }

  public Entity entity() {
    return entity;
  }

  public String pointer() {
    return pointer;
  }

  public JsonNode node() {
    return node;
  }

  /** {@code <folder>/<id>#<pointer>}: stable across runs, used to merge the same unknown found by two criteria. */
  public String ref() {
    if (ref == null) {
      ref = entity.kind().folder() + "/" + entity.id() + "#" + pointer;
    }
    return ref;
  }

  /** The last pointer segment, e.g. {@code priceChangeNotice}. */
  public String field() {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  public String subject() {
    return entity.name();
  }

  public boolean unknown() {
    return value.isMissingNode() || value.isNull() || value.isTextual() && Facts.UNKNOWN.equals(value.textValue());
  }

  public JsonNode value() {
    return value;
  }

  public String source() {
    return Facts.source(node);
  }

  public String checked() {
    return node.path("checked").asText(null);
  }

  public String text() {
    return value.isTextual() ? value.textValue() : null;
  }

  public Boolean bool() {
    return value.isBoolean() ? value.booleanValue() : null;
  }

  public Double number() {
    return value.isNumber() ? value.doubleValue() : null;
  }

  public Evidence evidence() {
    return new Evidence(ref(), value.isMissingNode() ? null : value, source(), checked());
  }
}
