package org.keuzevrij.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A new workbook's shared strings")
class WorkbooksTest {

  @Test
  @DisplayName(
      "hold each text once, keep texts that look like XML or differ only in spaces apart, and keep"
          + " a rich text's runs")
  void sharedStrings() throws IOException {
    List<String> texts =
        List.of(
            "Data location",
            "Data location",
            "<xml-fragment>Data location</xml-fragment>",
            "Data location ",
            "tData location",
            "",
            "Data location");
    byte[] bytes;
    try (XSSFWorkbook workbook = Workbooks.create()) {
      Sheet sheet = workbook.createSheet();
      for (int i = 0; i < texts.size(); i++) {
        sheet.createRow(i).createCell(0).setCellValue(texts.get(i));
      }
      XSSFRichTextString rich = new XSSFRichTextString("Data location");
      XSSFFont bold = workbook.createFont();
      bold.setBold(true);
      rich.applyFont(0, 4, bold);
      sheet.createRow(texts.size()).createCell(0).setCellValue(rich);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      bytes = out.toByteArray();
    }
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = read.getSheetAt(0);
      for (int i = 0; i < texts.size(); i++) {
        Row row = sheet.getRow(i);
        assertEquals(texts.get(i), row.getCell(0).getStringCellValue(), "row " + i);
      }
      XSSFRichTextString rich =
          (XSSFRichTextString) sheet.getRow(texts.size()).getCell(0).getRichStringCellValue();
      assertEquals("Data location", rich.getString());
      assertEquals(2, rich.numFormattingRuns(), "the bold run survives");
      // 5 distinct plain texts and the rich one.
      assertEquals(6, read.getSharedStringSource().getUniqueCount());
      assertEquals(8, read.getSharedStringSource().getCount());
    }
  }
}
