package org.keuzevrij.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.FactIndex;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Reading;

/**
 * One sourced fact of one entity, addressed by JSON pointer, so a rationale line, its evidence and a supplier question
 * all name the same thing. A missing optional fact reads as unknown.
 */
public final class Fact {

  private final Entity entity;
  private final String pointer;
  private final Reading reading;
  private String ref;

  private Fact(Entity entity, String pointer, Reading reading) {
    this.entity = entity;
    this.pointer = pointer;
    this.reading = reading;
  }

  /** The fact as the entity's index resolved it when the entity was read; from the document if it has no entry. */
  public static Fact of(Entity entity, String pointer) {
    Reading reading = entity.facts().get(pointer);
    return new Fact(entity, pointer, reading != null ? reading : FactIndex.unindexed(entity, pointer));
  }

  public Entity entity() {
    return entity;
  }

  public String pointer() {
    return pointer;
  }

  public JsonNode node() {
    return reading.node();
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
    return reading.unknown();
  }

  public JsonNode value() {
    return reading.value();
  }

  /** The fact as its entity's index resolved it, for checks that read it whole (such as the EU/EEA one). */
  public Reading reading() {
    return reading;
  }

  public String source() {
    return Facts.source(reading.node());
  }

  public String checked() {
    return reading.node().path("checked").asText(null);
  }

  public String text() {
    return reading.text();
  }

  public Boolean bool() {
    return reading.bool();
  }

  public Double number() {
    return reading.number();
  }

  /** The text of each item when the value is a list; else empty. */
  public List<String> items() {
    return reading.items();
  }

  public Evidence evidence() {
    JsonNode value = reading.value();
    return new Evidence(ref(), value.isMissingNode() ? null : value, source(), checked());
  }
}
