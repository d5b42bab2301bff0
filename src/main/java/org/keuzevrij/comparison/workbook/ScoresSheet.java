package org.keuzevrij.comparison.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.keuzevrij.scoring.Criteria;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Cells;
import org.keuzevrij.xlsx.Palette.Style;
import org.keuzevrij.xlsx.RowHeight;

/**
 * The live sheet: criterion weights are input cells, every total is a SUMPRODUCT formula over them
 * and every rank a RANK formula, so an officer who changes a weight in Excel or LibreOffice sees
 * totals and ranks recompute. The formulas do what the API does: the weighted mean of the criterion
 * scores, rounded to two decimals.
 */
final class ScoresSheet {

  static final String NAME = "Scores";
  static final int WEIGHT_ROW = 4;
  static final int FIRST_OPTION_ROW = 5;
  static final int FIRST_SCORE_COLUMN = 2;
  static final int TOTAL_COLUMN = FIRST_SCORE_COLUMN + Criteria.ALL.size();
  static final int RANK_COLUMN = TOTAL_COLUMN + 1;

  private ScoresSheet() {}

  static void write(XSSFSheet sheet, Cells cells, Evaluation evaluation, Language lang) {
    // In characters, set first as the row heights follow from them; 8 pt, one A4 page wide.
    sheet.setColumnWidth(0, 34 * 256);
    sheet.setColumnWidth(1, 18 * 256);
    for (int c = FIRST_SCORE_COLUMN; c < TOTAL_COLUMN; c++) {
      sheet.setColumnWidth(c, 10 * 256);
    }
    sheet.setColumnWidth(TOTAL_COLUMN, 9 * 256);
    sheet.setColumnWidth(RANK_COLUMN, 6 * 256);
    cells.text(
        sheet.createRow(0), 0, lang.pick("Scores en gewichten", "Scores and weights"), Style.TITLE);
    cells.text(
        sheet.createRow(1),
        0,
        lang.pick(
            "Pas de gewichten in de gele cellen aan (0 tot 100): totalen en rangen rekenen mee. Totaal = som van gewicht "
                + "maal score, gedeeld door de som van de gewichten.",
            "Change the weights in the yellow cells (0 to 100): totals and ranks recompute. Total = sum of weight times "
                + "score, divided by the sum of the weights."),
        Style.WRAPPED);
    Row header = sheet.createRow(3);
    cells.text(header, 0, lang.pick("Aanbod", "Offering"), Style.HEADER);
    cells.text(header, 1, lang.pick("Leverancier", "Supplier"), Style.HEADER);
    Row weights = sheet.createRow(WEIGHT_ROW);
    cells.text(weights, 0, lang.pick("Gewicht", "Weight"), Style.LABEL);
    List<Criterion> criteria = Criteria.ALL;
    for (int c = 0; c < criteria.size(); c++) {
      Criterion criterion = criteria.get(c);
      cells.text(
          header, FIRST_SCORE_COLUMN + c, lang.pick(criterion.nl(), criterion.en()), Style.HEADER);
      cells.number(
          weights, FIRST_SCORE_COLUMN + c, evaluation.weights().get(criterion.id()), Style.INPUT);
    }
    cells.text(header, TOTAL_COLUMN, lang.pick("Totaal", "Total"), Style.HEADER);
    cells.text(header, RANK_COLUMN, lang.pick("Rang", "Rank"), Style.HEADER);
    weights.createCell(TOTAL_COLUMN).setCellFormula("SUM(" + weightRange(false) + ")");
    weights.getCell(TOTAL_COLUMN).setCellStyle(cells.style(Style.TWO_DECIMALS));
    List<OptionResult> ranked = evaluation.ranked();
    for (int i = 0; i < ranked.size(); i++) {
      option(sheet.createRow(FIRST_OPTION_ROW + i), cells, ranked.get(i), ranked.size());
    }
    validateWeights(sheet, lang);
    sheet.createFreezePane(1, FIRST_OPTION_ROW);
    RowHeight.fit(sheet);
    ComparisonWorkbook.print(
        sheet, RANK_COLUMN + 1, FIRST_OPTION_ROW + ranked.size() - 1, 3, evaluation, lang);
  }

  private static void option(Row row, Cells cells, OptionResult result, int count) {
    cells.text(row, 0, result.option().offering().name(), Style.WRAPPED);
    cells.text(row, 1, result.option().supplier().name(), Style.WRAPPED);
    for (int c = 0; c < Criteria.ALL.size(); c++) {
      double score = result.assessment(Criteria.IDS.get(c)).score().doubleValue();
      cells.number(row, FIRST_SCORE_COLUMN + c, score, Style.ONE_DECIMAL);
    }
    int excelRow = row.getRowNum() + 1;
    String scores =
        column(FIRST_SCORE_COLUMN) + excelRow + ":" + column(TOTAL_COLUMN - 1) + excelRow;
    row.createCell(TOTAL_COLUMN)
        .setCellFormula(
            "ROUND(SUMPRODUCT("
                + weightRange(true)
                + ","
                + scores
                + ")/SUM("
                + weightRange(true)
                + "),2)");
    row.getCell(TOTAL_COLUMN).setCellStyle(cells.style(Style.TOTAL));
    row.createCell(RANK_COLUMN)
        .setCellFormula("RANK(" + column(TOTAL_COLUMN) + excelRow + "," + totalsRange(count) + ")");
    row.getCell(RANK_COLUMN).setCellStyle(cells.style(Style.COUNT));
  }

  /**
   * Typed weights outside 0 to 100 are refused; XSSF validations accept anything unless the error
   * box is on.
   */
  private static void validateWeights(XSSFSheet sheet, Language lang) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint constraint =
        helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100");
    DataValidation validation =
        helper.createValidation(
            constraint,
            new CellRangeAddressList(WEIGHT_ROW, WEIGHT_ROW, FIRST_SCORE_COLUMN, TOTAL_COLUMN - 1));
    validation.setShowErrorBox(true);
    validation.createErrorBox(
        lang.pick("Gewicht", "Weight"),
        lang.pick(
            "Een gewicht is een getal van 0 tot 100.", "A weight is a number from 0 to 100."));
    sheet.addValidationData(validation);
  }

  static String weightRange(boolean absolute) {
    String row = Integer.toString(WEIGHT_ROW + 1);
    String dollar = absolute ? "$" : "";
    return dollar
        + column(FIRST_SCORE_COLUMN)
        + dollar
        + row
        + ":"
        + dollar
        + column(TOTAL_COLUMN - 1)
        + dollar
        + row;
  }

  static String totalsRange(int count) {
    String total = "$" + column(TOTAL_COLUMN) + "$";
    return total + (FIRST_OPTION_ROW + 1) + ":" + total + (FIRST_OPTION_ROW + Math.max(count, 1));
  }

  static String column(int index) {
    return CellReference.convertNumToColString(index);
  }
}
