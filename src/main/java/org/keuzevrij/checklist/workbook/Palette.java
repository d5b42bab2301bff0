package org.keuzevrij.checklist.workbook;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Every cell style the checklist workbook uses, created once per workbook (a workbook holds at most 64,000 styles, and
 * one per cell is the classic way to run out). Text styles come in pairs: the quoted twin keeps text that starts like
 * a formula as text, even after a user edits the cell (OWASP ASVS 1.2.10, CWE-1236).
 */
final class Palette {

  enum Style { TITLE, HEADER, LABEL, TEXT, WRAPPED, LINK, DATE, COUNT, PERCENT, SMALL }

  private final Map<Style, CellStyle> plain = new EnumMap<>(Style.class);
  private final Map<Style, CellStyle> quoted = new EnumMap<>(Style.class);

  Palette(Workbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font title = workbook.createFont();
    title.setBold(true);
    title.setFontHeightInPoints((short) 14);
    Font link = workbook.createFont();
    link.setUnderline(Font.U_SINGLE);
    link.setColor(IndexedColors.BLUE.getIndex());
    Font small = workbook.createFont();
    small.setItalic(true);
    short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
    short percentFormat = workbook.createDataFormat().getFormat("0%");
    for (Style style : Style.values()) {
      for (boolean quote : new boolean[] {false, true}) {
        CellStyle cellStyle = workbook.createCellStyle();
        cellStyle.setVerticalAlignment(VerticalAlignment.TOP);
        cellStyle.setQuotePrefixed(quote);
        switch (style) {
          case TITLE -> cellStyle.setFont(title);
          case HEADER -> {
            cellStyle.setFont(bold);
            cellStyle.setWrapText(true);
            cellStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            cellStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            cellStyle.setBorderBottom(BorderStyle.THIN);
          }
          case LABEL -> cellStyle.setFont(bold);
          case WRAPPED -> cellStyle.setWrapText(true);
          case LINK -> {
            cellStyle.setFont(link);
            cellStyle.setWrapText(true);
          }
          case DATE -> cellStyle.setDataFormat(dateFormat);
          case PERCENT -> cellStyle.setDataFormat(percentFormat);
          case SMALL -> {
            cellStyle.setFont(small);
            cellStyle.setWrapText(true);
          }
          default -> { }
        }
        (quote ? quoted : plain).put(style, cellStyle);
      }
    }
  }

  CellStyle get(Style style) {
    return plain.get(style);
  }

  /** The style for a text value: the quoted twin when the text would otherwise read as a formula. */
  CellStyle forText(Style style, String text) {
    return formulaLike(text) ? quoted.get(style) : plain.get(style);
  }

  static boolean formulaLike(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        || first == '\0';
  }
}
