package org.keuzevrij.xlsx;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every sheet prints: A4 landscape, one page wide, the table's header row on every page, the
 * print area over what was written, and a short header and footer whose parts cannot run into each
 * other: the title on the left of the header and the sheet's name on its right, the version on the
 * left of the footer and the page number on its right.
 */
public final class PageSetup {

  /** Pages tall a sheet may take before it is shrunk: more than any of ours needs. */
  static final short TALL = 999;

  /**
   * Margins in inches: the page header and footer (one line of 8 pt each) sit 0.15" from the
   * paper's edge, the table starts 0.35" from it, the sides keep 0.3"; most office printers print
   * to within 0.2" of the edge.
   */
  static final double TOP = 0.35;

  static final double HEADER = 0.15;

  static final double SIDE = 0.3;

  private PageSetup() {}

  /**
   * Sets up {@code sheet} for print over columns 0 to {@code columns - 1} and rows 0 to {@code
   * lastRow}.
   *
   * @param headerRow the row (from 0) repeated at the top of every page, or -1 for none
   * @param title the page header, e.g. "Keuzevrij: Checklist contractclausules"
   * @param version the footer's left part, e.g. the catalogue version
   * @param pageOf the footer's right part with {@code &P} and {@code &N} for page and page count
   */
  public static void apply(
      Sheet sheet,
      int columns,
      int lastRow,
      int headerRow,
      String title,
      String version,
      String pageOf) {
    PrintSetup setup = sheet.getPrintSetup();
    setup.setLandscape(true);
    setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
    setup.setFitWidth((short) 1);
    // As many pages tall as it takes. Not 0 ("automatic"): with 0, LibreOffice shrinks some long
    // sheets to 97% though their columns fit, so 8 pt prints as 7.8 pt.
    setup.setFitHeight(TALL);
    setup.setHeaderMargin(HEADER);
    setup.setFooterMargin(HEADER);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setMargin(Sheet.LeftMargin, SIDE);
    sheet.setMargin(Sheet.RightMargin, SIDE);
    sheet.setMargin(Sheet.TopMargin, TOP);
    sheet.setMargin(Sheet.BottomMargin, TOP);
    sheet.setMargin(Sheet.HeaderMargin, HEADER);
    sheet.setMargin(Sheet.FooterMargin, HEADER);
    if (headerRow >= 0) {
      sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
    Workbook workbook = sheet.getWorkbook();
    workbook.setPrintArea(
        workbook.getSheetIndex(sheet), 0, Math.max(columns - 1, 0), 0, Math.max(lastRow, 0));
    sheet.getHeader().setLeft(escape(title));
    // &A is the sheet's name, in Excel and LibreOffice alike.
    sheet.getHeader().setRight("&A");
    sheet.getFooter().setLeft(escape(version));
    sheet.getFooter().setRight(pageOf);
  }

  /** '&' starts a header code, so a literal one is doubled. */
  static String escape(String text) {
    return text.replace("&", "&&");
  }
}
