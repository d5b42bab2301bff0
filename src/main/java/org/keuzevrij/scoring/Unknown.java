package org.keuzevrij.scoring;

import java.util.List;

/**
 * A fact that is unknown and was therefore counted as the worst case, with the question that would
 * settle it.
 *
 * @param fact {@code <folder>/<id>#<pointer>}, the same key as in {@link Evidence}
 * @param subject the supplier, model or offering the question is about
 * @param usedBy the criteria and knock-out rules that counted it as the worst case, in order
 */
public record Unknown(String fact, String subject, Question question, List<String> usedBy) {

  public Unknown {
    usedBy = List.copyOf(usedBy);
  }
}
