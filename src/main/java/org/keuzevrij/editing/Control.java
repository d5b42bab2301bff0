package org.keuzevrij.editing;

import java.util.List;

/**
 * One input of an edit form as the template draws it.
 *
 * @param type {@code text}, {@code url}, {@code date}, {@code textarea}, {@code select}, {@code
 *     checkboxes} or {@code checkbox}
 * @param describedBy ids of the hint and error, for {@code aria-describedby}; null when there are
 *     none
 * @param part which part of a fact or text the input is ({@code value}, {@code source}, {@code nl}
 *     …), for the layout; null for a field on its own
 */
public record Control(
    String id,
    String name,
    String label,
    String type,
    String value,
    List<Option> options,
    String hint,
    String error,
    String describedBy,
    String inputMode,
    String part) {

  public Control {
    options = List.copyOf(options);
  }

  /** The same input laid out as {@code part} of a field. */
  public Control inPart(String part) {
    return new Control(
        id, name, label, type, value, options, hint, error, describedBy, inputMode, part);
  }

  /** A choice in a select or a group of checkboxes. */
  public record Option(String id, String value, String label, boolean selected) {}

  public boolean isText() {
    return type.equals("text") || type.equals("url") || type.equals("date");
  }

  public boolean isTextarea() {
    return type.equals("textarea");
  }

  public boolean isSelect() {
    return type.equals("select");
  }

  public boolean isCheckboxes() {
    return type.equals("checkboxes");
  }

  public boolean isCheckbox() {
    return type.equals("checkbox");
  }

  public boolean checked() {
    return "true".equals(value);
  }
}
