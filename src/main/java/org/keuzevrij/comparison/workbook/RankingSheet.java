package org.keuzevrij.comparison.workbook;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDataBarFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Cells;
import org.keuzevrij.xlsx.Palette.Style;
import org.keuzevrij.xlsx.RowHeight;

/**
 * The first sheet: what was compared under which profile and catalogue version, the ranking (rank
 * and total are formulas on the Scores sheet, so they follow changed weights) with the knocked-out
 * options below it; each total carries a bar from 0 to 100.
 */
final class RankingSheet {

  /** Dates in the workbook are the city's local time. */
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  static final int TABLE_ROW = 8;

  static final int TOTAL_COLUMN = 4;

  private RankingSheet() {}

  static void write(XSSFSheet sheet, Cells cells, Evaluation evaluation, Language lang) {
    // In characters, set first as the row heights follow from them; 8 pt, one A4 page wide.
    sheet.setColumnWidth(0, 17 * 256);
    sheet.setColumnWidth(1, 44 * 256);
    sheet.setColumnWidth(2, 20 * 256);
    sheet.setColumnWidth(3, 12 * 256);
    sheet.setColumnWidth(TOTAL_COLUMN, 24 * 256);
    sheet.setColumnWidth(5, 48 * 256);
    cells.text(
        sheet.createRow(0),
        0,
        lang.pick("Keuzevrij: vergelijking", "Keuzevrij: comparison"),
        Style.TITLE);
    String[][] facts = {
      {
        lang.pick("Use case", "Use case"),
        lang.pick(evaluation.useCase().nameNl(), evaluation.useCase().nameEn())
      },
      {lang.pick("Profiel", "Profile"), profile(evaluation, lang)},
      {lang.pick("Catalogusversie", "Catalogue version"), evaluation.catalogueVersion()},
      {lang.pick("Datum", "Date"), date(evaluation)},
      {
        lang.pick("Aangepaste gewichten", "Changed weights"),
        evaluation.weights().overridden().isEmpty()
            ? lang.pick("geen", "none")
            : String.join(", ", evaluation.weights().overridden())
      },
    };
    for (int i = 0; i < facts.length; i++) {
      Row row = sheet.createRow(1 + i);
      cells.text(row, 0, facts[i][0], Style.LABEL);
      cells.text(row, 1, facts[i][1], Style.TEXT);
    }
    cells.text(
        sheet.createRow(TABLE_ROW - 2),
        0,
        lang.pick(
            "Volgorde zoals berekend; rang en totaal rekenen mee als u de gewichten op het blad Scores wijzigt.",
            "Order as computed; rank and total follow when you change the weights on the Scores sheet."),
        Style.TEXT);
    Row header = sheet.createRow(TABLE_ROW - 1);
    String[] titles = {
      lang.pick("Rang", "Rank"),
      lang.pick("Aanbod", "Offering"),
      lang.pick("Leverancier", "Supplier"),
      lang.pick("Levering", "Delivery"),
      lang.pick("Totaal", "Total"),
      lang.pick("Knock-out", "Knock-out")
    };
    for (int c = 0; c < titles.length; c++) {
      cells.text(header, c, titles[c], Style.HEADER);
    }
    List<OptionResult> ranked = evaluation.ranked();
    for (int i = 0; i < ranked.size(); i++) {
      Row row = sheet.createRow(TABLE_ROW + i);
      int scoresRow = ScoresSheet.FIRST_OPTION_ROW + i + 1;
      row.createCell(0)
          .setCellFormula(
              ScoresSheet.NAME + "!" + ScoresSheet.column(ScoresSheet.RANK_COLUMN) + scoresRow);
      row.getCell(0).setCellStyle(cells.style(Style.COUNT));
      describe(row, cells, ranked.get(i));
      row.createCell(TOTAL_COLUMN)
          .setCellFormula(
              ScoresSheet.NAME + "!" + ScoresSheet.column(ScoresSheet.TOTAL_COLUMN) + scoresRow);
      row.getCell(TOTAL_COLUMN).setCellStyle(cells.style(Style.TOTAL));
    }
    int next = TABLE_ROW + ranked.size();
    for (OptionResult result : evaluation.excluded()) {
      out(
          sheet.createRow(next++),
          cells,
          result,
          lang.pick("uitgesloten", "excluded"),
          String.join(
              "; ", result.knockOuts().stream().map(k -> lang.pick(k.nl(), k.en())).toList()));
    }
    for (OptionResult result : evaluation.unfit()) {
      out(
          sheet.createRow(next++),
          cells,
          result,
          lang.pick("past niet", "does not fit"),
          lang.pick(
              "Past niet bij de toepassing (zie Geschiktheid)",
              "Does not fit the use case (see Fit)"));
    }
    if (!ranked.isEmpty()) {
      bars(sheet, ranked.size());
    }
    RowHeight.fit(sheet);
    ComparisonWorkbook.print(sheet, 6, next - 1, TABLE_ROW - 1, evaluation, lang);
  }

  /** A row for an option that is not ranked: what it is and why it is out. */
  private static void out(Row row, Cells cells, OptionResult result, String status, String why) {
    cells.text(row, 0, status, Style.TEXT);
    describe(row, cells, result);
    cells.text(row, 5, why, Style.WRAPPED);
  }

  static String profile(Evaluation evaluation, Language lang) {
    String name =
        evaluation
            .profile()
            .entity()
            .json()
            .path("name")
            .path(lang.code())
            .asText(evaluation.profile().id());
    return name
        + " ("
        + evaluation.profile().id()
        + ", "
        + lang.pick("versie ", "version ")
        + evaluation.profile().version()
        + ")";
  }

  static String date(Evaluation evaluation) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .format(evaluation.evaluatedAt().atZone(ZONE));
  }

  private static void describe(Row row, Cells cells, OptionResult result) {
    cells.text(row, 1, result.option().offering().name(), Style.WRAPPED);
    cells.text(row, 2, result.option().supplier().name(), Style.WRAPPED);
    cells.text(row, 3, result.option().delivery(), Style.TEXT);
  }

  /**
   * Bars in the total cells from 0 to 100, as a conditional format: they follow the live totals,
   * print inside the table in Excel and LibreOffice alike, and cannot be cut across pages as a
   * chart can.
   */
  private static void bars(XSSFSheet sheet, int count) {
    XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule rule =
        formatting.createConditionalFormattingRule(
            // ARGB: the file format wants all four bytes, or Excel offers to repair the file.
            new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0x63, (byte) 0x8E, (byte) 0xC6}));
    XSSFDataBarFormatting bar = rule.getDataBarFormatting();
    bar.getMinThreshold().setRangeType(RangeType.NUMBER);
    bar.getMinThreshold().setValue(0d);
    bar.getMaxThreshold().setRangeType(RangeType.NUMBER);
    bar.getMaxThreshold().setValue(100d);
    formatting.addConditionalFormatting(
        new CellRangeAddress[] {
          new CellRangeAddress(TABLE_ROW, TABLE_ROW + count - 1, TOTAL_COLUMN, TOTAL_COLUMN)
        },
        rule);
  }
}
