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
import org.keuzevrij.scoring.Criteria;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Cells;
import org.keuzevrij.xlsx.Palette.Style;
import org.keuzevrij.xlsx.RowHeight;

/**
 * The first sheet, the decision on one page: what was compared under which profile and catalogue
 * version, then the ranked options with their criterion scores under the live weights (see {@link
 * LiveScores}), each total with a bar from 0 to 100, and below them the options that were knocked
 * out or do not fit, with why.
 */
final class RankingSheet {

  /** Dates in the workbook are the city's local time. */
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private static final int OFFERING_COLUMN = 1;

  private RankingSheet() {}

  static String name(Language lang) {
    return lang.pick("Rangorde", "Ranking");
  }

  static void write(XSSFSheet sheet, Cells cells, Evaluation evaluation, Language lang) {
    // In characters, set first as the row heights follow from them; 8 pt, one A4 page wide.
    sheet.setColumnWidth(LiveScores.RANK_COLUMN, 12 * 256);
    sheet.setColumnWidth(OFFERING_COLUMN, 27 * 256);
    sheet.setColumnWidth(2, 14 * 256);
    sheet.setColumnWidth(3, 10 * 256);
    for (int c = LiveScores.FIRST_SCORE_COLUMN; c < LiveScores.TOTAL_COLUMN; c++) {
      sheet.setColumnWidth(c, 10 * 256);
    }
    sheet.setColumnWidth(LiveScores.TOTAL_COLUMN, 9 * 256);
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
      {lang.pick("Catalogus", "Catalogue"), evaluation.catalogueVersion()},
      {lang.pick("Datum", "Date"), date(evaluation)},
      {
        lang.pick("Gewichten", "Weights"),
        evaluation.weights().overridden().isEmpty()
            ? lang.pick("die van het profiel", "the profile's")
            : lang.pick("aangepast: ", "changed: ")
                + String.join(", ", evaluation.weights().overridden())
      },
    };
    for (int i = 0; i < facts.length; i++) {
      Row row = sheet.createRow(1 + i);
      cells.text(row, 0, facts[i][0], Style.LABEL);
      cells.text(row, OFFERING_COLUMN, facts[i][1], Style.TEXT);
    }
    String[] note =
        lang.pick(
                "Volgorde zoals berekend. Pas de gewichten in de gele cellen aan (0 tot 100): totaal en rang rekenen mee."
                    + "\nTotaal = som van gewicht maal score, gedeeld door de som van de gewichten.",
                "Order as computed. Change the weights in the yellow cells (0 to 100): totals and ranks recompute."
                    + "\nTotal = sum of weight times score, divided by the sum of the weights.")
            .split("\n");
    for (int i = 0; i < note.length; i++) {
      cells.text(sheet.createRow(LiveScores.HEADER_ROW - note.length + i), 0, note[i], Style.TEXT);
    }
    Row header = sheet.createRow(LiveScores.HEADER_ROW);
    cells.text(header, LiveScores.RANK_COLUMN, lang.pick("Rang", "Rank"), Style.HEADER);
    cells.text(header, OFFERING_COLUMN, lang.pick("Aanbod", "Offering"), Style.HEADER);
    cells.text(header, 2, lang.pick("Leverancier", "Supplier"), Style.HEADER);
    cells.text(header, 3, lang.pick("Levering", "Delivery"), Style.HEADER);
    List<Criterion> criteria = Criteria.ALL;
    for (int c = 0; c < criteria.size(); c++) {
      int column = LiveScores.FIRST_SCORE_COLUMN + c;
      cells.text(
          header,
          column,
          RowHeight.hyphenated(
              criteria.get(c).hyphenated(lang == Language.NL),
              sheet.getColumnWidth(column) / 256.0,
              true),
          Style.HEADER);
    }
    cells.text(header, LiveScores.TOTAL_COLUMN, lang.pick("Totaal", "Total"), Style.HEADER);
    Row weights = sheet.createRow(LiveScores.WEIGHT_ROW);
    cells.text(weights, OFFERING_COLUMN, lang.pick("Gewicht", "Weight"), Style.LABEL);
    LiveScores.weights(weights, cells, evaluation);
    List<OptionResult> ranked = evaluation.ranked();
    for (int i = 0; i < ranked.size(); i++) {
      Row row = sheet.createRow(LiveScores.FIRST_OPTION_ROW + i);
      describe(row, cells, ranked.get(i));
      LiveScores.option(row, cells, ranked.get(i), ranked.size());
    }
    int next = LiveScores.FIRST_OPTION_ROW + ranked.size();
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
              "Past niet bij de toepassing (zie Geschiktheid en knock-outs)",
              "Does not fit the use case (see Fit and knock-outs)"));
    }
    if (!ranked.isEmpty()) {
      bars(sheet, ranked.size());
    }
    RowHeight.fit(sheet);
    LiveScores.validateWeights(sheet, lang);
    sheet.createFreezePane(OFFERING_COLUMN + 1, LiveScores.FIRST_OPTION_ROW);
    ComparisonWorkbook.print(
        sheet, LiveScores.TOTAL_COLUMN + 1, next - 1, LiveScores.HEADER_ROW, evaluation, lang);
  }

  /**
   * A row for an option that is not ranked: what it is and why it is out, the why across the score
   * columns, which it has none of.
   */
  private static void out(Row row, Cells cells, OptionResult result, String status, String why) {
    cells.text(row, LiveScores.RANK_COLUMN, status, Style.WRAPPED);
    describe(row, cells, result);
    cells.text(row, LiveScores.FIRST_SCORE_COLUMN, why, Style.WRAPPED);
    row.getSheet()
        .addMergedRegion(
            new CellRangeAddress(
                row.getRowNum(),
                row.getRowNum(),
                LiveScores.FIRST_SCORE_COLUMN,
                LiveScores.TOTAL_COLUMN));
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
    cells.text(row, OFFERING_COLUMN, result.option().offering().name(), Style.WRAPPED);
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
          new CellRangeAddress(
              LiveScores.FIRST_OPTION_ROW,
              LiveScores.FIRST_OPTION_ROW + count - 1,
              LiveScores.TOTAL_COLUMN,
              LiveScores.TOTAL_COLUMN)
        },
        rule);
  }
}
