package org.keuzevrij.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keuzevrij.browse.ValueFormatter;
import org.keuzevrij.editing.FieldSpec.Shape;
import org.keuzevrij.web.InvalidInput.Violation;

/**
 * Validation problems placed next to the form fields they concern, in the reader's language. They
 * are the violations the write API answers with, JSON pointers into the entity; each is matched to
 * the input whose name is the longest prefix of its pointer, and worded from the field's type and
 * whether the input was left empty, so the same rules the API applies read naturally in Dutch and
 * English.
 */
public final class FormErrors {

  /** A line of the error summary at the top of the form, linking to the field. */
  public record Summary(String href, String text) {}

  private final Map<String, String> byInput = new LinkedHashMap<>();
  private final Map<String, String> byField = new LinkedHashMap<>();
  private final List<Summary> summary = new ArrayList<>();

  /** Per table, the form's lines that became list items, and each shown line's place: read once. */
  private final Map<String, List<Integer>> keptLines = new HashMap<>();

  private final Map<String, Map<Integer, Integer>> shownLines = new HashMap<>();

  public static FormErrors none() {
    return new FormErrors();
  }

  public static FormErrors of(
      List<FieldSpec> fields,
      List<Violation> violations,
      List<FormCodec.Unreadable> unreadable,
      FormValues values,
      ValueFormatter format) {
    FormErrors errors = new FormErrors();
    for (FormCodec.Unreadable item : unreadable) {
      Optional<Cell> cell = errors.cellAt(fields, item.input(), values);
      if (cell.isPresent()) {
        errors.atInput(cell.get().label(format), item.input(), format.text(item.messageKey()));
        continue;
      }
      fieldOf(fields, item.input())
          .ifPresent(
              field -> errors.atInput(field, item.input(), format.text(item.messageKey()), format));
    }
    for (Violation violation : violations) {
      errors.add(fields, violation, values, format);
    }
    return errors;
  }

  /**
   * One message at one input, for refusals that come from the save rather than the checks (an id
   * already taken).
   */
  public static FormErrors at(
      FieldSpec field, String input, String message, ValueFormatter format) {
    FormErrors errors = new FormErrors();
    errors.atInput(field, input, message, format);
    return errors;
  }

  public boolean any() {
    return !summary.isEmpty();
  }

  public String forInput(String input) {
    return byInput.get(input);
  }

  public String forField(String pointer) {
    return byField.get(pointer);
  }

  public List<Summary> summary() {
    return List.copyOf(summary);
  }

  private void add(
      List<FieldSpec> fields, Violation violation, FormValues values, ValueFormatter format) {
    String pointer = inForm(fields, violation.pointer(), values);
    Optional<Cell> cell = cellAt(fields, pointer, values);
    Optional<String> inCell =
        cell.flatMap(
            c ->
                EditForm.cellInputs(c.cell()).stream()
                    .filter(i -> pointer.equals(i) || pointer.startsWith(i + "/"))
                    .max(Comparator.comparingInt(String::length)));
    if (inCell.isPresent()) {
      FieldSpec field = cell.get().cell();
      String input = inCell.get();
      boolean empty = values.all(input).stream().allMatch(String::isBlank);
      String part =
          input.equals(field.pointer())
              ? (CELL_PARTS.contains(field.name()) ? field.name() : "")
              : input.substring(field.pointer().length() + 1);
      atInput(
          cell.get().label(format), input, format.text(messageKey(field, part, empty, violation)));
      return;
    }
    Optional<String> input = inputFor(fields, pointer);
    if (input.isPresent()) {
      FieldSpec field = fieldOf(fields, input.get()).orElseThrow();
      boolean empty = values.all(input.get()).stream().allMatch(String::isBlank);
      atInput(
          field,
          input.get(),
          format.text(messageKey(field, part(field, input.get()), empty, violation)),
          format);
      return;
    }
    Optional<FieldSpec> field =
        fields.stream()
            .filter(f -> pointer.equals(f.pointer()) || pointer.startsWith(f.pointer() + "/"))
            .findFirst();
    if (field.isPresent()) {
      String message =
          format.text(
              pointer.equals(field.get().pointer()) ? "form.error.required" : "form.error.invalid");
      if (byField.putIfAbsent(field.get().pointer(), message) == null) {
        summary.add(
            new Summary(
                "#" + anchor(field.get()), format.text(field.get().label()) + ": " + message));
      }
      return;
    }
    // Not a field of the form (an unexpected property, say): shown as the checks word it, with its
    // pointer.
    summary.add(new Summary(null, (pointer.isEmpty() ? "/" : pointer) + ": " + violation.detail()));
  }

  private void atInput(FieldSpec field, String input, String message, ValueFormatter format) {
    atInput(label(field, input, format), input, message);
  }

  private void atInput(String label, String input, String message) {
    if (byInput.putIfAbsent(input, message) == null) {
      summary.add(new Summary("#" + EditForm.id(input), label + ": " + message));
    }
  }

  /**
   * A cell of a table: the column's field in one line of the form, and the line's place among the
   * lines the form shows (1 for the first).
   */
  private record Cell(FieldSpec table, FieldSpec cell, int position) {

