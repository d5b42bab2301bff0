package org.keuzevrij.editing;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of a form's inputs by input name, as posted or as filled in from an entity; an input
 * may repeat.
 */
public final class FormValues {

  private final Map<String, List<String>> values = new LinkedHashMap<>();

  public static FormValues of(MultiMap form) {
    FormValues values = new FormValues();
    for (String name : form.names()) {
      values.values.put(name, new ArrayList<>(form.getAll(name)));
    }
    return values;
  }

  /**
   * The first value, without surrounding white space and with browser line ends (CRLF) made plain;
   * "" when none.
   */
  public String get(String name) {
    List<String> list = values.get(name);
    return list == null || list.isEmpty() ? "" : list.get(0).replace("\r\n", "\n").strip();
  }

  public List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  /** Every input with its values, in the order they were added. */
  public Map<String, List<String>> all() {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
    return copy;
  }

  public boolean checked(String name) {
    return "true".equals(get(name));
  }

  void replace(String name, String value) {
    values.put(name, new ArrayList<>(List.of(value)));
  }

  void put(String name, String value) {
    values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
  }
}
