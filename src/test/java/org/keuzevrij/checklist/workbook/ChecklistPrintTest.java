package org.keuzevrij.checklist.workbook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.checklist.clauses.Bundled;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Printed;

@DisplayName("The checklist workbook, printed to PDF by LibreOffice")
class ChecklistPrintTest {

  @Test
  @DisplayName(
      "the chatbot checklist with Scaleway in Dutch prints at 8 pt with a header on every page, no"
          + " word over another, and no more pages than measured")
  void prints(@TempDir Path dir) {
    Printed.assumeAvailable();
    Printed printed =
        Printed.print(
            ChecklistWorkbook.bytes(
                Bundled.checklist("residents-chatbot", "scaleway-generative-apis", Language.NL)),
            dir,
            "checklist");
    List<Printed.Word[]> overlaps = printed.report("checklist", "Keuzevrij");
    assertTrue(overlaps.isEmpty(), overlaps.size() + " pairs of words print over each other");
    assertTrue(printed.smallestFont() >= 7.95, "smallest font " + printed.smallestFont() + " pt");
    assertTrue(printed.pagesOf("Samenvatting") == 1, "the summary prints on one page");
    // Issue 14 asks for at most 15 pages; not reached yet (see the README). This bound keeps the
    // print from getting longer than measured for the bundled library on 2026-12-03.
    assertTrue(printed.pages() <= 22, printed.pages() + " pages");
  }
}
