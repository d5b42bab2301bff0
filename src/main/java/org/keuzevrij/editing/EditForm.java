package org.keuzevrij.editing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.keuzevrij.browse.ValueFormatter;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.editing.Control.Option;
import org.keuzevrij.editing.FieldSpec.Shape;
import org.keuzevrij.editing.FieldSpec.ValueType;

/**
 * Draws an edit form: for each field of the kind's schema the inputs its shape and type call for,
 * filled with the current values, with hints and validation messages tied to each input for screen
 * readers.
 */
public final class EditForm {

  /** A heading and its fields. */
  public record SectionView(String id, String heading, List<FieldView> fields) {}

  private static final List<String> FACT_PARTS =
      List.of(
          FormCodec.VALUE,
          FormCodec.UNKNOWN,
          FormCodec.REASON,
          FormCodec.SOURCE,
          FormCodec.CHECKED,
          FormCodec.NOTE);

  /** How many empty lines a table offers for adding lines. */
  static final int BLANK_LINES = 2;

  private final FormSchema schema;
  private final ValueFormatter format;
  private final Catalogue catalogue;

  public EditForm(FormSchema schema, ValueFormatter format, Catalogue catalogue) {
    this.schema = schema;
    this.format = format;
    this.catalogue = catalogue;
  }

  /**
   * The form's sections; the id is an input only when creating, since an entity's id is its file
   * name.
   */
  public List<SectionView> sections(
      Kind kind, FormValues values, FormErrors errors, boolean creating) {
    List<SectionView> sections = new ArrayList<>();
    for (FormSchema.Section section : schema.of(kind)) {
      List<FieldView> fields = new ArrayList<>();
      for (FieldSpec field : section.fields()) {
        if (field.type() == ValueType.ID && !creating) {
          continue;
        }
        fields.add(field(field, values, errors, schema.fields(kind)));
      }
      String heading =
          section.name() == null ? format.text("edit.section.main") : format.text(section.label());
      sections.add(
          new SectionView(
              "section-" + (section.name() == null ? "main" : section.name()), heading, fields));
    }
    return sections;
  }

  /** The names of a field's inputs. */
  public static List<String> inputs(FieldSpec field) {
    return switch (field.shape()) {
      case PLAIN -> {
        List<String> inputs = new ArrayList<>(List.of(field.input(null)));
        if (field.boxed() && field.unknown()) {
          inputs.add(field.input(FormCodec.UNKNOWN));
        }
        if (field.boxed() && field.emptyList()) {
          inputs.add(field.input(FormCodec.NONE));
        }
        yield List.copyOf(inputs);
      }
      case LOCALIZED -> List.of(field.input("nl"), field.input("en"));
      case SOURCE ->
          List.of(
              field.input(FormCodec.SOURCE),
              field.input(FormCodec.CHECKED),
              field.input(FormCodec.NOTE));
      case FACT -> FACT_PARTS.stream().map(field::input).toList();
      // A table's lines have inputs of their own, as many as the form has lines.
      case TABLE -> field.emptyList() ? List.of(field.input(FormCodec.NONE)) : List.of();
    };
  }

  /** The names of the inputs of one cell of a table: the column's field in one line. */
  public static List<String> cellInputs(FieldSpec cell) {
    List<String> inputs = new ArrayList<>(inputs(cell));
    if (cell.type() == ValueType.REFERENCES) {
      inputs.add(cell.input(FormCodec.TYPED));
    }
    return List.copyOf(inputs);
  }

  /**
   * An element id for an input name or pointer: {@code /licence/name/value} becomes {@code
   * f-licence-name-value}.
   */
  public static String id(String name) {
    return "f" + name.replaceAll("[^A-Za-z0-9-]", "-");
  }

