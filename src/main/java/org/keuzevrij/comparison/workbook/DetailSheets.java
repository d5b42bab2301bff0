package org.keuzevrij.comparison.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.keuzevrij.scoring.Assessment;
import org.keuzevrij.scoring.Criteria;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.Fit;
import org.keuzevrij.scoring.KnockOut;
import org.keuzevrij.scoring.Line;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.scoring.Unknown;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Cells;
import org.keuzevrij.xlsx.Hyperlinks;
import org.keuzevrij.xlsx.Palette.Style;
import org.keuzevrij.xlsx.RowHeight;

/**
 * The sheets behind the ranking: the fit check per option, knock-outs with their reasons, every
 * rationale line with its source (the evidence), and the questions for suppliers, one per unknown
 * fact. Ranked options come first, then the knocked-out ones, then (for fit and questions) those
 * that do not fit.
 */
final class DetailSheets {

  private DetailSheets() {}

  static void fit(Sheet sheet, Cells cells, Evaluation evaluation, Language lang) {
    widths(sheet, 36, 14, 76, 38);
    header(
        sheet,
        cells,
        lang.pick("Aanbod", "Offering"),
        lang.pick("Past", "Fit"),
        lang.pick("Reden", "Reason"),
        lang.pick("Bron", "Source"));
    int r = 1;
    List<OptionResult> all = all(evaluation);
    all.addAll(evaluation.unfit());
    for (OptionResult result : all) {
      Fit fit = result.fit();
      for (Line line : fit.lines()) {
        Row row = sheet.createRow(r++);
        cells.text(row, 0, result.option().offering().name(), Style.WRAPPED);
        cells.text(row, 1, lang.pick(fit.verdict().nl(), fit.verdict().en()), Style.WRAPPED);
        cells.text(
            row,
            2,
            (line.depth() > 0 ? "  " : "") + lang.pick(line.nlText(), line.enText()),
            Style.WRAPPED);
        source(sheet, cells, row, 3, line.source());
        RowHeight.fit(row);
      }
    }
    finish(sheet, 4, r, evaluation, lang);
  }

  static void knockOuts(Sheet sheet, Cells cells, Evaluation evaluation, Language lang) {
    widths(sheet, 30, 36, 62, 40);
    header(
        sheet,
        cells,
        lang.pick("Aanbod", "Offering"),
        lang.pick("Regel", "Rule"),
        lang.pick("Reden", "Reason"),
        lang.pick("Bron", "Source"));
    int r = 1;
    for (OptionResult result : evaluation.excluded()) {
      for (KnockOut knockOut : result.knockOuts()) {
        for (Line line : knockOut.reasons()) {
          Row row = sheet.createRow(r++);
          cells.text(row, 0, result.option().offering().name(), Style.WRAPPED);
          cells.text(row, 1, lang.pick(knockOut.nl(), knockOut.en()), Style.WRAPPED);
          cells.text(row, 2, lang.pick(line.nlText(), line.enText()), Style.WRAPPED);
          source(sheet, cells, row, 3, line.source());
          RowHeight.fit(row);
        }
      }
    }
    if (r == 1) {
      cells.text(
          sheet.createRow(r),
          0,
          lang.pick("Geen optie valt af op een knock-out.", "No option fails a knock-out."),
          Style.TEXT);
    }
    finish(sheet, 4, r, evaluation, lang);
  }

