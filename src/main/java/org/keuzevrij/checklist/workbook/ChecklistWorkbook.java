package org.keuzevrij.checklist.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.keuzevrij.checklist.Checklist;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Cells;
import org.keuzevrij.xlsx.Palette;
import org.keuzevrij.xlsx.Workbooks;

/**
 * Writes a checklist as an .xlsx workbook: Summary, Checklist, Not applicable, Facts and
 * assumptions, and Sources. A pure function from checklist to bytes, so it can be tested without a
 * server. XSSF, not SXSSF: the row count is bounded by the size of the clause library, so the whole
 * workbook fits easily in memory and needs no temporary files.
 */
public final class ChecklistWorkbook {

  private ChecklistWorkbook() {}

  public static byte[] bytes(Checklist checklist) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    write(checklist, out);
    return out.toByteArray();
  }

  public static void write(Checklist checklist, OutputStream out) {
    Language language = checklist.language();
    try (XSSFWorkbook workbook = Workbooks.create()) {
      Cells cells = new Cells(new Palette(workbook));
      String checklistName = Words.CHECKLIST.in(language);
      SheetWriter.Print print =
          new SheetWriter.Print(
              "Keuzevrij: " + Words.TITLE.in(language),
              Words.CATALOGUE_VERSION.in(language)
                  + " "
                  + checklist.catalogueVersion().substring(0, 12)
                  + ", "
                  + Words.LIBRARY_VERSION.in(language).toLowerCase(java.util.Locale.ROOT)
                  + " "
                  + checklist.libraryVersion().substring(0, 12),
              Words.PAGE_OF.in(language));
      SheetWriter summary =
          new SheetWriter(workbook.createSheet(Words.SUMMARY.in(language)), cells, print);
      SheetWriter list = new SheetWriter(workbook.createSheet(checklistName), cells, print);
      Sources sources = new Sources(checklist);
      ChecklistSheet.write(list, checklist, sources);
      SummarySheet.write(summary, checklist, checklistName);
      ListSheets.notApplicable(
          new SheetWriter(workbook.createSheet(Words.NOT_APPLICABLE.in(language)), cells, print),
          checklist);
      ListSheets.facts(
          new SheetWriter(workbook.createSheet(Words.FACTS.in(language)), cells, print), checklist);
      ListSheets.sources(
          new SheetWriter(workbook.createSheet(Words.SOURCES.in(language)), cells, print),
          checklist,
          sources);
      properties(workbook.getProperties(), checklist);
      workbook.setForceFormulaRecalculation(true);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void properties(POIXMLProperties properties, Checklist checklist) {
    var core = properties.getCoreProperties();
    core.setTitle(
        Words.TITLE.in(checklist.language())
            + ": "
            + checklist.subject().usecaseName()
            + " / "
            + checklist.subject().offeringName());
    core.setCreator("Keuzevrij");
    core.setDescription(Words.DISCLAIMER.in(checklist.language()));
    var custom = properties.getCustomProperties();
    custom.addProperty("libraryVersion", checklist.libraryVersion());
    custom.addProperty("catalogueVersion", checklist.catalogueVersion());
    custom.addProperty("language", checklist.language().code());
  }
}
