package org.keuzevrij.xlsx;

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
  private final Font bold;
  private final Font title;
  private final Font link;
  private final Font small;

  public Palette(Workbook workbook) {
    this.workbook = workbook;
    bold = workbook.createFont();
    bold.setBold(true);
    title = workbook.createFont();
    title.setBold(true);
    title.setFontHeightInPoints((short) 14);
    link = workbook.createFont();
    link.setUnderline(Font.U_SINGLE);
    link.setColor(IndexedColors.BLUE.getIndex());
    small = workbook.createFont();
    small.setItalic(true);
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
