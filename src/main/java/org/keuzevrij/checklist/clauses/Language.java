package org.keuzevrij.checklist.clauses;

import java.util.Arrays;
import java.util.Optional;

/** The two languages every clause, checklist and workbook exists in: Dutch first, English too. */
public enum Language {
  NL("nl"),
  EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The Dutch or the English of a pair, so callers never branch on the language themselves. */
  public String pick(String nl, String en) {
    return this == NL ? nl : en;
  }

  public static Optional<Language> fromCode(String code) {
    return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
  }
}
