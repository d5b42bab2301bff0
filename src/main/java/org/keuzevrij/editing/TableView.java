package org.keuzevrij.editing;

import java.util.List;

/**
 * A list of objects in an edit form as the template draws it: a table with a line per object, a
 * column per property, a box per line to remove it, and empty lines to add new ones.
 *
 * @param hint how the table is filled in
 * @param headers the columns' labels, after the column of line headings
 * @param none the box that says the list is empty on purpose; null when the list has none
 */
public record TableView(String hint, List<String> headers, List<Line> lines, Control none) {

  public TableView {
    headers = List.copyOf(headers);
    lines = List.copyOf(lines);
  }

  /** One line: its heading, a cell per column and its remove box (none on an empty line). */
  public record Line(String heading, List<Cell> cells, Control remove) {

    public Line {
      cells = List.copyOf(cells);
    }
  }

  /** The inputs of one property of a line. */
  public record Cell(String column, List<Control> controls) {

    public Cell {
      controls = List.copyOf(controls);
    }
  }
}
