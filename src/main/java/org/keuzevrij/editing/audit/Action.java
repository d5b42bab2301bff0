package org.keuzevrij.editing.audit;

import java.util.Locale;

/** What a change did to an entity. */
public enum Action {
  CREATE,
  UPDATE,
  DELETE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Action fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
