package org.keuzevrij.editing;

import java.util.List;
import org.keuzevrij.catalogue.Kind;

/**
 * One field of an edit form, read from the kind's JSON Schema.
 *
 * @param pointer JSON pointer of the field in the entity, e.g. {@code /licence/osiApproved}; form
 *     inputs are named after it ({@code /licence/osiApproved/value}, {@code …/source}, …)
 * @param label message key of the field's label
 * @param shape how the field is stored: a plain value, a sourced fact, a source on its own, or
 *     Dutch and English text
 * @param type the kind of value, which decides the input and how its text becomes JSON
 * @param options allowed values for choices, in schema order
 * @param vocabulary message-key part for the options' labels: {@code value.<vocabulary>.<option>}
 * @param reference the kind of entity a reference names
 * @param required whether the schema requires the field
 * @param unknown whether a plain field may hold "unknown" instead of a value (a sourced fact always
 *     may): an option of a choice, or a box beside a number or a list of codes
 * @param emptyList whether an empty list is a statement of its own ("none needed"), distinct from
 *     leaving the field out: a box beside a list of codes
 * @param columns for a list of objects (a table), one field per property of a line, each with the
 *     pointer of that property within a line ({@code /currency}); empty for any other field
 */
public record FieldSpec(
    String pointer,
    String label,
    Shape shape,
    ValueType type,
    List<String> options,
    String vocabulary,
    Kind reference,
    boolean required,
    boolean unknown,
    boolean emptyList,
    List<FieldSpec> columns) {

  public FieldSpec {
    options = List.copyOf(options);
    columns = List.copyOf(columns);
  }

  /** A field that is not a table. */
  public FieldSpec(
      String pointer,
      String label,
      Shape shape,
      ValueType type,
      List<String> options,
      String vocabulary,
      Kind reference,
      boolean required,
      boolean unknown,
      boolean emptyList) {
    this(
        pointer,
        label,
        shape,
        type,
        options,
        vocabulary,
        reference,
        required,
        unknown,
        emptyList,
        List.of());
  }

  /**
   * This field placed under {@code prefix}: a column of a table as the field of one line, {@code
   * /currency} as {@code /prices/2/currency}.
   */
  public FieldSpec under(String prefix) {
    return new FieldSpec(
        prefix + pointer,
        label,
        shape,
        type,
        options,
        vocabulary,
        reference,
        required,
        unknown,
        emptyList,
        columns);
  }

  /** The name of the property a field stands for: the last segment of its pointer. */
  public String name() {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  /** How a field is stored in the entity. */
  public enum Shape {
    /** A plain value: {@code "name": "…"}. */
    PLAIN,
    /** A sourced fact: {@code {"value": …, "source": …, "checked": …, "note": …}}. */
    FACT,
    /** Only where something was taken from: {@code {"source": …, "checked": …, "note": …}}. */
    SOURCE,
    /** Text in both languages: {@code {"nl": …, "en": …}}. */
    LOCALIZED,
    /**
     * A list of objects of one shape, such as an offering's price lines: a table with a line per
     * object and a column per property.
     */
    TABLE
  }

  /** What kind of value a field holds. */
  public enum ValueType {
    ID,
    TEXT,
    LONG_TEXT,
    URL,
    NUMBER,
    COUNTRY,
    LOCATIONS,
    TEXT_LIST,
    /** A list from a vocabulary too long for checkboxes, typed as codes: ISO 639-1 languages. */
    CODES,
    DATE,
    PARTIAL_DATE,
    BOOLEAN,
    CHOICE,
    CHOICES,
    REFERENCE,
    REFERENCES,
    /** The lines of a table; its columns have types of their own. */
    ROWS
  }

  /**
   * The name of the form input for one part of the field: {@code value}, {@code source}, {@code
   * nl}, …; or the whole.
   */
  public String input(String part) {
    return part == null ? pointer : pointer + "/" + part;
  }

  /**
   * Whether a plain field has boxes of its own beside its input ("unknown", "none"), as a typed
   * value has; a choice offers "unknown" among its options instead.
   */
  public boolean boxed() {
    return shape == Shape.PLAIN
        && (type == ValueType.NUMBER || type == ValueType.CODES)
        && (unknown || emptyList);
  }
}
