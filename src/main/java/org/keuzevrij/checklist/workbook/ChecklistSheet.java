package org.keuzevrij.checklist.workbook;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.keuzevrij.checklist.Checklist;
import org.keuzevrij.checklist.Status;
import org.keuzevrij.checklist.clauses.Priority;
import org.keuzevrij.checklist.clauses.TemplateFacts;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Palette.Style;

/**
 * The sheet legal staff work in: one row per clause that applies, with a strict status drop-down
 * and a due date.
 */
final class ChecklistSheet {

  static final int PRIORITY_COLUMN = 5;
  static final int STATUS_COLUMN = 7;
  static final int DUE_COLUMN = 9;
  private static final Words[] HEADERS = {
    Words.ID,
    Words.CATEGORY,
    Words.REQUIREMENT,
    Words.WHY,
    Words.SOURCE_STATUS,
    Words.PRIORITY,
    Words.BASIS,
    Words.STATUS,
    Words.OWNER,
    Words.DUE,
    Words.NOTES
  };

  /**
   * In characters; they add up to what fits one A4 landscape page wide at 8 pt. The requirement,
   * the clause's own words, takes the most room, as it takes the most lines.
   */
  private static final int[] WIDTHS = {9, 11, 55, 19, 28, 9, 12, 9, 9, 9, 8};

  private ChecklistSheet() {}

  static void write(SheetWriter writer, Checklist checklist, Sources sources) {
    Language language = checklist.language();
    writer.header(0, HEADERS, WIDTHS, language);
    int index = 1;
    for (Checklist.Row row : checklist.rows()) {
      Row cells = writer.row(index++);
      writer.text(cells, 0, row.id(), Style.TEXT);
      writer.text(cells, 1, row.category().label(language), Style.WRAPPED);
      writer.text(cells, 2, requirement(row.requirement(), checklist), Style.WRAPPED);
      // The facts' details are on the facts sheet, once each, not on every row they decide.
      writer.text(cells, 3, row.briefWhy(), Style.WRAPPED);
      // Plain text: LibreOffice lays a linked cell's text out as one field that never wraps, so
      // it would print over the next columns. Every source's full title and link is on the
      // Sources sheet, under the number cited here.
      writer.text(
          cells,
          4,
          row.sources().stream().map(sources::citation).collect(Collectors.joining("\n")),
          Style.WRAPPED);
      writer.text(cells, PRIORITY_COLUMN, row.priority().label(language), Style.WRAPPED);
      writer.text(cells, 6, row.basis().label(language), Style.WRAPPED);
      writer.text(cells, STATUS_COLUMN, Status.TO_DO.label(language), Style.TEXT);
      writer.empty(cells, 8, Style.WRAPPED);
      writer.date(cells, DUE_COLUMN, null);
      writer.empty(cells, 10, Style.WRAPPED);
    }
    int lastRow = Math.max(checklist.rows().size(), 1);
    writer.table(HEADERS.length, lastRow);
    validate(writer.sheet(), language, lastRow);
    highlight(writer.sheet(), language, lastRow);
  }

  /**
   * A requirement as printed: where it names every model of an offering that serves more than
   * {@link #LISTED_MODELS}, the list gives way to "all 27 models of the offering (see Summary)", as
   * the Summary names each. Twenty-seven names on each of a dozen clauses took two pages.
   */
  static String requirement(String text, Checklist checklist) {
    List<String> models = checklist.subject().modelNames();
    if (models.size() <= LISTED_MODELS) {
      return text;
    }
    Language language = checklist.language();
    return text.replace(
        TemplateFacts.join(models, language),
        language.pick(
            "alle " + models.size() + " modellen van het aanbod (zie Samenvatting)",
            "all " + models.size() + " models of the offering (see Summary)"));
  }

  /** Most offerings serve a few models; a platform may serve dozens. */
  static final int LISTED_MODELS = 6;

  /**
   * Status only from the list and due dates only as dates; Excel refuses anything else (XSSF needs
   * the error box on).
   */
  private static void validate(Sheet sheet, Language language, int lastRow) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation status =
        helper.createValidation(
            helper.createExplicitListConstraint(Status.labels(language)),
            new CellRangeAddressList(1, lastRow, STATUS_COLUMN, STATUS_COLUMN));
    strict(status, Words.STATUS_ERROR_TITLE.in(language), Words.STATUS_ERROR.in(language));
    sheet.addValidationData(status);
    DataValidationConstraint dates =
        helper.createDateConstraint(
            DataValidationConstraint.OperatorType.BETWEEN,
            "DATE(2000,1,1)",
            "DATE(2100,12,31)",
            "yyyy-mm-dd");
    DataValidation due =
        helper.createValidation(
            dates, new CellRangeAddressList(1, lastRow, DUE_COLUMN, DUE_COLUMN));
    strict(due, Words.DATE_ERROR_TITLE.in(language), Words.DATE_ERROR.in(language));
    sheet.addValidationData(due);
  }

  private static void strict(DataValidation validation, String title, String text) {
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.setShowErrorBox(true);
    validation.createErrorBox(title, text);
    validation.setEmptyCellAllowed(true);
  }

  /**
   * Colours by status and priority, as conditional formats: they cost no cell styles and follow
   * edits.
   */
  private static void highlight(Sheet sheet, Language language, int lastRow) {
    SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    CellRangeAddress[] statuses = {new CellRangeAddress(1, lastRow, STATUS_COLUMN, STATUS_COLUMN)};
    fill(formatting, statuses, Status.AGREED.label(language), IndexedColors.LIGHT_GREEN);
    fill(
        formatting,
        statuses,
        Status.DEVIATION_APPROVED.label(language),
        IndexedColors.LIGHT_TURQUOISE);
    fill(formatting, statuses, Status.NEGOTIATING.label(language), IndexedColors.LIGHT_ORANGE);
    fill(formatting, statuses, Status.DRAFTING.label(language), IndexedColors.LIGHT_YELLOW);
    fill(
        formatting, statuses, Status.NOT_APPLICABLE.label(language), IndexedColors.GREY_25_PERCENT);
    CellRangeAddress[] priorities = {
      new CellRangeAddress(1, lastRow, PRIORITY_COLUMN, PRIORITY_COLUMN)
    };
    fill(formatting, priorities, Priority.MUST.label(language), IndexedColors.ROSE);
    fill(formatting, priorities, Priority.SHOULD.label(language), IndexedColors.LIGHT_YELLOW);
    fill(formatting, priorities, Priority.COULD.label(language), IndexedColors.PALE_BLUE);
  }

  private static void fill(
      SheetConditionalFormatting formatting,
      CellRangeAddress[] range,
      String value,
      IndexedColors colour) {
    ConditionalFormattingRule rule =
        formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + value + "\"");
    var pattern = rule.createPatternFormatting();
    pattern.setFillBackgroundColor(colour.getIndex());
    pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
    formatting.addConditionalFormatting(range, rule);
  }
}
