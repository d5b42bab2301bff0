package org.keuzevrij.browse;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Freshness;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.SchemaModel;
import org.keuzevrij.web.Language;
import org.keuzevrij.web.Messages;

/**
 * Writes catalogue values the way a reader expects them in one language: yes and no instead of true
 * and false, country names instead of codes, translated vocabulary, local number and date formats,
 * and "unknown" marked.
 */
public final class ValueFormatter {

  private final Messages messages;
  private final Language language;
  private final Catalogue catalogue;

  public ValueFormatter(Messages messages, Language language, Catalogue catalogue) {
    this.messages = messages;
    this.language = language;
    this.catalogue = catalogue;
  }

  public Language language() {
    return language;
  }

  public String text(String key, Object... arguments) {
    return messages.text(language, key, arguments);
  }

  public DisplayValue unknown() {
    return DisplayValue.unknown(text("value.unknown"));
  }

  /**
   * A value of {@code field}, of schema type {@code type}. Values from a fixed set are translated
   * by the keys {@code value.<field>.<value>} in the message files.
   */
  public DisplayValue value(String field, String type, JsonNode value) {
    String vocabulary = SchemaModel.vocabulary(type, field);
    if (value.isMissingNode()
        || value.isNull()
        || value.isTextual() && Facts.UNKNOWN.equals(value.textValue())) {
      return unknown();
    }
    if (value.isArray()) {
      if (value.isEmpty()) {
        return DisplayValue.of(text("value.none"));
      }
      List<String> parts = new ArrayList<>();
      value.forEach(element -> parts.add(scalar(vocabulary, type, element)));
      return freeText(type)
          ? foreign(String.join("; ", parts))
          : DisplayValue.of(String.join(", ", parts));
    }
    String text = scalar(vocabulary, type, value);
    if (type.equals("opennessFact")) {
      return DisplayValue.marked(text, value.asText());
    }
    return freeText(type) ? foreign(text) : DisplayValue.of(text);
  }

  /** A reference to other entities by id, as links to their pages. */
  public DisplayValue references(Kind kind, JsonNode ids) {
    List<DisplayValue.Link> links = new ArrayList<>();
    for (JsonNode id : ids.isArray() ? ids : List.of(ids)) {
      links.add(entityLink(kind, id.asText()));
    }
    return DisplayValue.links(links, text("value.none"));
  }

  public boolean exists(Kind kind, String id) {
    return catalogue.find(kind, id).isPresent();
  }

  public DisplayValue.Link entityLink(Kind kind, String id) {
    String name = catalogue.find(kind, id).map(Entity::name).orElse(id);
    return DisplayValue.Link.internal(name, PagePaths.entity(kind, id));
  }

  /** Derived yes/no/unknown values; other derived values are shown as they are. */
  public DisplayValue answer(Object value) {
    String text = String.valueOf(value);
    return switch (text) {
      case "yes" -> DisplayValue.marked(text("value.yes"), "yes");
      case "no" -> DisplayValue.marked(text("value.no"), "no");
      case Facts.UNKNOWN -> unknown();
      default -> DisplayValue.of(text);
    };
  }

  public String number(Number number) {
    return NumberFormat.getNumberInstance(language.locale()).format(number);
  }

  /** Dates as YYYY, YYYY-MM or YYYY-MM-DD, the forms the schema allows. */
  public String date(String iso) {
    try {
      if (iso.length() == 10) {
        return LocalDate.parse(iso)
            .format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
      }
      if (iso.length() == 7) {
        return YearMonth.parse(iso)
            .format(DateTimeFormatter.ofPattern("MMMM yyyy", language.locale()));
      }
    } catch (DateTimeParseException e) {
      return iso;
    }
    return iso;
  }

  public Optional<CheckedDate> checked(JsonNode fact) {
    String iso = fact.path("checked").asText(null);
    return iso == null ? Optional.empty() : Optional.of(new CheckedDate(iso, date(iso)));
  }

  /**
   * The date a fact of an entity of {@code kind} was checked, with the date it has been due for
   * review since when that is past.
   */
  public Optional<CheckedDate> checked(Kind kind, JsonNode fact, LocalDate today) {
    return checked(fact)
        .map(
            checked ->
                Freshness.dueSince(kind, fact, today)
                    .map(
                        due ->
                            new CheckedDate(
                                checked.iso(),
                                checked.text(),
                                new CheckedDate(due.toString(), date(due.toString()))))
                    .orElse(checked));
  }

  /**
   * Catalogue notes and free-text facts are written in English; the page says so for screen
   * readers.
   */
  public DisplayValue foreign(String text) {
    return language == Language.EN
        ? DisplayValue.of(text)
        : DisplayValue.inLanguage(text, Language.EN.code());
  }

  public String country(String code) {
    Optional<String> area = messages.find(language, "value.location." + code);
    if (area.isPresent()) {
      return area.get();
    }
    String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(language.locale());
    return name.isEmpty() || name.equals(code) ? code : name;
  }

  /** An ISO 4217 code with the currency's name: "EUR – euro"; the code alone when Java lacks it. */
  public String currency(String code) {
    try {
      return code + " – " + java.util.Currency.getInstance(code).getDisplayName(language.locale());
    } catch (IllegalArgumentException notKnown) {
      return code;
    }
  }

  private String scalar(String vocabulary, String type, JsonNode value) {
    if (value.isBoolean()) {
      return text(value.booleanValue() ? "value.yes" : "value.no");
    }
    String raw = value.asText();
    Optional<String> translated = messages.find(language, "value." + vocabulary + "." + raw);
    if (translated.isPresent()) {
      return translated.get();
    }
    if (value.isNumber()) {
      return number(value.numberValue());
    }
    if (vocabulary.equals("language")) {
      return language.nameOf(raw);
    }
    if (vocabulary.equals("currency")) {
      return currency(raw);
    }
    if (Facts.isNoStorage(value)) {
      return text("value.storage.none");
    }
    if (type.equals("countryFact") || type.equals("locationsFact") || type.equals("storageFact")) {
      return raw.matches("[A-Z]{2,6}") ? country(raw) : raw;
    }
    if (type.equals("dateFact") || type.equals("date")) {
      return date(raw);
    }
    return raw;
  }

  private static boolean freeText(String type) {
    return type.equals("textFact") || type.equals("textListFact") || type.equals("text");
  }
}
