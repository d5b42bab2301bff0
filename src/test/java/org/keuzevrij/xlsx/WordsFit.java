package org.keuzevrij.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Asserts that no word of a cell is wider than its column: print would cut it at any letter,
 * without a hyphen.
 */
public final class WordsFit {

  private WordsFit() {}

  /** Checks every word of the text in {@code cell}; returns how many. */
  public static int in(Sheet sheet, Cell cell, boolean bold) {
    double width = sheet.getColumnWidth(cell.getColumnIndex()) / 256.0;
    String[] words = cell.getStringCellValue().split("\\s+");
    for (String word : words) {
      assertEquals(
          1,
          RowHeight.lines(word, width, bold),
          sheet.getSheetName() + ": " + word + " in column " + cell.getColumnIndex());
    }
    return words.length;
  }
}
