package org.keuzevrij.comparison.workbook;

import java.net.URI;
import java.net.URISyntaxException;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every cell style of one workbook, made once (a workbook holds at most 64,000 styles), and the only way catalogue
 * text reaches a cell: text that a spreadsheet could read as a formula is quote-prefixed, and hyperlinks are made only
 * for http and https addresses (OWASP ASVS 1.2.10, CWE-1236).
 */
final class Palette {

  /** Maximum characters in one cell. */
  static final int CELL_LIMIT = 32_767;

  final CellStyle title;
  final CellStyle label;
  final CellStyle header;
  final CellStyle number1;
  final CellStyle number2;
  final CellStyle input;
  final CellStyle total;
  private final CellStyle text;
  private final CellStyle textQuoted;
  private final CellStyle wrapped;
  private final CellStyle wrappedQuoted;
  private final CellStyle link;
  private final XSSFWorkbook workbook;

  Palette(XSSFWorkbook workbook) {
    this.workbook = workbook;
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    Font blue = workbook.createFont();
    blue.setUnderline(Font.U_SINGLE);
    blue.setColor(IndexedColors.BLUE.getIndex());
    title = style(big, false);
    label = style(bold, false);
    header = style(bold, true);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    short oneDecimal = workbook.createDataFormat().getFormat("0.0");
    short twoDecimals = workbook.createDataFormat().getFormat("0.00");
    number1 = style(null, false);
    number1.setDataFormat(oneDecimal);
    number2 = style(null, false);
    number2.setDataFormat(twoDecimals);
    input = style(bold, false);
    input.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
    input.setLocked(false);
    input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    input.setBorderBottom(BorderStyle.THIN);
    total = style(bold, false);
    total.setDataFormat(twoDecimals);
    text = style(null, false);
    textQuoted = style(null, false);
    textQuoted.setQuotePrefixed(true);
    wrapped = style(null, true);
    wrappedQuoted = style(null, true);
    wrappedQuoted.setQuotePrefixed(true);
    link = style(blue, false);
  }

  private CellStyle style(Font font, boolean wrap) {
    CellStyle style = workbook.createCellStyle();
    if (font != null) {
      style.setFont(font);
    }
    style.setWrapText(wrap);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    return style;
  }

  Cell text(Row row, int column, String value) {
    return text(row, column, value, false);
  }

  Cell wrapped(Row row, int column, String value) {
    return text(row, column, value, true);
  }

  Cell styled(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  Cell number(Row row, int column, double value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  /** A source address as a hyperlink when it is http or https; any other scheme stays plain text. */
  Cell source(Row row, int column, String url) {
    Cell cell = text(row, column, url);
    if (url != null && isWebAddress(url)) {
      Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
      hyperlink.setAddress(url);
      cell.setHyperlink(hyperlink);
      cell.setCellStyle(link);
    }
    return cell;
  }

  private Cell text(Row row, int column, String value, boolean wrap) {
    Cell cell = row.createCell(column);
    if (value == null) {
      return cell;
    }
    String safe = value.length() > CELL_LIMIT ? value.substring(0, CELL_LIMIT - 1) + "\u2026" : value;
    cell.setCellValue(safe);
    boolean quoted = formulaLike(safe);
    cell.setCellStyle(wrap ? (quoted ? wrappedQuoted : wrapped) : (quoted ? textQuoted : text));
    return cell;
  }

  /** Text a spreadsheet would take for a formula once edited or exported to CSV. */
  static boolean formulaLike(String value) {
    return !value.isEmpty() && "=+-@\t\r\0".indexOf(value.charAt(0)) >= 0;
  }

  static boolean isWebAddress(String url) {
    try {
      URI uri = new URI(url);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