  private FieldView field(
      FieldSpec field, FormValues values, FormErrors errors, List<FieldSpec> all) {
    String label = format.text(field.label());
    if (field.shape() == Shape.TABLE) {
      return new FieldView(
          FormErrors.anchor(field),
          label,
          true,
          false,
          List.of(),
          errors.forField(field.pointer()),
          table(field, values, errors, all));
    }
    if (field.boxed()) {
      return boxed(field, label, values, errors);
    }
    if (field.shape() == Shape.PLAIN) {
      return new FieldView(
          id(field.input(null)),
          label,
          false,
          false,
          List.of(value(field, field.input(null), label, values, errors)),
          null);
    }
    List<Control> controls = new ArrayList<>();
    switch (field.shape()) {
      case LOCALIZED -> {
        controls.add(
            text(
                field.input("nl"),
                format.text("edit.part.nl"),
                "textarea",
                values,
                errors,
                null,
                null));
        controls.add(
            text(
                field.input("en"),
                format.text("edit.part.en"),
                "textarea",
                values,
                errors,
                null,
                null));
      }
      case SOURCE -> controls.addAll(sourceParts(field, values, errors));
      default -> {
        controls.add(
            value(
                field,
                field.input(FormCodec.VALUE),
                format.text("edit.part.value"),
                values,
                errors));
        controls.add(box(field, FormCodec.UNKNOWN, values));
        controls.add(
            select(
                field.input(FormCodec.REASON),
                format.text("edit.part.unknownReason"),
                values,
                errors,
                reasons()));
        controls.addAll(sourceParts(field, values, errors));
        controls.add(
            text(
                field.input(FormCodec.REVIEW_BY),
                format.text("edit.part.reviewBy"),
                "date",
                values,
                errors,
                null,
                null));
      }
    }
    return new FieldView(
        id(field.pointer()),
        label,
        true,
        field.shape() == Shape.FACT,
        controls,
        errors.forField(field.pointer()));
  }

  /**
   * A list of objects as a table: the lines the form holds, in order, then {@link #BLANK_LINES}
   * empty ones to add lines without any script. A line keeps the number in its input names through
   * previews, so a problem the checks find in item {@code i} of the list is shown at the line it
   * came from.
   */
  private TableView table(
      FieldSpec field, FormValues values, FormErrors errors, List<FieldSpec> all) {
    List<Integer> filled = FormCodec.filled(field, values);
    // Empty lines take the numbers after the last filled one, so previews do not push them on.
    int next = filled.isEmpty() ? 0 : filled.get(filled.size() - 1) + 1;
    List<TableView.Line> shown = new ArrayList<>();
    int position = 0;
    for (int line : filled) {
      position++;
      shown.add(
          line(field, line, format.text("edit.table.line", position), false, values, errors, all));
    }
    for (int blank = 0; blank < BLANK_LINES; blank++) {
      shown.add(
          line(
              field,
              next + blank,
              format.text("edit.table.newLine", blank + 1),
              true,
              values,
              errors,
              all));
    }
    List<String> headers =
        field.columns().stream()
            .filter(column -> !attachedReason(field, column))
            .map(column -> format.text(column.label()))
            .toList();
    return new TableView(
        format.text("edit.table.hint"),
        headers,
        shown,
        field.emptyList() ? noneBox(field, values) : null);
  }

