package org.keuzevrij.catalogue;

import org.keuzevrij.web.Language;

/**
 * One line of an explanation, in both languages the product speaks, with the source of the fact it
 * rests on.
 */
public record Reason(String nl, String en, String source) {

  public static Reason of(String nl, String en) {
    return new Reason(nl, en, null);
  }

  public static Reason of(String nl, String en, String source) {
    return new Reason(nl, en, source);
  }

  public String in(Language language) {
    return language.pick(nl, en);
  }
}
