package org.keuzevrij.checklist.workbook;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Cells;
import org.keuzevrij.xlsx.PageSetup;
import org.keuzevrij.xlsx.Palette.Style;
import org.keuzevrij.xlsx.RowHeight;

/**
 * One checklist sheet: headers in the checklist's words, the table frame, and cells written through
 * {@link Cells}. Missing text is written as empty text, so every cell of a table row carries its
 * style.
 */
final class SheetWriter {

  private final Sheet sheet;
  private final Cells cells;
  private final Print print;

  /** What every printed page of the workbook says: the title, the versions, page x of y. */
  record Print(String title, String versions, String pageOf) {}

  SheetWriter(Sheet sheet, Cells cells, Print print) {
    this.sheet = sheet;
    this.cells = cells;
    this.print = print;
  }

  Sheet sheet() {
    return sheet;
  }

  /** A header row at {@code rowIndex} with explicit widths (in characters) per column. */
  void header(int rowIndex, Words[] headers, int[] widths, Language language) {
    Row row = sheet.createRow(rowIndex);
    for (int i = 0; i < headers.length; i++) {
      row.createCell(i).setCellValue(headers[i].in(language));
      row.getCell(i).setCellStyle(cells.style(Style.HEADER));
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  /**
   * Header frozen, filter over the whole table, rows as tall as their text, and the sheet set up
   * for print with the header repeated on every page.
   */
  void table(int columns, int lastRow) {
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 1), 0, columns - 1));
    print(columns, lastRow, 0);
  }

  /**
   * Rows as tall as their text and the page set-up, over {@code columns} and rows up to {@code
   * lastRow}; {@code headerRow} repeats on every page (-1: none).
   */
  void print(int columns, int lastRow, int headerRow) {
    RowHeight.fit(sheet);
    PageSetup.apply(
        sheet, columns, lastRow, headerRow, print.title(), print.versions(), print.pageOf());
  }

  Row row(int index) {
    Row row = sheet.getRow(index);
    return row != null ? row : sheet.createRow(index);
  }

  Cell text(Row row, int column, String value, Style style) {
    return cells.text(row, column, value == null ? "" : value, style);
  }

  /**
   * Text with a link to {@code url} when it is http or https; anything else (javascript:, file:)
   * stays plain text.
   */
  Cell link(Row row, int column, String text, String url) {
    return cells.link(
        row, column, text == null ? "" : text, url, Style.WRAPPED, Style.WRAPPED_LINK);
  }

  Cell number(Row row, int column, double value, Style style) {
    return cells.number(row, column, value, style);
  }

  Cell date(Row row, int column, LocalDate value) {
    Cell cell = cells.empty(row, column, Style.DATE);
    if (value != null) {
      cell.setCellValue(value);
    }
    return cell;
  }

  Cell formula(Row row, int column, String formula, Style style) {
    return cells.formula(row, column, formula, style);
  }

  Cell empty(Row row, int column, Style style) {
    return cells.empty(row, column, style);
  }
}