  private TableView.Line line(
      FieldSpec table,
      int line,
      String heading,
      boolean blank,
      FormValues values,
      FormErrors errors,
      List<FieldSpec> all) {
    List<TableView.Cell> cells = new ArrayList<>();
    for (FieldSpec column : table.columns()) {
      if (attachedReason(table, column)) {
        continue;
      }
      FieldSpec cell = column.under(FormCodec.line(table, line));
      String label = format.text("edit.table.cell", format.text(column.label()), heading);
      List<Control> controls = new ArrayList<>();
      if (cell.type() == ValueType.REFERENCES) {
        controls.add(
            checkboxes(
                cell.input(null),
                label,
                values,
                errors,
                lineReferences(cell, column, values, all)));
        controls.add(
            text(
                    cell.input(FormCodec.TYPED),
                    format.text("edit.table.typed"),
                    "text",
                    values,
                    errors,
                    null,
                    null)
                .inPart(FormCodec.TYPED));
      } else {
        // The column heading says what the input is; a hint under it in every line would only
        // repeat itself.
        Control input = value(cell, cell.input(null), label, values, errors);
        controls.add(
            new Control(
                input.id(),
                input.name(),
                input.label(),
                input.type(),
                input.value(),
                input.options(),
                null,
                input.error(),
                describedBy(input.id(), null, input.error()),
                input.inputMode(),
                input.part()));
      }
      if (cell.boxed() && cell.unknown()) {
        controls.add(box(cell, FormCodec.UNKNOWN, values));
        if (table.columns().stream().anyMatch(c -> attachedReason(table, c))) {
          String reason = FormCodec.line(table, line) + "/" + FormCodec.REASON;
          controls.add(
              select(reason, format.text("edit.part.unknownReason"), values, errors, reasons())
                  .inPart(FormCodec.REASON));
        }
      }
      cells.add(new TableView.Cell(column.name(), controls));
    }
    String input = FormCodec.line(table, line) + "/" + FormCodec.REMOVE;
    // An empty line for adding has nothing to remove.
    Control remove =
        blank
            ? null
            : checkbox(
                input, format.text("edit.table.removeLine", heading), FormCodec.REMOVE, values);
    return new TableView.Line(heading, cells, remove);
  }

  /**
   * The kind of unknown of a line ({@code unknownReason}) sits in the cell of the one column that
   * may be "unknown" with a box, rather than in a column of its own.
   */
  private static boolean attachedReason(FieldSpec table, FieldSpec column) {
    return column.name().equals(FormCodec.REASON)
        && table.columns().stream().filter(c -> c.boxed() && c.unknown()).count() == 1;
  }

  /**
   * The entities a line of a table may name: those the entity's own list of the same name holds (an
   * offering's models, for its price lines), then any others the line names already.
   */
  private List<Option> lineReferences(
      FieldSpec cell, FieldSpec column, FormValues values, List<FieldSpec> all) {
    Set<String> ids = new LinkedHashSet<>();
    all.stream()
        .filter(f -> f.type() == ValueType.REFERENCES && f.name().equals(column.name()))
        .findFirst()
        .ifPresent(
            f -> values.all(f.input(null)).stream().filter(id -> !id.isBlank()).forEach(ids::add));
    values.all(cell.input(null)).stream().filter(id -> !id.isBlank()).forEach(ids::add);
    List<Option> options = new ArrayList<>();
    for (String id : ids) {
      String name = catalogue.find(cell.reference(), id).map(Entity::name).orElse(id);
      options.add(new Option(null, id, name.equals(id) ? id : name + " (" + id + ")", false));
    }
    return options;
  }

  private List<Option> reasons() {
    return List.of(
        new Option(
            null, Facts.NOT_DISCLOSED, format.text("unknown.kind." + Facts.NOT_DISCLOSED), false),
        new Option(
            null,
            Facts.NOT_RESEARCHED,
            format.text("unknown.kind." + Facts.NOT_RESEARCHED),
            false));
  }

  /**
   * A plain value that may also be "unknown", or an empty list on purpose: its input with those
   * boxes beside it, drawn like a fact without a source.
   */
  private FieldView boxed(FieldSpec field, String label, FormValues values, FormErrors errors) {
    List<Control> controls = new ArrayList<>();
    controls.add(
        value(field, field.input(null), format.text("edit.part.value"), values, errors)
            .inPart(FormCodec.VALUE));
    if (field.unknown()) {
      controls.add(box(field, FormCodec.UNKNOWN, values));
    }
    if (field.emptyList()) {
      controls.add(box(field, FormCodec.NONE, values));
    }
    return new FieldView(
        FormErrors.anchor(field), label, true, false, controls, errors.forField(field.pointer()));
  }

