package org.keuzevrij.scoring;

import java.util.List;

/**
 * A fact that is unknown and was therefore counted as the worst case, with the question that would
 * settle it.
 *
 * @param fact {@code <folder>/<id>#<pointer>}, the same key as in {@link Evidence}
 * @param subject the supplier, model or offering the question is about
 * @param usedBy the criteria and knock-out rules that counted it as the worst case, in order
 * @param reason {@code not-disclosed} (the supplier's public pages say nothing: a finding), {@code
 *     not-researched} (a gap in the catalogue) or null when the catalogue does not say
 */
public record Unknown(
    String fact, String subject, Question question, List<String> usedBy, String reason) {

  public Unknown {
    usedBy = List.copyOf(usedBy);
  }

  public Unknown(String fact, String subject, Question question, List<String> usedBy) {
    this(fact, subject, question, usedBy, null);
  }

  public boolean notDisclosed() {
    return "not-disclosed".equals(reason);
  }

  /** How the kind of unknown reads in Dutch, or null when the catalogue does not say. */
  public String reasonNl() {
    return reason == null ? null : Unknowns.nl(reason);
  }

  public String reasonEn() {
    return reason == null ? null : Unknowns.en(reason);
  }
}
