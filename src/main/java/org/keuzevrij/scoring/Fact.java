package org.keuzevrij.scoring;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Facts;

/**
 * One sourced fact of one entity, addressed by JSON pointer, so a rationale line, its evidence and
 * a supplier question all name the same thing. A missing optional fact reads as unknown.
 */
public final class Fact {

  /**
   * Rubrics name their facts with a few dozen constant pointers; compiling each once spares parsing
   * them again for every offering of a comparison.
   */
  private static final Map<String, JsonPointer> POINTERS = new ConcurrentHashMap<>();

  private final Entity entity;
  private final String pointer;
  private final JsonNode node;
  private final JsonNode value;
  private String ref;

  private Fact(Entity entity, String pointer) {
    this.entity = entity;
    this.pointer = pointer;
    this.node = entity.json().at(POINTERS.computeIfAbsent(pointer, JsonPointer::compile));
    // A sourced fact keeps its value under "value"; a plain field such as "delivery" is its own
    // value.
    this.value = node.isObject() ? Facts.value(node) : node;
  }

  public static Fact of(Entity entity, String pointer) {
    return new Fact(entity, pointer);
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

  /**
   * {@code <folder>/<id>#<pointer>}: stable across runs, used to merge the same unknown found by
   * two criteria.
   */
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
    return value.isNull() || Facts.isUnknownValue(value);
  }

  /**
   * {@code not-disclosed}, {@code not-researched} or null: see {@link Facts#unknownReason}. Both
   * kinds score as the worst case.
   */
  public String unknownReason() {
    return node.isObject() && unknown() ? Facts.unknownReason(node) : null;
  }

  public boolean notDisclosed() {
    return Facts.NOT_DISCLOSED.equals(unknownReason());
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

  /** The value when it is text, else null. */
  public String text() {
    return value.isTextual() ? value.textValue() : null;
  }

  /** The value when it is a boolean, else null. */
  public Boolean bool() {
    return value.isBoolean() ? value.booleanValue() : null;
  }

  /** The value when it is a number, else null. */
  public Double number() {
    return value.isNumber() ? value.doubleValue() : null;
  }

  /** The text of each item when the value is a list; else empty. */
  public List<String> items() {
    List<String> items = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(item -> items.add(item.asText()));
    }
    return items;
  }

  public Evidence evidence() {
    return new Evidence(ref(), value.isMissingNode() ? null : value, source(), checked());
  }
}
