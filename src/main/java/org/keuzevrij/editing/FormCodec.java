package org.keuzevrij.editing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.editing.FieldSpec.ValueType;

/**
 * Turns an edit form into an entity document and back. Filling a form from an entity and reading it
 * back unchanged gives the same document, so a form sent without changes changes nothing. Parsing
 * is lenient (a Dutch decimal comma is accepted); judging the result is left to the schema, so the
 * form and the API apply the same rules.
 */
public final class FormCodec {

  /** What the form itself could not read, before any schema check: a number that is not one. */
  public record Unreadable(String input, String messageKey) {}

  public record Read(ObjectNode document, List<Unreadable> unreadable) {}

  public static final String VALUE = "value";
  public static final String UNKNOWN = "unknown";
  public static final String SOURCE = "source";
  public static final String CHECKED = "checked";
  public static final String NOTE = "note";
  public static final String REVIEW_BY = "reviewBy";

  /** The box that says a list is empty on purpose ("none needed"). */
  public static final String NONE = "none";

  /** The kind of unknown, kept only when "unknown" is ticked. */
  public static final String REASON = "unknownReason";

  private static final List<String> SOURCE_PARTS = List.of(SOURCE, CHECKED, NOTE);
  private static final List<String> FACT_PARTS = List.of(SOURCE, CHECKED, REVIEW_BY, NOTE);
  private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;\\s]+");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private FormCodec() {}

  public static Read read(List<FieldSpec> fields, FormValues form) {
    ObjectNode document = JSON.objectNode();
    List<Unreadable> unreadable = new ArrayList<>();
    for (FieldSpec field : fields) {
      JsonNode value =
          switch (field.shape()) {
            case PLAIN -> plain(field, form, unreadable);
            case LOCALIZED -> parts(field, form, List.of("nl", "en"));
            case SOURCE -> parts(field, form, SOURCE_PARTS);
            case FACT -> fact(field, form, unreadable);
          };
      if (value != null) {
        place(document, field.pointer(), value);
      }
    }
    return new Read(document, unreadable);
  }

  public static FormValues fill(List<FieldSpec> fields, JsonNode document) {
    FormValues form = new FormValues();
    for (FieldSpec field : fields) {
      JsonNode node = document.at(field.pointer());
      if (node.isMissingNode() || node.isNull()) {
        continue;
      }
      switch (field.shape()) {
        case PLAIN -> {
          if (field.boxed() && node.isTextual() && Facts.UNKNOWN.equals(node.textValue())) {
            form.put(field.input(UNKNOWN), "true");
          } else if (field.emptyList() && node.isArray() && node.isEmpty()) {
            form.put(field.input(NONE), "true");
          } else {
            fillValue(form, field.input(null), field.type(), node);
          }
        }
        case LOCALIZED ->
            List.of("nl", "en").forEach(part -> fillText(form, field.input(part), node.path(part)));
        case SOURCE ->
            SOURCE_PARTS.forEach(part -> fillText(form, field.input(part), node.path(part)));
        case FACT -> {
          JsonNode value = node.path(VALUE);
          if (value.isTextual() && Facts.UNKNOWN.equals(value.textValue())) {
            form.put(field.input(UNKNOWN), "true");
          } else {
            fillValue(form, field.input(VALUE), field.type(), value);
          }
          fillText(form, field.input(REASON), node.path(REASON));
          FACT_PARTS.forEach(part -> fillText(form, field.input(part), node.path(part)));
        }
      }
    }
    return form;
  }

  private static JsonNode plain(FieldSpec field, FormValues form, List<Unreadable> unreadable) {
    String input = field.input(null);
    List<String> chosen = form.all(input).stream().filter(id -> !id.isBlank()).toList();
    if (field.type() == ValueType.REFERENCES) {
      return chosen.isEmpty() && !field.required() ? null : strings(chosen);
    }
    if (field.boxed() && form.checked(field.input(UNKNOWN))) {
      return JSON.textNode(Facts.UNKNOWN);
    }
    if (field.emptyList() && form.checked(field.input(NONE))) {
      return JSON.arrayNode();
    }
    if (field.type() == ValueType.CHOICES) {
      if (field.unknown() && chosen.contains(Facts.UNKNOWN)) {
        return JSON.textNode(Facts.UNKNOWN);
      }
      return chosen.isEmpty() ? null : strings(chosen);
    }
    String text = form.get(input);
    if (text.isEmpty()) {
      return null;
    }
    return switch (field.type()) {
      case BOOLEAN, NUMBER, CODES -> value(field, input, text, chosen, unreadable);
      default -> JSON.textNode(text);
    };
  }

  private static JsonNode parts(FieldSpec field, FormValues form, List<String> parts) {
    ObjectNode object = JSON.objectNode();
    for (String part : parts) {
      String text = form.get(field.input(part));
      if (!text.isEmpty()) {
        object.put(part, text);
      }
    }
    return object.isEmpty() ? null : object;
  }

  private static JsonNode fact(FieldSpec field, FormValues form, List<Unreadable> unreadable) {
    ObjectNode fact = JSON.objectNode();
    String raw = form.get(field.input(VALUE));
    boolean chosen = !form.all(field.input(VALUE)).stream().allMatch(String::isBlank);
    if (form.checked(field.input(UNKNOWN))) {
      fact.put(VALUE, Facts.UNKNOWN);
      String reason = form.get(field.input(REASON));
      if (!reason.isEmpty()) {
        fact.put(REASON, reason);
      }
    } else if (chosen) {
      fact.set(
          VALUE, value(field, field.input(VALUE), raw, form.all(field.input(VALUE)), unreadable));
    }
    for (String part : FACT_PARTS) {
      String text = form.get(field.input(part));
      if (!text.isEmpty()) {
        fact.put(part, text);
      }
    }
    boolean list = field.type() == ValueType.TEXT_LIST || field.type() == ValueType.CHOICES;
    if (list && !fact.has(VALUE) && !fact.isEmpty()) {
      // An empty list is a finding ("no foreign laws found"), not a missing value, once the fact is
      // otherwise there.
      fact.set(VALUE, JSON.arrayNode());
    }
    // An optional fact left wholly empty is not recorded; a required one is kept, so the schema
    // names what is missing.
    return fact.isEmpty() && !field.required() ? null : fact;
  }

  private static JsonNode value(
      FieldSpec field, String input, String raw, List<String> all, List<Unreadable> unreadable) {
    return switch (field.type()) {
      case BOOLEAN ->
          raw.equals("true")
              ? JSON.booleanNode(true)
              : raw.equals("false") ? JSON.booleanNode(false) : JSON.textNode(raw);
      case NUMBER ->
          number(raw)
              .orElseGet(
                  () -> {
                    unreadable.add(new Unreadable(input, "form.error.number"));
                    return JSON.textNode(raw);
                  });
      case COUNTRY -> JSON.textNode(raw.toUpperCase(Locale.ROOT));
      case LOCATIONS ->
          raw.strip().equalsIgnoreCase(Facts.NO_STORAGE)
              ? JSON.textNode(Facts.NO_STORAGE)
              : strings(
                  LIST_SEPARATORS
                      .splitAsStream(raw.toUpperCase(Locale.ROOT))
                      .filter(code -> !code.isEmpty())
                      .toList());
      case TEXT_LIST ->
          strings(raw.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
      case CODES ->
          strings(
              LIST_SEPARATORS
                  .splitAsStream(lowerCaseCodes(field) ? raw.toLowerCase(Locale.ROOT) : raw)
                  .filter(code -> !code.isEmpty())
                  .toList());
      case CHOICES -> strings(all.stream().filter(choice -> !choice.isBlank()).toList());
      default -> JSON.textNode(raw);
    };
  }

  /** Codes from a lower-case vocabulary (ISO 639-1) are read in lower case, as typed or not. */
  private static boolean lowerCaseCodes(FieldSpec field) {
    return field.options().stream().allMatch(code -> code.equals(code.toLowerCase(Locale.ROOT)));
  }

  /** Whole numbers stay whole; a Dutch decimal comma is read as a point. */
  private static Optional<JsonNode> number(String raw) {
    String text = raw.contains(".") ? raw : raw.replace(',', '.');
    try {
      BigDecimal number = new BigDecimal(text);
      if (text.contains(".") || text.toLowerCase(Locale.ROOT).contains("e")) {
        return Optional.of(JSON.numberNode(number.doubleValue()));
      }
      long whole = number.longValueExact();
      return Optional.of(
          whole == (int) whole ? JSON.numberNode((int) whole) : JSON.numberNode(whole));
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static void fillValue(FormValues form, String input, ValueType type, JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return;
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(item.asText()));
      switch (type) {
        case LOCATIONS, CODES -> form.put(input, String.join(", ", items));
        case TEXT_LIST -> form.put(input, String.join("\n", items));
        default -> items.forEach(item -> form.put(input, item));
      }
      return;
    }
    form.put(input, value.asText());
  }

  private static void fillText(FormValues form, String input, JsonNode value) {
    if (!value.isMissingNode() && !value.isNull()) {
      form.put(input, value.asText());
    }
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = JSON.arrayNode();
    values.forEach(array::add);
    return array;
  }

  /** Sets {@code value} at a pointer of one or two levels, making the group object when needed. */
  private static void place(ObjectNode document, String pointer, JsonNode value) {
    String[] segments = pointer.substring(1).split("/");
    ObjectNode parent = document;
    for (int i = 0; i < segments.length - 1; i++) {
      parent =
          parent.has(segments[i])
              ? (ObjectNode) parent.get(segments[i])
              : parent.putObject(segments[i]);
    }
    parent.set(segments[segments.length - 1], value);
  }
}
