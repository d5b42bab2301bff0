package org.keuzevrij.xlsx;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.keuzevrij.xlsx.Palette.Style;

/**
 * The only way catalogue and clause text reaches a cell. Text that a spreadsheet would take for a
 * formula once edited or exported to CSV is stored quote-prefixed (OWASP ASVS 1.2.10, CWE-1236),
 * text is cut at Excel's cell limit, and hyperlinks are made only for http and https. Formulas come
 * from our own strings, never from data.
 */
public final class Cells {

  /** Excel's limit for the text in one cell. */
  public static final int MAX_TEXT = 32_767;

  private final Palette palette;

  public Cells(Palette palette) {
    this.palette = palette;
  }

  public CellStyle style(Style style) {
    return palette.get(style);
  }

  /** Text in {@code style}; no text leaves the cell blank and unstyled. */
  public Cell text(Row row, int column, String value, Style style) {
    Cell cell = cell(row, column);
    if (value == null) {
      return cell;
    }
    cell.setCellValue(
        value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "\u2026" : value);
    cell.setCellStyle(formulaLike(value) ? palette.quoted(style) : palette.get(style));
    return cell;
  }

  /**
   * Text that links to {@code url} in the {@code linked} style when the address is http or https;
   * with any other address (javascript:, file:) or none it stays plain text in the {@code plain}
   * style.
   */
  public Cell link(Row row, int column, String text, String url, Style plain, Style linked) {
    if (!Hyperlinks.allowed(url)) {
      return text(row, column, text, plain);
    }
    Cell cell = text(row, column, text, linked);
    Hyperlink hyperlink =
        row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
    hyperlink.setAddress(url);
    cell.setHyperlink(hyperlink);
    return cell;
  }

  /**
   * A source's link, its text the address cut to the column (see {@link Hyperlinks#label}) so that
   * it neither wraps nor runs past the page; the link keeps the whole address.
   */
  public Cell source(Row row, int column, String url) {
    String label = Hyperlinks.label(url, row.getSheet().getColumnWidth(column) / 256.0);
    return link(row, column, label, url, Style.TEXT, Style.LINK);
  }

  public Cell number(Row row, int column, double value, Style style) {
    Cell cell = cell(row, column);
    cell.setCellValue(value);
    cell.setCellStyle(palette.get(style));
    return cell;
  }

  /** A formula we wrote ourselves; catalogue or clause text never gets here. */
  public Cell formula(Row row, int column, String formula, Style style) {
    Cell cell = cell(row, column);
    cell.setCellFormula(formula);
    cell.setCellStyle(palette.get(style));
    return cell;
  }

  public Cell empty(Row row, int column, Style style) {
    Cell cell = cell(row, column);
    cell.setCellStyle(palette.get(style));
    return cell;
  }

  static boolean formulaLike(String text) {
    return !text.isEmpty() && "=+-@\t\r\0".indexOf(text.charAt(0)) >= 0;
  }

  private static Cell cell(Row row, int column) {
    Cell cell = row.getCell(column);
    return cell != null ? cell : row.createCell(column);
  }
}