  /** The box that records a table's list as empty on purpose, labelled for what that means. */
  private Control noneBox(FieldSpec field, FormValues values) {
    Control box = box(field, FormCodec.NONE, values);
    return new Control(
        box.id(),
        box.name(),
        format.text(field.label() + "." + FormCodec.NONE),
        box.type(),
        box.value(),
        List.of(),
        null,
        null,
        null,
        null,
        box.part());
  }

  private Control box(FieldSpec field, String part, FormValues values) {
    return checkbox(field.input(part), format.text("edit.part." + part), part, values);
  }

  private static Control checkbox(String input, String label, String part, FormValues values) {
    return new Control(
        id(input),
        input,
        label,
        "checkbox",
        values.checked(input) ? "true" : "",
        List.of(),
        null,
        null,
        null,
        null,
        part);
  }

  private List<Control> sourceParts(FieldSpec field, FormValues values, FormErrors errors) {
    return List.of(
        text(
            field.input(FormCodec.SOURCE),
            format.text("edit.part.source"),
            "url",
            values,
            errors,
            null,
            null),
        text(
            field.input(FormCodec.CHECKED),
            format.text("edit.part.checked"),
            "date",
            values,
            errors,
            null,
            null),
        text(
            field.input(FormCodec.NOTE),
            format.text("edit.part.note"),
            "textarea",
            values,
            errors,
            null,
            null));
  }

  private Control value(
      FieldSpec field, String input, String label, FormValues values, FormErrors errors) {
    return switch (field.type()) {
      case ID -> text(input, label, "text", values, errors, format.text("edit.hint.id"), null);
      case TEXT -> text(input, label, "text", values, errors, null, null);
      case LONG_TEXT -> text(input, label, "textarea", values, errors, null, null);
      case URL -> text(input, label, "url", values, errors, null, null);
      case NUMBER ->
          text(input, label, "text", values, errors, format.text("edit.hint.number"), "decimal");
      case COUNTRY ->
          text(input, label, "text", values, errors, format.text("edit.hint.country"), null);
      case LOCATIONS ->
          text(input, label, "text", values, errors, format.text("edit.hint.locations"), null);
      case TEXT_LIST ->
          text(input, label, "textarea", values, errors, format.text("edit.hint.textList"), null);
      case CODES ->
          text(
              input,
              label,
              "text",
              values,
              errors,
              format.text("edit.hint.codes." + field.vocabulary()),
              null);
      case DATE -> text(input, label, "date", values, errors, null, null);
      case PARTIAL_DATE ->
          text(input, label, "text", values, errors, format.text("edit.hint.partialDate"), null);
      case BOOLEAN ->
          select(
              input,
              label,
              values,
              errors,
              withUnknown(
                  field,
                  List.of(
                      new Option(null, "true", format.text("value.yes"), false),
                      new Option(null, "false", format.text("value.no"), false))));
      case CHOICE ->
          select(
              input,
              label,
              values,
              errors,
              withUnknown(
                  field,
                  field.options().stream()
                      .map(option -> new Option(null, option, optionLabel(field, option), false))
                      .toList()));
      case REFERENCE -> select(input, label, values, errors, references(field));
      case CHOICES ->
          checkboxes(
              input,
              label,
              values,
              errors,
              withUnknown(
                  field,
                  field.options().stream()
                      .map(option -> new Option(null, option, optionLabel(field, option), false))
                      .toList()));
      case REFERENCES -> checkboxes(input, label, values, errors, references(field));
      case ROWS -> throw new IllegalArgumentException("A table has no single input: " + input);
    };
  }

