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
      "the chatbot checklist with Scaleway in Dutch prints with a header on every page and no worse"
          + " than measured: at most 500 overlapping word pairs, 27 pages, 7 pt or more")
  void prints(@TempDir Path dir) {
    Printed.assumeAvailable();
    Printed printed =
        Printed.print(
            ChecklistWorkbook.bytes(
                Bundled.checklist("residents-chatbot", "scaleway-generative-apis", Language.NL)),
            dir,
            "checklist");
    List<Printed.Word[]> overlaps = printed.report("checklist", "Keuzevrij");
    // Issue 14 asks for at most 15 pages, 5 overlapping pairs and 8 pt; not reached yet (see the
    // issue). These bounds only keep the print from getting worse than measured now.
    assertTrue(overlaps.size() <= 500, overlaps.size() + " pairs of words print over each other");
    assertTrue(printed.pages() <= 27, printed.pages() + " pages");
    assertTrue(printed.smallestFont() >= 7, "smallest font " + printed.smallestFont() + " pt");
  }
}
