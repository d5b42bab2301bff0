package org.keuzevrij.comparison.workbook;

/** The two languages every export exists in; Dutch first. */
public enum Language {
  NL("nl"), EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public String pick(String nl, String en) {
    return this == NL ? nl : en;
  }

  /** The language for a code, or null when it is neither nl nor en. */
  public static Language parse(String code) {
    for (Language language : values()) {
      if (language.code.equals(code)) {
        return language;
      }
    }
    return null;
  }
}
