package org.keuzevrij.editing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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

  /** The box that takes a line out of a table. */
  public static final String REMOVE = "remove";

  /** Ids typed beside the checkboxes of a table's list of references, for ids not offered. */
  public static final String TYPED = "typed";

  private static final List<String> SOURCE_PARTS = List.of(SOURCE, CHECKED, NOTE);
  private static final List<String> FACT_PARTS = List.of(SOURCE, CHECKED, REVIEW_BY, NOTE);
  private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;\\s]+");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private FormCodec() {}

  public static Read read(List<FieldSpec> fields, FormValues form) {
    List<Unreadable> unreadable = new ArrayList<>();
    return new Read(read(fields, form, unreadable), unreadable);
  }

  private static ObjectNode read(
      List<FieldSpec> fields, FormValues form, List<Unreadable> unreadable) {
    ObjectNode document = JSON.objectNode();
    for (FieldSpec field : fields) {
      JsonNode value =
          switch (field.shape()) {
            case PLAIN -> plain(field, form, unreadable);
            case LOCALIZED -> parts(field, form, List.of("nl", "en"));
            case SOURCE -> parts(field, form, SOURCE_PARTS);
            case FACT -> fact(field, form, unreadable);
            case TABLE -> table(field, form, unreadable);
          };
      if (value != null) {
        place(document, field.pointer(), value);
      }
    }
    return document;
  }

  /**
   * The lines of a table the form has inputs for, by the number in their input names ({@code
   * /prices/3/unit}), in order; the numbers need not follow on.
   */
  public static List<Integer> lines(FieldSpec table, FormValues form) {
    return List.copyOf(contents(table, form).keySet());
  }

  /**
   * The lines of a table with anything filled in, removed ones included; the empty lines a form
   * offers for adding are left out.
   */
  public static List<Integer> filled(FieldSpec table, FormValues form) {
    List<Integer> filled = new ArrayList<>();
    contents(table, form)
        .forEach(
            (line, any) -> {
              if (any || form.checked(line(table, line) + "/" + REMOVE)) {
                filled.add(line);
              }
            });
    return filled;
  }

  /**
   * The lines of a table that become list items, in order: filled in and not removed. Item {@code
   * i} of the list comes from line {@code kept.get(i)} of the form.
   */
  public static List<Integer> kept(FieldSpec table, FormValues form) {
    List<Integer> kept = new ArrayList<>();
    contents(table, form)
        .forEach(
            (line, any) -> {
              if (any && !form.checked(line(table, line) + "/" + REMOVE)) {
                kept.add(line);
              }
            });
    return kept;
  }

  /**
   * Each line of a table the form has inputs for, with whether any input of it other than its
   * remove box holds something; one pass over the form, however many lines it sends.
   */
  private static Map<Integer, Boolean> contents(FieldSpec table, FormValues form) {
    Map<Integer, Boolean> lines = new TreeMap<>();
    String prefix = table.pointer() + "/";
    for (Map.Entry<String, List<String>> input : form.all().entrySet()) {
      String name = input.getKey();
      if (!name.startsWith(prefix)) {
        continue;
      }
      String[] rest = name.substring(prefix.length()).split("/", 2);
      if (rest[0].isEmpty()
          || rest[0].length() > 6
          || !rest[0].chars().allMatch(c -> c >= '0' && c <= '9')) {
        continue;
      }
      boolean any =
          !(rest.length > 1 && rest[1].equals(REMOVE))
              && input.getValue().stream().anyMatch(value -> !value.isBlank());
      lines.merge(Integer.parseInt(rest[0]), any, Boolean::logicalOr);
    }
    return lines;
  }

  /** The pointer of a table's line: {@code /prices/2}. */
  public static String line(FieldSpec table, int line) {
    return table.pointer() + "/" + line;
  }

  /** A table's columns as the fields of one line. */
  public static List<FieldSpec> cells(FieldSpec table, int line) {
    String prefix = line(table, line);
    return table.columns().stream().map(column -> column.under(prefix)).toList();
  }

  private static JsonNode table(FieldSpec field, FormValues form, List<Unreadable> unreadable) {
    if (field.emptyList() && form.checked(field.input(NONE))) {
      return JSON.arrayNode();
    }
    ArrayNode items = JSON.arrayNode();
    for (int line : kept(field, form)) {
      List<FieldSpec> cells = cells(field, line);
      JsonNode read = read(cells, form, unreadable).at(line(field, line));
      ObjectNode item = read.isObject() ? (ObjectNode) read : JSON.objectNode();
      for (FieldSpec cell : cells) {
        List<String> typed =
            LIST_SEPARATORS
                .splitAsStream(form.get(cell.input(TYPED)))
                .filter(id -> !id.isEmpty())
                .toList();
        if (cell.type() == ValueType.REFERENCES && !typed.isEmpty()) {
          Set<String> ids = new LinkedHashSet<>();
          item.path(cell.name()).forEach(id -> ids.add(id.asText()));
          ids.addAll(typed);
          item.set(cell.name(), strings(List.copyOf(ids)));
        }
      }
      items.add(item);
    }
    return items.isEmpty() && !field.required() ? null : items;
  }

  public static FormValues fill(List<FieldSpec> fields, JsonNode document) {
    FormValues form = new FormValues();
    fill(fields, document, form);
    return form;
  }

  private static void fill(List<FieldSpec> fields, JsonNode document, FormValues form) {
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
        case TABLE -> {
          if (field.emptyList() && node.isArray() && node.isEmpty()) {
            form.put(field.input(NONE), "true");
          }
          for (int line = 0; line < node.size(); line++) {
            fill(cells(field, line), document, form);
          }
        }
      }
    }
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