    String label(ValueFormatter format) {
      return format.text(table.label())
          + ", "
          + format.text("edit.table.line", position)
          + ": "
          + format.text(cell.label());
    }
  }

  /** Columns worded as the parts of a fact are: a missing source asks for one. */
  private static final List<String> CELL_PARTS =
      List.of(FormCodec.SOURCE, FormCodec.CHECKED, FormCodec.NOTE);

  /**
   * A pointer into the checked entity as a pointer into the form: item {@code i} of a table's list
   * is the {@code i}-th line the form keeps, whose inputs carry a number of their own.
   */
  private String inForm(List<FieldSpec> fields, String pointer, FormValues values) {
    for (FieldSpec table : fields) {
      if (table.shape() != Shape.TABLE || !pointer.startsWith(table.pointer() + "/")) {
        continue;
      }
      String rest = pointer.substring(table.pointer().length() + 1);
      String[] segments = rest.split("/", 2);
      List<Integer> kept =
          keptLines.computeIfAbsent(table.pointer(), t -> FormCodec.kept(table, values));
      if (segments[0].matches("\\d{1,6}") && Integer.parseInt(segments[0]) < kept.size()) {
        return FormCodec.line(table, kept.get(Integer.parseInt(segments[0])))
            + (segments.length > 1 ? "/" + segments[1] : "");
      }
    }
    return pointer;
  }

  /** The cell of a table a pointer into the form falls in. */
  private Optional<Cell> cellAt(List<FieldSpec> fields, String pointer, FormValues values) {
    for (FieldSpec table : fields) {
      if (table.shape() != Shape.TABLE || !pointer.startsWith(table.pointer() + "/")) {
        continue;
      }
      String[] segments = pointer.substring(table.pointer().length() + 1).split("/");
      if (segments.length < 2 || !segments[0].matches("\\d{1,6}")) {
        continue;
      }
      int line = Integer.parseInt(segments[0]);
      Map<Integer, Integer> positions =
          shownLines.computeIfAbsent(
              table.pointer(),
              t -> {
                Map<Integer, Integer> numbered = new HashMap<>();
                for (int shown : FormCodec.filled(table, values)) {
                  numbered.put(shown, numbered.size() + 1);
                }
                return numbered;
              });
      int position = positions.getOrDefault(line, 0);
      for (FieldSpec column : table.columns()) {
        if (column.name().equals(segments[1])) {
          return Optional.of(new Cell(table, column.under(FormCodec.line(table, line)), position));
        }
      }
    }
    return Optional.empty();
  }

  private static String label(FieldSpec field, String input, ValueFormatter format) {
    String part = part(field, input);
    String label = format.text(field.label());
    return part.isEmpty() || part.equals(FormCodec.VALUE)
        ? label
        : label + " (" + format.text("edit.part." + part) + ")";
  }

  static String messageKey(FieldSpec field, String part, boolean empty, Violation violation) {
    if (violation.detail().startsWith("parent chain loops")) {
      return "form.error.parentCycle";
    }
    if (violation.detail().startsWith("unknown ") && violation.detail().contains("there is no")) {
      return "form.error.reference";
    }
    if (violation.detail().contains("is not one of this offering's models")) {
      return "form.error.offeringModel";
    }
    return switch (part) {
      case FormCodec.SOURCE -> empty ? "form.error.sourceRequired" : "form.error.url";
      case FormCodec.CHECKED -> empty ? "form.error.checkedRequired" : "form.error.date";
      case FormCodec.NOTE, "nl", "en" -> empty ? "form.error.required" : "form.error.text";
      default ->
          empty
              ? (field.shape() == Shape.FACT ? "form.error.valueRequired" : "form.error.required")
              : "form.error." + typeKey(field);
    };
  }

  private static String typeKey(FieldSpec field) {
    return switch (field.type()) {
      case ID -> "id";
      case URL -> "url";
      case NUMBER -> "number";
      case COUNTRY -> "country";
      case LOCATIONS -> "locations";
      case TEXT_LIST -> "textList";
      case CODES -> "codes." + field.vocabulary();
      case DATE -> "date";
      case PARTIAL_DATE -> "partialDate";
      case TEXT, LONG_TEXT -> "text";
      default -> "choice";
    };
  }

  /**
   * The input a pointer falls in: the input name that is the longest prefix of it, whole segments
   * only.
   */
  private static Optional<String> inputFor(List<FieldSpec> fields, String pointer) {
    String best = null;
    for (FieldSpec field : fields) {
      for (String input : EditForm.inputs(field)) {
        if ((pointer.equals(input) || pointer.startsWith(input + "/"))
            && (best == null || input.length() > best.length())) {
          best = input;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<FieldSpec> fieldOf(List<FieldSpec> fields, String input) {
    return fields.stream().filter(f -> EditForm.inputs(f).contains(input)).findFirst();
  }

  private static String part(FieldSpec field, String input) {
    return input.length() == field.pointer().length()
        ? ""
        : input.substring(field.pointer().length() + 1);
  }

  /**
   * The id of a field's fieldset. A boxed plain field's input is named after the field itself and
   * has its id, so the fieldset around it has another.
   */
  static String anchor(FieldSpec field) {
    return EditForm.id(field.pointer()) + (field.boxed() ? "-group" : "");
  }
}
