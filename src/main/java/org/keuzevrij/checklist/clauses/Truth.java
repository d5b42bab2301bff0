package org.keuzevrij.checklist.clauses;

import org.keuzevrij.web.Language;

/**
 * Three-valued answer to a condition: a catalogue fact may be unknown, and unknown is not the same
 * as no.
 */
public enum Truth {
  TRUE("ja", "yes"),
  FALSE("nee", "no"),
  UNKNOWN("onbekend", "unknown");

  private final String nl;
  private final String en;

  Truth(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  public static Truth of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /**
   * True, false or unknown from a nullable Boolean, as {@link org.keuzevrij.catalogue.Facts#bool}
   * returns it.
   */
  public static Truth of(Boolean value) {
    return value == null ? UNKNOWN : of(value.booleanValue());
  }

  public Truth not() {
    return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
  }

  public String label(Language language) {
    return language.pick(nl, en);
  }
}
