package org.keuzevrij.editing;

import java.util.List;

/**
 * One field of an edit form as the template draws it: a single input, or a fieldset with a legend
 * (a sourced fact with value, unknown, source, checked date and note; text in two languages; a
 * source on its own).
 *
 * @param anchor id of the element the error summary links to
 * @param error a problem with the field as a whole, such as a missing required fact
 * @param table the lines of a list of objects, drawn as a table; null for any other field
 */
public record FieldView(
    String anchor,
    String legend,
    boolean fieldset,
    boolean fact,
    List<Control> controls,
    String error,
    TableView table) {

  public FieldView {
    controls = List.copyOf(controls);
  }

  public FieldView(
      String anchor,
      String legend,
      boolean fieldset,
      boolean fact,
      List<Control> controls,
      String error) {
    this(anchor, legend, fieldset, fact, controls, error, null);
  }
}
