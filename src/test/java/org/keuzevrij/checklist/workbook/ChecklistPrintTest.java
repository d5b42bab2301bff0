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
      "three checklists in Dutch (the chatbot with Scaleway, and the chatbot and quay-wall"
          + " detection with the platform of the most models, the longest prints measured) fit 15"
          + " pages at 8 pt with a header on every page and no word over another")
  void prints(@TempDir Path dir) {
    Printed.assumeAvailable();
    String mostModels = "hugging-face-inference-endpoints-aws-eu-west-1";
    for (List<String> subject :
        List.of(
            List.of("residents-chatbot", "scaleway-generative-apis"),
            List.of("residents-chatbot", mostModels),
            List.of("quay-wall-heavy-objects", mostModels))) {
      String offering = subject.get(0) + " with " + subject.get(1);
      Printed printed =
          Printed.print(
              ChecklistWorkbook.bytes(
                  Bundled.checklist(subject.get(0), subject.get(1), Language.NL)),
              dir,
              subject.get(0) + "-" + subject.get(1));
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
