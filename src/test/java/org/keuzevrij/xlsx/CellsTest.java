package org.keuzevrij.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.xlsx.Palette.Style;

@DisplayName("Cells")
class CellsTest {

  private XSSFWorkbook workbook;
  private Cells cells;
  private Row row;

  @BeforeEach
  void open() {
    workbook = new XSSFWorkbook();
    cells = new Cells(new Palette(workbook));
    row = workbook.createSheet().createRow(0);
  }

  @AfterEach
  void close() throws IOException {
    workbook.close();
  }

  @Test
  @DisplayName("keep text that starts like a formula as quote-prefixed text")
  void formulaLikeText() {
    String[] hostile = {
      "=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-1", "@SUM(1+1)", "\tx", "\rx"
    };
    for (int c = 0; c < hostile.length; c++) {
      Cell cell = cells.text(row, c, hostile[c], Style.WRAPPED);
      assertEquals(CellType.STRING, cell.getCellType());
      assertEquals(hostile[c], cell.getStringCellValue());
      assertTrue(cell.getCellStyle().getQuotePrefixed(), hostile[c]);
      assertTrue(
          cell.getCellStyle().getWrapText(), "the quoted twin keeps the style: " + hostile[c]);
    }
    assertFalse(
        cells.text(row, 10, "ordinary text", Style.WRAPPED).getCellStyle().getQuotePrefixed());
  }

  @Test
  @DisplayName("cut text at Excel's cell limit, marking the cut")
  void longText() {
    String text =
        cells.text(row, 0, "x".repeat(Cells.MAX_TEXT + 10), Style.TEXT).getStringCellValue();
    assertEquals(Cells.MAX_TEXT, text.length());
    assertTrue(text.endsWith("\u2026"));
  }

  @Test
  @DisplayName("leave a cell without text blank and unstyled")
  void noText() {
    Cell cell = cells.text(row, 0, null, Style.HEADER);
    assertEquals(CellType.BLANK, cell.getCellType());
    assertEquals(0, cell.getCellStyle().getIndex());
  }

  @Test
  @DisplayName("link only to http and https addresses; other addresses stay plain text")
  void links() {
    Cell script =
        cells.link(row, 0, "javascript:alert(1)", "javascript:alert(1)", Style.TEXT, Style.LINK);
    assertNull(script.getHyperlink());
    assertEquals("javascript:alert(1)", script.getStringCellValue());
    assertEquals(cells.style(Style.TEXT).getIndex(), script.getCellStyle().getIndex());
    Cell web = cells.link(row, 1, "Source", "https://example.org/a", Style.TEXT, Style.LINK);
    assertNotNull(web.getHyperlink());
    assertEquals("https://example.org/a", web.getHyperlink().getAddress());
    assertEquals(cells.style(Style.LINK).getIndex(), web.getCellStyle().getIndex());
  }

  @Test
  @DisplayName("share one style per kind across the workbook")
  void stylesAreShared() {
    for (int c = 0; c < 100; c++) {
      cells.text(row, c, "text " + c, Style.WRAPPED);
      cells.text(row, 100 + c, "=" + c, Style.WRAPPED);
    }
    assertEquals(
        3, workbook.getNumCellStyles(), "the default style, the wrapped style and its quoted twin");
  }
}