  static void evidence(Sheet sheet, Cells cells, Evaluation evaluation, Language lang) {
    widths(sheet, 30, 14, 6, 6, 6, 70, 34);
    header(
        sheet,
        cells,
        lang.pick("Aanbod", "Offering"),
        lang.pick("Criterium", "Criterion"),
        lang.pick("Score", "Score"),
        lang.pick("Punten", "Points"),
        lang.pick("Max.", "Max."),
        lang.pick("Onderbouwing", "Rationale"),
        lang.pick("Bron", "Source"));
    int r = 1;
    for (OptionResult result : all(evaluation)) {
      for (Assessment assessment : result.assessments()) {
        Criterion criterion = Criteria.find(assessment.criterion()).orElseThrow();
        for (Line line : assessment.lines()) {
          Row row = sheet.createRow(r++);
          cells.text(row, 0, result.option().offering().name(), Style.WRAPPED);
          cells.text(row, 1, lang.pick(criterion.nl(), criterion.en()), Style.WRAPPED);
          cells.number(row, 2, assessment.score().doubleValue(), Style.ONE_DECIMAL);
          if (line.scored()) {
            cells.number(row, 3, line.points().doubleValue(), Style.TWO_DECIMALS);
            cells.number(row, 4, line.max().doubleValue(), Style.TWO_DECIMALS);
          }
          String text = lang.pick(line.nlText(), line.enText());
          cells.text(row, 5, line.depth() > 0 ? "\u2014 " + text : text, Style.WRAPPED);
          source(sheet, cells, row, 6, line.source());
          RowHeight.fit(row);
        }
      }
    }
    finish(sheet, 7, r, evaluation, lang);
  }

  static void questions(Sheet sheet, Cells cells, Evaluation evaluation, Language lang) {
    widths(sheet, 20, 12, 16, 52, 14, 26, 14, 12);
    header(
        sheet,
        cells,
        lang.pick("Aanbod", "Offering"),
        lang.pick("Leverancier", "Supplier"),
        lang.pick("Over", "About"),
        lang.pick("Vraag", "Question"),
        lang.pick("Telt mee bij", "Counts in"),
        lang.pick("Feit", "Fact"),
        lang.pick("Antwoord", "Answer"),
        lang.pick("Soort onbekend", "Kind of unknown"));
    int r = 1;
    List<OptionResult> asked = all(evaluation);
    asked.addAll(evaluation.unfit());
    for (OptionResult result : asked) {
      for (Unknown unknown : result.unknowns()) {
        Row row = sheet.createRow(r++);
        cells.text(row, 0, result.option().offering().name(), Style.WRAPPED);
        cells.text(row, 1, result.option().supplier().name(), Style.WRAPPED);
        cells.text(row, 2, unknown.subject(), Style.WRAPPED);
        cells.text(
            row, 3, lang.pick(unknown.question().nl(), unknown.question().en()), Style.WRAPPED);
        cells.text(
            row,
            4,
            String.join(
                ", ",
                unknown.usedBy().stream()
                    .map(id -> result.usedBy(id))
                    .map(name -> lang.pick(name.nl(), name.en()))
                    .toList()),
            Style.WRAPPED);
        cells.text(row, 5, unknown.fact(), Style.WRAPPED);
        cells.empty(row, 6, Style.INPUT);
        if (unknown.reason() != null) {
          cells.text(row, 7, lang.pick(unknown.reasonNl(), unknown.reasonEn()), Style.WRAPPED);
        } else {
          cells.empty(row, 7, Style.TEXT);
        }
        RowHeight.fit(row);
      }
    }
    finish(sheet, 8, r, evaluation, lang);
  }

  /** A source's link, its text cut to the column so that it neither wraps nor runs past it. */
  private static void source(Sheet sheet, Cells cells, Row row, int column, String url) {
    String label = Hyperlinks.label(url, sheet.getColumnWidth(column) / 256.0);
    cells.link(row, column, label, url, Style.TEXT, Style.LINK);
  }

  private static List<OptionResult> all(Evaluation evaluation) {
    List<OptionResult> all = new ArrayList<>(evaluation.ranked());
    all.addAll(evaluation.excluded());
    return all;
  }

  private static void header(Sheet sheet, Cells cells, String... titles) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < titles.length; c++) {
      cells.text(row, c, titles[c], Style.HEADER);
    }
    RowHeight.fit(row);
  }

  /**
   * Column widths in characters, set before the rows as their heights follow from them; each
   * sheet's add up to what prints one A4 landscape page wide at 8 pt.
   */
  private static void widths(Sheet sheet, int... characters) {
    for (int c = 0; c < characters.length; c++) {
      sheet.setColumnWidth(c, characters[c] * 256);
    }
  }

  private static void finish(
      Sheet sheet, int columns, int rows, Evaluation evaluation, Language lang) {
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 1), 0, columns - 1));
    ComparisonWorkbook.print(sheet, columns, Math.max(rows - 1, 1), 0, evaluation, lang);
  }
}
