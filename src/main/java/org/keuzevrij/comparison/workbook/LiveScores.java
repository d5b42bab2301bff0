package org.keuzevrij.comparison.workbook;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.keuzevrij.scoring.Criteria;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Cells;
import org.keuzevrij.xlsx.Palette.Style;

/**
 * The live part of the ranking: criterion weights are input cells, every total is a SUMPRODUCT
 * formula over them and every rank a RANK formula, so an officer who changes a weight in Excel or
 * LibreOffice sees totals and ranks recompute. The formulas do what the API does: the weighted mean
 * of the criterion scores, rounded to two decimals. Where the cells sit on the Ranking sheet.
 */
final class LiveScores {

  static final int HEADER_ROW = 8;
  static final int WEIGHT_ROW = HEADER_ROW + 1;
  static final int FIRST_OPTION_ROW = WEIGHT_ROW + 1;
  static final int RANK_COLUMN = 0;
  static final int FIRST_SCORE_COLUMN = 4;
  static final int TOTAL_COLUMN = FIRST_SCORE_COLUMN + Criteria.ALL.size();

  private LiveScores() {}

  /** The weights row: one input cell per criterion, their sum under Total. */
  static void weights(Row row, Cells cells, Evaluation evaluation) {
    for (int c = 0; c < Criteria.ALL.size(); c++) {
      cells.number(
          row, FIRST_SCORE_COLUMN + c, evaluation.weights().get(Criteria.IDS.get(c)), Style.INPUT);
    }
    cells.formula(row, TOTAL_COLUMN, "SUM(" + weightRange(false) + ")", Style.TWO_DECIMALS);
  }

  /** The ranked option's scores, its live total and its live rank among {@code count}. */
  static void option(Row row, Cells cells, OptionResult result, int count) {
    for (int c = 0; c < Criteria.ALL.size(); c++) {
      double score = result.assessment(Criteria.IDS.get(c)).score().doubleValue();
      cells.number(row, FIRST_SCORE_COLUMN + c, score, Style.ONE_DECIMAL);
    }
    int excelRow = row.getRowNum() + 1;
    String scores =
        column(FIRST_SCORE_COLUMN) + excelRow + ":" + column(TOTAL_COLUMN - 1) + excelRow;
    cells.formula(
        row,
        TOTAL_COLUMN,
        "ROUND(SUMPRODUCT("
            + weightRange(true)
            + ","
            + scores
            + ")/SUM("
            + weightRange(true)
            + "),2)",
        Style.TOTAL);
    cells.formula(
        row,
        RANK_COLUMN,
        "RANK(" + column(TOTAL_COLUMN) + excelRow + "," + totalsRange(count) + ")",
        Style.COUNT);
  }

  /** The live total of the {@code i}-th ranked option, for formulas on other sheets. */
  static String total(int i, Language lang) {
    return RankingSheet.name(lang) + "!$" + column(TOTAL_COLUMN) + "$" + (FIRST_OPTION_ROW + i + 1);
  }

  /**
   * Typed weights outside 0 to 100 are refused; XSSF validations accept anything unless the error
   * box is on.
   */
  static void validateWeights(XSSFSheet sheet, Language lang) {
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