  /**
   * A plain choice that may be "unknown" offers it last; a fact has its own box for that, so its
   * choices stay as they are.
   */
  private List<Option> withUnknown(FieldSpec field, List<Option> options) {
    if (field.shape() != Shape.PLAIN || !field.unknown()) {
      return options;
    }
    List<Option> all = new ArrayList<>(options);
    all.add(new Option(null, Facts.UNKNOWN, format.text("value.unknown"), false));
    return all;
  }

  private List<Option> references(FieldSpec field) {
    List<Option> options = new ArrayList<>();
    if (field.shape() == Shape.FACT) {
      // A parent may be "none": no controlling organisation in the catalogue.
      options.add(new Option(null, "none", format.text("value.parent.none"), false));
    }
    for (Entity entity : catalogue.all(field.reference())) {
      options.add(new Option(null, entity.id(), entity.name() + " (" + entity.id() + ")", false));
    }
    return options;
  }

  private String optionLabel(FieldSpec field, String option) {
    return format
        .value(
            field.vocabulary(),
            field.vocabulary().equals("openness") ? "opennessFact" : "enum",
            com.fasterxml.jackson.databind.node.TextNode.valueOf(option))
        .text();
  }

  private Control text(
      String input,
      String label,
      String type,
      FormValues values,
      FormErrors errors,
      String hint,
      String inputMode) {
    String id = id(input);
    String error = errors.forInput(input);
    return new Control(
        id,
        input,
        label,
        type,
        values.get(input),
        List.of(),
        hint,
        error,
        describedBy(id, hint, error),
        inputMode,
        part(input));
  }

  private Control select(
      String input, String label, FormValues values, FormErrors errors, List<Option> options) {
    String id = id(input);
    String current = values.get(input);
    List<Option> all = new ArrayList<>();
    all.add(new Option(null, "", format.text("edit.choose"), current.isEmpty()));
    options.forEach(
        option ->
            all.add(
                new Option(null, option.value(), option.label(), option.value().equals(current))));
    String error = errors.forInput(input);
    return new Control(
        id,
        input,
        label,
        "select",
        current,
        all,
        null,
        error,
        describedBy(id, null, error),
        null,
        part(input));
  }

  /**
   * Chosen options first, in their stored order, so a form sent back unchanged keeps the order of
   * the list.
   */
  private Control checkboxes(
      String input, String label, FormValues values, FormErrors errors, List<Option> options) {
    String id = id(input);
    Set<String> chosen = new LinkedHashSet<>(values.all(input));
    List<Option> ordered = new ArrayList<>();
    for (String value : chosen) {
      options.stream()
          .filter(o -> o.value().equals(value))
          .findFirst()
          .ifPresent(o -> ordered.add(new Option(null, o.value(), o.label(), true)));
    }
    options.stream()
        .filter(o -> !chosen.contains(o.value()))
        .forEach(o -> ordered.add(new Option(null, o.value(), o.label(), false)));
    List<Option> numbered = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      Option option = ordered.get(i);
      numbered.add(new Option(id + "-" + i, option.value(), option.label(), option.selected()));
    }
    String error = errors.forInput(input);
    return new Control(
        id,
        input,
        label,
        "checkboxes",
        null,
        numbered,
        null,
        error,
        describedBy(id, null, error),
        null,
        part(input));
  }

  /**
   * The last segment of an input name when it names a part of a fact or text; null for a plain
   * field.
   */
  private static String part(String input) {
    String last = input.substring(input.lastIndexOf('/') + 1);
    return List.of(FormCodec.VALUE, FormCodec.SOURCE, FormCodec.CHECKED, FormCodec.NOTE, "nl", "en")
                .contains(last)
            && input.indexOf('/', 1) > 0
        ? last
        : null;
  }

  private static String describedBy(String id, String hint, String error) {
    String ids =
        (hint == null ? "" : id + "-hint")
            + (error == null ? "" : (hint == null ? "" : " ") + id + "-error");
    return ids.isEmpty() ? null : ids;
  }
}
