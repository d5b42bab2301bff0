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
      "the chatbot checklist in Dutch, with Scaleway and with the platform of the most models (the"
          + " longest print measured), fits 15 pages at 8 pt with a header on every page and no word"
          + " over another")
  void prints(@TempDir Path dir) {
    Printed.assumeAvailable();
    for (String offering :
        List.of("scaleway-generative-apis", "hugging-face-inference-endpoints-aws-eu-west-1")) {
      Printed printed =
          Printed.print(
              ChecklistWorkbook.bytes(
                  Bundled.checklist("residents-chatbot", offering, Language.NL)),
              dir,
              offering);
      List<Printed.Word[]> overlaps = printed.report(offering, "Keuzevrij");
      assertTrue(
          overlaps.isEmpty(),
          offering + ": " + overlaps.size() + " pairs of words over each other");
      assertTrue(
          printed.smallestFont() >= 7.95,
          offering + ": smallest font " + printed.smallestFont() + " pt");
      assertTrue(
          printed.pagesOf("Samenvatting") == 1, offering + ": the summary prints on one page");
      // Issue 14: at most 15 A4 landscape pages for any case.
      assertTrue(printed.pages() <= 15, offering + ": " + printed.pages() + " pages");
    }
  }
}
