package org.keuzevrij.comparison.workbook;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Cells;
import org.keuzevrij.xlsx.Palette.Style;

/**
 * The first sheet: what was compared under which profile and catalogue version, the ranking (rank
 * and total are formulas on the Scores sheet, so they follow changed weights) with the knocked-out
 * options below it, and a bar chart of the totals.
 */
final class RankingSheet {

  /** Dates in the workbook are the city's local time. */
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  static final int TABLE_ROW = 8;

  private RankingSheet() {}

  /** Writes everything but the chart; returns the row below the table, where the chart goes. */
  static int write(XSSFSheet sheet, Cells cells, Evaluation evaluation, Language lang) {
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
        Style.WRAPPED);
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
      describe(row, cells, ranked.get(i));
      row.createCell(4)
          .setCellFormula(
              ScoresSheet.NAME + "!" + ScoresSheet.column(ScoresSheet.TOTAL_COLUMN) + scoresRow);
      row.getCell(4).setCellStyle(cells.style(Style.TOTAL));
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
    sheet.setColumnWidth(0, 20 * 256);
    sheet.setColumnWidth(1, 48 * 256);
    sheet.setColumnWidth(2, 24 * 256);
    sheet.setColumnWidth(3, 14 * 256);
    sheet.setColumnWidth(4, 10 * 256);
    sheet.setColumnWidth(5, 60 * 256);
    return next + 1;
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
    cells.text(row, 1, result.option().offering().name(), Style.TEXT);
    cells.text(row, 2, result.option().supplier().name(), Style.TEXT);
    cells.text(row, 3, result.option().delivery(), Style.TEXT);
  }

  /** Horizontal bars of the live totals on the Scores sheet, the best at the top. */
  static void chart(XSSFSheet sheet, XSSFSheet scores, int count, int firstRow, Language lang) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    int height = Math.max(12, 2 * count + 4);
    XSSFChart chart =
        drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 1, firstRow, 6, firstRow + height));
    chart.setTitleText(lang.pick("Totaalscore (0-100)", "Total score (0-100)"));
    chart.setTitleOverlay(false);
    XDDFCategoryAxis options = chart.createCategoryAxis(AxisPosition.LEFT);
    options.setOrientation(AxisOrientation.MAX_MIN);
    XDDFValueAxis totals = chart.createValueAxis(AxisPosition.BOTTOM);
    totals.setCrosses(AxisCrosses.AUTO_ZERO);
    totals.setMinimum(0);
    totals.setMaximum(100);
    int first = ScoresSheet.FIRST_OPTION_ROW;
    int last = first + count - 1;
    var names =
        XDDFDataSourcesFactory.fromStringCellRange(scores, new CellRangeAddress(first, last, 0, 0));
    var values =
        XDDFDataSourcesFactory.fromNumericCellRange(
            scores,
            new CellRangeAddress(first, last, ScoresSheet.TOTAL_COLUMN, ScoresSheet.TOTAL_COLUMN));
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, options, totals);
    data.setBarDirection(BarDirection.BAR);
    data.setVaryColors(false);
    XDDFChartData.Series series = data.addSeries(names, values);
    series.setTitle(lang.pick("Totaal", "Total"), null);
    chart.plot(data);
  }
}
