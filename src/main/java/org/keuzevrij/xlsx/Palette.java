package org.keuzevrij.xlsx;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Every cell style a Keuzevrij workbook uses, made the first time a cell asks for it and shared
 * from then on: a workbook holds at most 64,000 styles, and one per cell is the classic way to run
 * out. Each style has a quote-prefixed twin, which {@link Cells} picks for text that starts like a
 * formula.
 */
public final class Palette {

  /** What a cell is for; all styles align to the top, so wrapped neighbours stay readable. */
  public enum Style {
    TITLE,
    HEADER,
    LABEL,
    TEXT,
    WRAPPED,
    SMALL,
    LINK,
    WRAPPED_LINK,
    DATE,
    COUNT,
    PERCENT,
    ONE_DECIMAL,
    TWO_DECIMALS,
    /** A computed total: bold, two decimals. */
    TOTAL,
    /** A cell the reader is meant to fill in or change: unlocked and yellow. */
    INPUT
  }

  private final Workbook workbook;
  private final Map<Style, CellStyle> plain = new EnumMap<>(Style.class);
  private final Map<Style, CellStyle> quoted = new EnumMap<>(Style.class);
  private final Font regular;
  private final Font bold;
  private final Font title;
  private final Font link;
  private final Font small;

  /**
   * The font every cell is printed in. Arial, not Calibri: LibreOffice has a metric-compatible twin
   * (Liberation Sans) on every Debian machine, so text wraps there as {@link RowHeight} expects.
   */
  public static final String FONT = "Arial";

  /**
   * The body text size: small enough that a sheet fits one landscape A4 page wide at 100%, large
   * enough to read on paper.
   */
  public static final short POINTS = 8;

  public Palette(Workbook workbook) {
    this.workbook = workbook;
    // The default font also sets the unit of column widths (the width of its digit 0).
    Font normal = workbook.getFontAt(0);
    normal.setFontName(FONT);
    normal.setFontHeightInPoints(POINTS);
    if (normal instanceof XSSFFont xssf) {
      // "minor" would let LibreOffice take the theme's font (Calibri, 11 pt) instead.
      xssf.setScheme(FontScheme.NONE);
    }
    regular = font();
    bold = font();
    bold.setBold(true);
    title = font();
    title.setBold(true);
    title.setFontHeightInPoints((short) 12);
    link = font();
    link.setUnderline(Font.U_SINGLE);
    link.setColor(IndexedColors.BLUE.getIndex());
    small = font();
    small.setItalic(true);
  }

  private Font font() {
    Font font = workbook.createFont();
    font.setFontName(FONT);
    font.setFontHeightInPoints(POINTS);
    return font;
  }

  public CellStyle get(Style style) {
    return plain.computeIfAbsent(style, s -> create(s, false));
  }

  /**
   * The twin that keeps text starting with =, +, - or @ as text, even after someone edits the cell.
   */
  CellStyle quoted(Style style) {
    return quoted.computeIfAbsent(style, s -> create(s, true));
  }

  private CellStyle create(Style style, boolean quotePrefixed) {
    CellStyle cellStyle = workbook.createCellStyle();
    cellStyle.setVerticalAlignment(VerticalAlignment.TOP);
    cellStyle.setQuotePrefixed(quotePrefixed);
    // Named on every style: LibreOffice ignores the default font for a style that does not apply
    // one.
    cellStyle.setFont(regular);
    switch (style) {
      case TITLE -> cellStyle.setFont(title);
      case HEADER -> {
        cellStyle.setFont(bold);
        cellStyle.setWrapText(true);
        cellStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        cellStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        cellStyle.setBorderBottom(BorderStyle.THIN);
      }
      case LABEL -> {
        cellStyle.setFont(bold);
        cellStyle.setWrapText(true);
      }
      case TEXT, COUNT -> {}
      case WRAPPED -> cellStyle.setWrapText(true);
      case SMALL -> {
        cellStyle.setFont(small);
        cellStyle.setWrapText(true);
      }
      case LINK -> cellStyle.setFont(link);
      case WRAPPED_LINK -> {
        cellStyle.setFont(link);
        cellStyle.setWrapText(true);
      }
      case DATE -> cellStyle.setDataFormat(format("yyyy-mm-dd"));
      case PERCENT -> cellStyle.setDataFormat(format("0%"));
      case ONE_DECIMAL -> cellStyle.setDataFormat(format("0.0"));
      case TWO_DECIMALS -> cellStyle.setDataFormat(format("0.00"));
      case TOTAL -> {
        cellStyle.setFont(bold);
        cellStyle.setDataFormat(format("0.00"));
      }
      case INPUT -> {
        cellStyle.setFont(bold);
        cellStyle.setDataFormat(format("0.##"));
        cellStyle.setLocked(false);
        cellStyle.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        cellStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        cellStyle.setBorderBottom(BorderStyle.THIN);
      }
    }
    return cellStyle;
  }

  private short format(String pattern) {
    return workbook.createDataFormat().getFormat(pattern);
  }
}
