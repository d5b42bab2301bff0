package org.keuzevrij.checklist.clauses;

import org.keuzevrij.web.Language;

/**
 * A condition's answer for one case, with the facts behind it in both languages, e.g. "processing
 * also outside the EU/EEA: anywhere, as the supplier chooses".
 */
public record Finding(Truth truth, String nl, String en) {

  public String detail(Language language) {
    return language.pick(nl, en);
  }
}
