package org.keuzevrij.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Row heights for wrapped text. Neither POI nor the file format auto-fit a row (Excel does it only
 * when someone edits the row, LibreOffice not at all on print), so a wrapped text in a row of
 * default height runs into the next row. We estimate the lines each cell wraps to from its column
 * width and font from Arial's glyph widths, with a small margin: a row a line too short prints text
 * over text, but a line too tall on every row adds pages.
 */
public final class RowHeight {

  /**
   * Line pitch as a multiple of the font size: LibreOffice sets Liberation Sans 8 pt at 8.9 pt
   * (measured in its PDFs), Excel Arial at about the same; a little more for safety.
   */
  static final double LINE = 1.125;

  /**
   * Excel's tallest row, in points; a taller one is refused. It is also less than an A4 landscape
   * page, so no row prints into the footer; a text longer than that is cut in print (the cell keeps
   * it whole).
   */
  static final double MAX = 409;

  /** Points above and below the text inside a cell. */
  static final double PADDING = 2;

  /** What one cell holds: its text, its column's width in characters, and its font. */
  public record Text(
      String text, double columnChars, double fontPoints, boolean bold, boolean wrapped) {}

  private RowHeight() {}

  /**
   * The height in points a row needs so that every text in it shows in full: the tallest of its
   * cells. A text that does not wrap takes one line.
   */
  public static float points(List<Text> texts) {
    double height = 0;
    for (Text text : texts) {
      int lines = text.wrapped() ? lines(text.text(), text.columnChars(), text.bold()) : 1;
      height = Math.max(height, lines * text.fontPoints() * LINE + PADDING);
    }
    return (float) Math.min(Math.ceil(height), MAX);
  }

  /**
   * The lines {@code text} wraps to in a column {@code columnChars} wide (Excel's unit: the width
   * of the digit 0), breaking at spaces, after hyphens and slashes, and inside words longer than a
   * line, as the spreadsheets do.
   */
  public static int lines(String text, double columnChars, boolean bold) {
    double capacity = capacity(columnChars, bold);
    // LibreOffice breaks after most hyphens and slashes but not after all of them: it set
    // "voxtral-small-24b#/quality/euroevalMmluNl" on a line of its own and cut it, where "gemma-"
    // ended a line. Of breaking at those marks and breaking at spaces only, the taller is taken.
    int atMarks = wrap(text, capacity, true);
    boolean marks = text.indexOf('-') >= 0 || text.indexOf('/') >= 0;
    return marks ? Math.max(atMarks, wrap(text, capacity, false)) : atMarks;
  }

  /**
   * The digit widths of text a line of the column holds. The cell's inner margins take most of a
   * character, 2% is kept spare against rounding in the spreadsheets' layout, and bold glyphs are
   * up to 10% wider. LibreOffice fits 50.4 digit widths of text on a line of a column 51 wide; this
   * allows 49.1.
   */
  private static double capacity(double columnChars, boolean bold) {
    return Math.max(1, (columnChars - 0.9) * 0.98 / (bold ? 1.1 : 1));
  }

  /**
   * {@code text} with each word too wide for a line of the column broken at its last soft hyphen
   * (U+00AD) that leaves the part with a hyphen on the line, and the other soft hyphens dropped:
   * "Over-\nbaarheid" rather than the spreadsheets' cut at any letter, without a hyphen.
   */
  public static String hyphenated(String text, double columnChars, boolean bold) {
    double capacity = capacity(columnChars, bold);
    List<String> words = new ArrayList<>();
    for (String word : text.split(" ", -1)) {
      StringBuilder broken = new StringBuilder();
      String rest = word;
      while (width(plain(rest)) > capacity) {
        int cut = -1;
        for (int at = rest.indexOf(SOFT_HYPHEN); at > 0; at = rest.indexOf(SOFT_HYPHEN, at + 1)) {
          if (width(plain(rest.substring(0, at)) + "-") <= capacity) {
            cut = at;
          }
        }
        if (cut < 0) {
          break;
        }
        broken.append(plain(rest.substring(0, cut))).append("-\n");
        rest = rest.substring(cut + 1);
      }
      words.add(broken.append(plain(rest)).toString());
    }
    return String.join(" ", words);
  }

  private static final char SOFT_HYPHEN = '\u00AD';

  private static String plain(String text) {
    return text.replace(String.valueOf(SOFT_HYPHEN), "");
  }

