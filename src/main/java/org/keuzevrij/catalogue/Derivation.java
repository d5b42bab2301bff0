package org.keuzevrij.catalogue;

import java.util.List;

/**
 * A fact the tool computes from catalogue facts, with the reasons that lead to it.
 *
 * @param value a string such as "yes", "no", "unknown" or "Class II", or a number
 */
public record Derivation(Object value, List<Reason> reasons) {

  public Derivation {
    reasons = List.copyOf(reasons);
  }

  public static final String YES = "yes";
  public static final String NO = "no";
  public static final String UNKNOWN = Facts.UNKNOWN;
}
