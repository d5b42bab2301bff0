package org.keuzevrij.checklist.workbook;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Cells;
import org.keuzevrij.xlsx.Palette.Style;

/**
 * One checklist sheet: headers in the checklist's words, the table frame, and cells written through
 * {@link Cells}. Missing text is written as empty text, so every cell of a table row carries its
 * style.
 */
final class SheetWriter {

  private final Sheet sheet;
  private final Cells cells;

  SheetWriter(Sheet sheet, Cells cells) {
    this.sheet = sheet;
    this.cells = cells;
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

  /** Header frozen, filter over the whole table, header repeated on every printed page. */
  void table(int columns, int lastRow) {
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 1), 0, columns - 1));
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
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
