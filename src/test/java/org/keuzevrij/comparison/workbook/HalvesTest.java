package org.keuzevrij.comparison.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.xlsx.Cells;
import org.keuzevrij.xlsx.Palette;

@DisplayName("Rationale lines set in two columns, as even as a cut between lines or items allows")
class HalvesTest {

  private static List<String> set(List<String> lines, List<Boolean> starts) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet();
      sheet.setColumnWidth(0, 40 * 256);
      sheet.setColumnWidth(1, 40 * 256);
      Row row = sheet.createRow(0);
      DetailSheets.halves(sheet, new Cells(new Palette(workbook)), row, 0, lines, starts);
      return List.of(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
    }
  }

  @Test
  @DisplayName("four short points: two in each column")
  void shortPoints() throws IOException {
    List<String> lines =
        List.of("Processing: NL", "Storage: NL", "Control plane: NL", "Training: no");
    assertEquals(
        List.of("Processing: NL\nStorage: NL", "Control plane: NL\nTraining: no"),
        set(lines, Collections.nCopies(4, true)));
  }

  private static final String POINT = "Every model has available weights (30/30)";
  private static final String FIRST =
      "Weights can be downloaded freely: gpt-oss-120b [9], Qwen3 [26];";
  private static final String REST =
      "Weights can be downloaded after accepting terms: Llama 3.1 [25], Llama 3.3 [8]; Weights"
          + " unknown: Gemma 4";
  private static final String DASH = "\u2014 ";

  @Test
  @DisplayName(
      "a long line of items beside a short point is cut after an item, its rest keeping the dash")
  void longLineOfItems() throws IOException {
    List<String> cut = set(List.of(POINT, DASH + FIRST + " " + REST), List.of(true, false));
    assertEquals(List.of(POINT + "\n" + DASH + FIRST, DASH + REST), cut);
  }

  @Test
  @DisplayName(
      "a point with its details run on after it is cut in the details, their rest with a dash")
  void pointWithDetails() throws IOException {
    List<String> cut = set(List.of(POINT + " " + DASH + FIRST + " " + REST), List.of(true));
    assertEquals(List.of(POINT + " " + DASH + FIRST, DASH + REST), cut);
  }

  @Test
  @DisplayName("a long line without items stays whole")
  void longLineWithoutItems() throws IOException {
    String one =
        "Data retention stated: prompts and outputs are not stored, and the conditions exclude any"
            + " backup or storage of them after the answer";
    assertEquals(List.of(one, ""), set(List.of(one), List.of(true)));
  }
}
