package org.keuzevrij.checklist.workbook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.keuzevrij.checklist.workbook.Palette.Style;
import org.keuzevrij.web.Language;

/**
 * Writes cells the safe way: text only through {@link #text} (quote-prefixed when it looks like a formula, cut at
 * Excel's cell limit), links only for http and https, formulas only from our own strings, never from data.
 */
final class SheetWriter {

  /** Excel's limit for the text in one cell. */
  static final int MAX_CELL_TEXT = 32_767;

  private final Sheet sheet;
  private final Palette palette;

  SheetWriter(Sheet sheet, Palette palette) {
    this.sheet = sheet;
    this.palette = palette;
  }

  Sheet sheet() {
    return sheet;
  }

  /** A header row at {@code rowIndex} with explicit widths (in characters) per column. */
  void header(int rowIndex, Words[] headers, int[] widths, Language language) {
    Row row = sheet.createRow(rowIndex);
    for (int i = 0; i < headers.length; i++) {
      cell(row, i).setCellValue(headers[i].in(language));
      row.getCell(i).setCellStyle(palette.get(Style.HEADER));
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
    Cell cell = cell(row, column);
    String text = value == null ? "" : value;
    cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT - 1) + "…" : text);
    cell.setCellStyle(palette.forText(style, text));
    return cell;
  }

  /** Text with a link to {@code url} when it is http or https; anything else (javascript:, file:) stays plain text. */
  Cell link(Row row, int column, String text, String url) {
    if (!isWebAddress(url)) {
      return text(row, column, text, Style.WRAPPED);
    }
    Cell cell = text(row, column, text, Style.LINK);
    Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
    link.setAddress(url);
    cell.setHyperlink(link);
    return cell;
  }

  Cell number(Row row, int column, double value, Style style) {
    Cell cell = cell(row, column);
    cell.setCellValue(value);
    cell.setCellStyle(palette.get(style));
    return cell;
  }

  Cell date(Row row, int column, LocalDate value) {
    Cell cell = cell(row, column);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(palette.get(Style.DATE));
    return cell;
  }

  /** A formula we wrote ourselves; catalogue or clause text never gets here. */
  Cell formula(Row row, int column, String formula, Style style) {
    Cell cell = cell(row, column);
    cell.setCellFormula(formula);
    cell.setCellStyle(palette.get(style));
    return cell;
  }

  Cell empty(Row row, int column, Style style) {
    Cell cell = cell(row, column);
    cell.setCellStyle(palette.get(style));
    return cell;
  }

  static boolean isWebAddress(String url) {
    if (url == null) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static Cell cell(Row row, int column) {
    Cell cell = row.getCell(column);
    return cell != null ? cell : row.createCell(column);
  }
}
