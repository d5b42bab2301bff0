package org.keuzevrij.editing.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One value that an update changed, for people to read: a JSON pointer down to a plain value or a
 * list (a fact's value, source, checked date or note; a name; the list of models), with the value
 * before and after. A list counts as one value, so "NL" becoming "DE, FR" reads as one change
 * rather than as edits at list positions.
 *
 * @param before the old value, or null when it was added
 * @param after the new value, or null when it was removed
 */
public record FieldChange(String pointer, JsonNode before, JsonNode after) {

  /** The changes between two versions of a document, in key order. */
  public static List<FieldChange> between(JsonNode before, JsonNode after) {
    List<FieldChange> changes = new ArrayList<>();
    walk("", before, after, changes);
    return changes;
  }

  private static void walk(
      String pointer, JsonNode before, JsonNode after, List<FieldChange> changes) {
    if (before != null && after != null && before.isObject() && after.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      before.fieldNames().forEachRemaining(names::add);
      after.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        walk(pointer + "/" + escape(name), before.get(name), after.get(name), changes);
      }
    } else if (before != null && before.isObject() && after == null) {
      leaves(pointer, before, true, changes);
    } else if (after != null && after.isObject() && before == null) {
      leaves(pointer, after, false, changes);
    } else if (before == null ? after != null : !before.equals(after)) {
      changes.add(new FieldChange(pointer, before, after));
    }
  }

  /**
   * A whole object added or removed, such as a fact filled in for the first time, is listed value
   * by value.
   */
  private static void leaves(
      String pointer, JsonNode object, boolean removed, List<FieldChange> changes) {
    TreeSet<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode value = object.get(name);
      String child = pointer + "/" + escape(name);
      if (value.isObject()) {
        leaves(child, value, removed, changes);
      } else {
        changes.add(
            removed ? new FieldChange(child, value, null) : new FieldChange(child, null, value));
      }
    }
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
