package org.keuzevrij.catalogue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every fact of a document by JSON pointer, resolved once, when the entity is read. Ranking a large catalogue reads
 * the same few dozen facts of every offering, model and supplier; walking each document's tree of maps for every read
 * cost more than the scoring itself, as each step is a likely cache miss. An index is one small table next to its
 * readings.
 *
 * <p>It holds every field reachable through plain objects (such as {@code /licence/osiApproved} and
 * {@code /sealClaims/SOV-1}), stopping at sourced facts (objects with a {@code value}) and at lists. Pointers are
 * interned, so a rubric's literal pointer finds its entry by reference.
 */
public final class FactIndex {

  private static final Reading MISSING = Reading.of(MissingNode.getInstance());

  private static final Map<String, Map<String, String>> POINTERS = new ConcurrentHashMap<>();

  private FactIndex() {}

  public static Map<String, Reading> of(ObjectNode document) {
    Map<String, Reading> readings = new HashMap<>();
    collect("", document, readings);
    return Map.copyOf(readings);
  }

  private static void collect(String prefix, ObjectNode object, Map<String, Reading> readings) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String pointer = pointer(prefix, field.getKey());
      JsonNode node = field.getValue();
      readings.put(pointer, Reading.of(node));
      if (node instanceof ObjectNode nested && !nested.has("value")) {
        collect(pointer, nested, readings);
      }
    }
  }

  /**
   * A fact the index has no entry for. The index holds every field reachable through plain objects, so the fact is
   * missing unless the pointer leads into a sourced fact or a list, where the index stops and the document is read.
   */
  public static Reading unindexed(Entity entity, String pointer) {
    return indexStopsAbove(entity.facts(), pointer) ? Reading.of(entity.json().at(JsonPointer.compile(pointer)))
        : MISSING;
  }

  /** Whether the nearest enclosing entry of the pointer is one the index did not descend into. */
  private static boolean indexStopsAbove(Map<String, Reading> facts, String pointer) {
    for (int slash = pointer.lastIndexOf('/'); slash > 0; slash = pointer.lastIndexOf('/', slash - 1)) {
      Reading enclosing = facts.get(pointer.substring(0, slash));
      if (enclosing != null) {
        return !(enclosing.node() instanceof ObjectNode object && !object.has("value"));
      }
    }
    return false;
  }

  /**
   * The interned pointer to a field: documents of one kind share their field names, so each pointer is built and
   * interned once rather than for every entity. The cache holds one entry per field name found in a document, and
   * documents are checked against their schema.
   */
  private static String pointer(String parent, String field) {
    return POINTERS.computeIfAbsent(parent, p -> new ConcurrentHashMap<>())
        .computeIfAbsent(field, f -> (parent + "/" + escape(f)).intern());
  }

  /** JSON Pointer escaping (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  private static String escape(String name) {
    return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
  }
}
