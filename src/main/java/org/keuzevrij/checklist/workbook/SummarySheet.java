package org.keuzevrij.checklist.workbook;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.keuzevrij.checklist.Checklist;
import org.keuzevrij.checklist.Status;
import org.keuzevrij.checklist.clauses.Priority;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Palette.Style;

/**
 * The first sheet: what the checklist is about, which versions it was made from, and live counts
 * that follow the status column as legal staff fill it in.
 */
final class SummarySheet {

  private SummarySheet() {}

  static void write(SheetWriter writer, Checklist checklist, String checklistSheet) {
    Language language = checklist.language();
    writer.sheet().setColumnWidth(0, 60 * 256);
    writer.sheet().setColumnWidth(1, 60 * 256);
    writer.text(writer.row(0), 0, Words.TITLE.in(language), Style.TITLE);
    writer.text(writer.row(1), 0, Words.DISCLAIMER.in(language), Style.SMALL);
    int r = 3;
    Checklist.Subject subject = checklist.subject();
    r =
        pair(
            writer,
            r,
            Words.USE_CASE,
            subject.usecaseName() + " (" + subject.usecaseId() + ")",
            language);
    r =
        pair(
            writer,
            r,
            Words.OFFERING,
            subject.offeringName() + " (" + subject.offeringId() + ")",
            language);
    r = pair(writer, r, Words.SUPPLIER, subject.supplierName(), language);
    // One after another, not one a line: an offering may serve dozens of models, and a row taller
    // than a page prints into the footer.
    r = pair(writer, r, Words.MODELS, String.join(", ", subject.modelNames()), language);
    writer.text(writer.row(r), 0, Words.DATE.in(language), Style.LABEL);
    writer.date(writer.row(r++), 1, checklist.generated());
    r = pair(writer, r, Words.LIBRARY_VERSION, checklist.libraryVersion(), language);
    r = pair(writer, r, Words.CATALOGUE_VERSION, checklist.catalogueVersion(), language);
    int last = Math.max(checklist.rows().size(), 1) + 1;
    String ids = range(checklistSheet, 0, last);
    String priorities = range(checklistSheet, ChecklistSheet.PRIORITY_COLUMN, last);
    String statuses = range(checklistSheet, ChecklistSheet.STATUS_COLUMN, last);
    r++;
    writer.text(writer.row(r++), 0, Words.BY_PRIORITY.in(language), Style.HEADER);
    for (Priority priority : Priority.values()) {
      r = count(writer, r, priority.label(language), priorities);
    }
    r++;
    writer.text(writer.row(r++), 0, Words.BY_STATUS.in(language), Style.HEADER);
    int firstStatus = r;
    for (Status status : Status.values()) {
      r = count(writer, r, status.label(language), statuses);
    }
    int totalRow = r;
    writer.text(writer.row(r), 0, Words.TOTAL.in(language), Style.LABEL);
    writer.formula(writer.row(r++), 1, "COUNTA(" + ids + ")", Style.COUNT);
    StringBuilder done = new StringBuilder();
    for (Status status : Status.values()) {
      if (status.done()) {
        done.append(done.length() == 0 ? "" : "+")
            .append("B")
            .append(firstStatus + status.ordinal() + 1);
      }
    }
    writer.text(writer.row(r), 0, Words.DONE.in(language), Style.LABEL);
    writer.formula(
        writer.row(r++),
        1,
        "IF(B" + (totalRow + 1) + "=0,0,(" + done + ")/B" + (totalRow + 1) + ")",
        Style.PERCENT);
    r++;
    writer.text(writer.row(r), 0, Words.NOT_APPLICABLE_COUNT.in(language), Style.LABEL);
    writer.number(writer.row(r++), 1, checklist.notApplicable().size(), Style.COUNT);
    writer.text(writer.row(r), 0, Words.ASSUMPTION_COUNT.in(language), Style.LABEL);
    writer.number(writer.row(r), 1, checklist.assumptions().size(), Style.COUNT);
    // Both columns on one page wide, so no label prints apart from its value.
    writer.print(2, r, -1);
  }

  private static int pair(SheetWriter writer, int r, Words label, String value, Language language) {
    Row row = writer.row(r);
    writer.text(row, 0, label.in(language), Style.LABEL);
    writer.text(row, 1, value, Style.WRAPPED);
    return r + 1;
  }

  /**
   * A live count: the label is our own word, used as the COUNTIF criterion exactly as the drop-down
   * offers it.
   */
  private static int count(SheetWriter writer, int r, String label, String range) {
    Row row = writer.row(r);
    writer.text(row, 0, label, Style.TEXT);
    writer.formula(row, 1, "COUNTIF(" + range + ",\"" + label + "\")", Style.COUNT);
    return r + 1;
  }

  /**
   * An absolute range over one column of the checklist sheet, rows 2 to {@code last}, e.g.
   * 'Checklist'!$I$2:$I$71.
   */
  private static String range(String sheet, int column, int last) {
    String col = CellReference.convertNumToColString(column);
    return "'" + sheet + "'!$" + col + "$2:$" + col + "$" + last;
  }
}
