package org.keuzevrij.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Row heights from texts, column widths and font")
class RowHeightTest {

  @Test
  @DisplayName("a short text takes one line, a long one wraps at spaces, a newline starts a line")
  void lines() {
    assertEquals(1, RowHeight.lines("te doen", 20, false));
    assertEquals(1, RowHeight.lines("", 20, false));
    assertEquals(2, RowHeight.lines("een\ntwee", 20, false));
    assertTrue(RowHeight.lines("woord ".repeat(40), 20, false) >= 12);
    assertTrue(RowHeight.lines("x".repeat(100), 20, false) >= 5, "a long word is cut");
    assertEquals(
        3,
        RowHeight.lines("models/teuken-7b, voxtral-small-24b#/quality/euroevalMmluNl", 34, false),
        "LibreOffice moved the word after the comma whole to the next line and cut it there");
  }

  @Test
  @DisplayName(
      "glyphs take Arial's widths: a digit is one unit, narrow letters less, wide ones more")
  void widths() {
    assertEquals(10, RowHeight.width("0123456789"), 1e-9);
    assertTrue(RowHeight.width("iiilll") < 6 * 0.5);
    assertTrue(RowHeight.width("WM") > 2 * 1.4);
    assertEquals(1, RowHeight.lines("i".repeat(40), 20, false), "40 narrow letters fit 20 digits");
    assertEquals(4, RowHeight.lines("W".repeat(40), 20, false), "10 wide ones a line");
  }

  @Test
  @DisplayName(
      "a word too long for the column breaks at its last soft hyphen that fits, with a hyphen;"
          + " a word that fits loses its soft hyphens")
  void hyphenated() {
    String portability = "Over\u00ADdraag\u00ADbaar\u00ADheid";
    assertEquals("Overdraag-\nbaarheid", RowHeight.hyphenated(portability, 12, false));
    // Bold glyphs are wider: in a column of 10, "Overdraag-" does not fit a line.
    assertEquals("Over-\ndraag-\nbaarheid", RowHeight.hyphenated(portability, 10, true));
    assertEquals("Overdraagbaarheid", RowHeight.hyphenated(portability, 20, false));
    assertEquals(
        "Flexibiliteit van het contract",
        RowHeight.hyphenated("Flexi\u00ADbili\u00ADteit van het contract", 13, false));
    // Without a soft hyphen a long word stays as it is, for the spreadsheet to cut.
    assertEquals("Machtsconcentratie", RowHeight.hyphenated("Machtsconcentratie", 10, false));
  }

  @Test
  @DisplayName("the row takes the tallest cell; a text that does not wrap takes one line")
  void points() {
    String longText = "woord ".repeat(40);
    float wrapped = RowHeight.points(List.of(new RowHeight.Text(longText, 20, 8, false, true)));
    float plain = RowHeight.points(List.of(new RowHeight.Text(longText, 20, 8, false, false)));
    assertEquals(Math.ceil(8 * RowHeight.LINE + RowHeight.PADDING), plain, 0.01);
    assertTrue(wrapped > 10 * plain);
    float both =
        RowHeight.points(
            List.of(
                new RowHeight.Text("kort", 20, 8, false, true),
                new RowHeight.Text(longText, 20, 8, false, true)));
    assertEquals(wrapped, both, 0.01);
    float endless =
        RowHeight.points(List.of(new RowHeight.Text("woord ".repeat(4000), 20, 8, false, true)));
    assertEquals(RowHeight.MAX, endless, 0.01, "no taller than Excel allows");
  }

  @Test
  @DisplayName("a text in cells merged across columns wraps in their width together")
  void merged() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet();
      for (int c = 0; c < 3; c++) {
        sheet.setColumnWidth(c, 20 * 256);
      }
      CellStyle wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      workbook.getFontAt(wrapped.getFontIndex()).setFontHeightInPoints((short) 8);
      String text = "woord ".repeat(9);
      for (int r = 0; r < 2; r++) {
        Cell cell = sheet.createRow(r).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(wrapped);
      }
      sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 2));
      RowHeight.fit(sheet);
      assertEquals(
          RowHeight.points(List.of(new RowHeight.Text(text, 20, 8, false, true))),
          sheet.getRow(0).getHeightInPoints(),
          0.01);
      assertEquals(
          RowHeight.points(List.of(new RowHeight.Text(text, 60, 8, false, true))),
          sheet.getRow(1).getHeightInPoints(),
          0.01,
          "one line in three columns, where one column takes three");
    }
  }
}
