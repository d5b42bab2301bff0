package org.keuzevrij.comparison.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;
import org.keuzevrij.scoring.Assessment;
import org.keuzevrij.scoring.Criteria;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.KnockOut;
import org.keuzevrij.scoring.Line;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.scoring.Unknown;
import org.keuzevrij.web.Language;

/**
 * The sheets behind the ranking: knock-outs with their reasons, every rationale line with its source (the evidence),
 * and the questions for suppliers, one per unknown fact. Ranked options come first, then the knocked-out ones.
 */
final class DetailSheets {

  private DetailSheets() {}

  static void knockOuts(Sheet sheet, Palette palette, Evaluation evaluation, Language lang) {
    header(sheet, palette, lang.pick("Aanbod", "Offering"), lang.pick("Regel", "Rule"),
        lang.pick("Reden", "Reason"), lang.pick("Bron", "Source"));
    int r = 1;
    for (OptionResult result : evaluation.excluded()) {
      for (KnockOut knockOut : result.knockOuts()) {
        for (Line line : knockOut.reasons()) {
          Row row = sheet.createRow(r++);
          palette.text(row, 0, result.option().offering().name());
          palette.wrapped(row, 1, lang.pick(knockOut.nl(), knockOut.en()));
          palette.wrapped(row, 2, lang.pick(line.nlText(), line.enText()));
          palette.source(row, 3, line.source());
        }
      }
    }
    if (r == 1) {
      palette.text(sheet.createRow(r), 0, lang.pick("Geen optie valt af op een knock-out.",
          "No option fails a knock-out."));
    }
    widths(sheet, 40, 50, 80, 50);
    finish(sheet, 4, r);
  }

  static void evidence(Sheet sheet, Palette palette, Evaluation evaluation, Language lang) {
    header(sheet, palette, lang.pick("Aanbod", "Offering"), lang.pick("Criterium", "Criterion"),
        lang.pick("Score", "Score"), lang.pick("Punten", "Points"), lang.pick("Max.", "Max."),
        lang.pick("Onderbouwing", "Rationale"), lang.pick("Bron", "Source"));
    int r = 1;
    for (OptionResult result : all(evaluation)) {
      for (Assessment assessment : result.assessments()) {
        Criterion criterion = Criteria.find(assessment.criterion()).orElseThrow();
        for (Line line : assessment.lines()) {
          Row row = sheet.createRow(r++);
          palette.text(row, 0, result.option().offering().name());
          palette.text(row, 1, lang.pick(criterion.nl(), criterion.en()));
          palette.number(row, 2, assessment.score().doubleValue(), palette.number1);
          if (line.scored()) {
            palette.number(row, 3, line.points().doubleValue(), palette.number2);
            palette.number(row, 4, line.max().doubleValue(), palette.number2);
          }
          String text = lang.pick(line.nlText(), line.enText());
          palette.wrapped(row, 5, line.depth() > 0 ? "\u2014 " + text : text);
          palette.source(row, 6, line.source());
        }
      }
    }
    widths(sheet, 40, 22, 8, 8, 8, 90, 50);
    finish(sheet, 7, r);
  }

  static void questions(Sheet sheet, Palette palette, Evaluation evaluation, Language lang) {
    header(sheet, palette, lang.pick("Aanbod", "Offering"), lang.pick("Leverancier", "Supplier"),
        lang.pick("Over", "About"), lang.pick("Vraag", "Question"), lang.pick("Telt mee bij", "Counts in"),
        lang.pick("Feit", "Fact"), lang.pick("Antwoord", "Answer"));
    int r = 1;
    for (OptionResult result : all(evaluation)) {
      for (Unknown unknown : result.unknowns()) {
        Row row = sheet.createRow(r++);
        palette.text(row, 0, result.option().offering().name());
        palette.text(row, 1, result.option().supplier().name());
        palette.text(row, 2, unknown.subject());
        palette.wrapped(row, 3, lang.pick(unknown.question().nl(), unknown.question().en()));
        palette.wrapped(row, 4, String.join(", ", unknown.usedBy().stream()
            .map(id -> result.usedBy(id)).map(name -> lang.pick(name.nl(), name.en())).toList()));
        palette.text(row, 5, unknown.fact());
        row.createCell(6).setCellStyle(palette.input);
      }
    }
    widths(sheet, 40, 24, 30, 80, 30, 50, 50);
    finish(sheet, 7, r);
  }

  private static List<OptionResult> all(Evaluation evaluation) {
    List<OptionResult> all = new ArrayList<>(evaluation.ranked());
    all.addAll(evaluation.excluded());
    return all;
  }

  private static void header(Sheet sheet, Palette palette, String... titles) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < titles.length; c++) {
      palette.styled(row, c, titles[c], palette.header);
    }
  }

  private static void widths(Sheet sheet, int... characters) {
    for (int c = 0; c < characters.length; c++) {
      sheet.setColumnWidth(c, characters[c] * 256);
    }
  }

  private static void finish(Sheet sheet, int columns, int rows) {
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 1), 0, columns - 1));
  }
}