  private static int wrap(String text, double capacity, boolean atMarks) {
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines++;
      double used = 0;
      for (String token : tokens(paragraph, atMarks)) {
        double visible = width(token.stripTrailing());
        double full = width(token);
        if (used > 0 && used + visible > capacity) {
          lines++;
          used = 0;
        }
        while (visible > capacity) {
          lines++;
          visible -= capacity;
          full -= capacity;
        }
        used += full;
      }
    }
    return Math.max(lines, 1);
  }

  /**
   * A paragraph cut at its break opportunities (spaces, and hyphens and slashes {@code atMarks}):
   * each token keeps its trailing space or mark.
   */
  private static List<String> tokens(String paragraph, boolean atMarks) {
    List<String> tokens = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (c == ' ' || (atMarks && (c == '-' || c == '/'))) {
        tokens.add(paragraph.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < paragraph.length()) {
      tokens.add(paragraph.substring(start));
    }
    return tokens;
  }

  /**
   * Arial's advance widths in thousandths of an em for the printable ASCII characters (space to
   * '~'), from the font's metrics; Liberation Sans has the same widths.
   */
  private static final int[] ARIAL = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584 // p to ~
  };

  /** The width of the digit 0, Excel's unit of column width. */
  private static final double DIGIT = 556;

  /** A text's width in digit widths, from Arial's glyph widths. */
  static double width(String text) {
    double width = 0;
    for (int i = 0; i < text.length(); i++) {
      width += width(text.charAt(i));
    }
    return width;
  }

  private static double width(char c) {
    if (c >= ' ' && c <= '~') {
      return ARIAL[c - ' '] / DIGIT;
    }
    if (c == '\u2014' || c == '\u2026') {
      return 1000 / DIGIT;
    }
    if (Character.isUpperCase(c)) {
      return 722 / DIGIT;
    }
    // Accented letters, en dashes, curly quotes: at most a digit wide.
    return 1.0;
  }

  /** Sets the height of every row of {@code sheet} that is still in memory. */
  public static void fit(Sheet sheet) {
    Layout layout = new Layout(sheet);
    for (Row row : sheet) {
      layout.fit(row);
    }
  }

  /**
   * Sets {@code row}'s height from its text cells, the widths of their columns (set them first, and
   * merge cells across columns before) and their fonts; rows without text keep the default height.
   */
  public static void fit(Row row) {
    new Layout(row.getSheet()).fit(row);
  }

  /**
   * What the heights depend on besides the text, read from the sheet once: POI looks up a column's
   * width and a cell's hyperlink by searching the sheet's lists, which on a sheet of sources cost
   * more than the rest of the workbook when done for every cell.
   */
  private static final class Layout {
    private final Sheet sheet;
    private final Map<Integer, Double> columnChars = new HashMap<>();
    private Set<CellAddress> linked;
    private Map<CellAddress, Double> merged;

    Layout(Sheet sheet) {
      this.sheet = sheet;
    }

    void fit(Row row) {
      List<Text> texts = new ArrayList<>();
      for (Cell cell : row) {
        if (cell.getCellType() != CellType.STRING) {
          continue;
        }
        CellStyle style = cell.getCellStyle();
        Font font = sheet.getWorkbook().getFontAt(style.getFontIndex());
        texts.add(
            new Text(
                cell.getStringCellValue(),
                columnChars(cell),
                font.getFontHeightInPoints(),
                font.getBold(),
                // LibreOffice lays a linked cell's text out as one field that does not wrap.
                style.getWrapText() && !linked().contains(cell.getAddress())));
      }
      if (!texts.isEmpty()) {
        row.setHeightInPoints(points(texts));
      }
    }

    /** The width a cell's text wraps in: its column's, or that of the columns merged with it. */
    private double columnChars(Cell cell) {
      Double span = merged().get(cell.getAddress());
      return span != null ? span : width(cell.getColumnIndex());
    }

    private double width(int column) {
      return columnChars.computeIfAbsent(column, c -> sheet.getColumnWidth(c) / 256.0);
    }

    /** Cells merged across columns of one row, by their first cell, with the merged width. */
    private Map<CellAddress, Double> merged() {
      if (merged == null) {
        merged = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
          if (region.getFirstRow() != region.getLastRow()) {
            continue;
          }
          double chars = 0;
          for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
            chars += width(c);
          }
          merged.put(new CellAddress(region.getFirstRow(), region.getFirstColumn()), chars);
        }
      }
      return merged;
    }

    private Set<CellAddress> linked() {
      if (linked == null) {
        linked = new HashSet<>();
        for (Hyperlink link : sheet.getHyperlinkList()) {
          linked.add(new CellAddress(link.getFirstRow(), link.getFirstColumn()));
        }
      }
      return linked;
    }
  }
}
