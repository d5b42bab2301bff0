package org.keuzevrij.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages every page, clause, checklist and workbook exists in: Dutch first, because the city
 * works in Dutch, and English.
 */
public enum Language {
  NL("nl", Locale.forLanguageTag("nl-NL")),
  EN("en", Locale.forLanguageTag("en-GB"));

  public static final Language DEFAULT = NL;

  private final String code;
  private final Locale locale;

  Language(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /** The BCP 47 code used in {@code lang} attributes, the {@code lang} parameter and the cookie. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return locale;
  }

  public Language other() {
    return this == NL ? EN : NL;
  }

  public static Optional<Language> fromCode(String code) {
    return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
  }

  /**
   * The name of the language with ISO 639-1 code {@code isoCode}, written in this language
   * ("Nederlands" or "Dutch" for {@code nl}); the code itself when Java knows no name for it.
   */
  public String nameOf(String isoCode) {
    String name = Locale.forLanguageTag(isoCode).getDisplayLanguage(locale);
    return name.isEmpty() || name.equals(isoCode) ? isoCode : name;
  }

  /** The Dutch or the English of a pair, so callers never branch on the language themselves. */
  public String pick(String nl, String en) {
    return this == NL ? nl : en;
  }

  /**
   * Text from a catalogue {@code {"nl": ..., "en": ...}} object, falling back to the other
   * language.
   */
  public String pick(JsonNode localized) {
    String text = localized.path(code).asText("");
    return text.isEmpty() ? localized.path(other().code).asText("") : text;
  }
}
