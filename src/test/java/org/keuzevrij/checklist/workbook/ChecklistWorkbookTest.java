package org.keuzevrij.checklist.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.checklist.Checklist;
import org.keuzevrij.checklist.clauses.Bundled;
import org.keuzevrij.checklist.clauses.Priority;
import org.keuzevrij.checklist.clauses.Source;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Hyperlinks;
import org.keuzevrij.xlsx.WordsFit;

@DisplayName("The checklist workbook, read back cell by cell")
class ChecklistWorkbookTest {

  private static Checklist checklist;
  private static XSSFWorkbook workbook;

  @BeforeAll
  static void write() throws IOException {
    checklist = Bundled.checklist("residents-chatbot", "openai-api-global", Language.EN);
    workbook = read(ChecklistWorkbook.bytes(checklist));
  }

  private static XSSFWorkbook read(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  private static String text(Sheet sheet, int row, int column) {
    return sheet.getRow(row).getCell(column).getStringCellValue();
  }

  /** The value in column B next to the Summary label in column A. */
  private static Cell summaryValue(Sheet summary, String label) {
    for (Row row : summary) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(label)) {
        return row.getCell(1);
      }
    }
    throw new AssertionError("no summary line " + label);
  }

  @Test
  @DisplayName("has the five sheets, in English or in Dutch")
  void sheets() throws IOException {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    assertEquals(
        List.of("Summary", "Checklist", "Not applicable", "Facts and assumptions", "Sources"),
        names);
    try (XSSFWorkbook dutch =
        read(
            ChecklistWorkbook.bytes(
                Bundled.checklist("residents-chatbot", "openai-api-global", Language.NL)))) {
      assertEquals("Samenvatting", dutch.getSheetAt(0).getSheetName());
      assertEquals("Eis", text(dutch.getSheet("Checklist"), 0, 2));
      assertEquals("te doen", text(dutch.getSheet("Checklist"), 1, 7));
      assertTrue(
          text(dutch.getSheetAt(0), 1, 0).startsWith("Deze lijst is geen juridisch advies."));
    }
  }

  @Test
  @DisplayName(
      "lists every applicable clause with its texts, its sources by number with their status, priority,"
          + " basis and a to-do status")
  void checklistRows() {
    Sheet sheet = workbook.getSheet("Checklist");
    assertEquals(
        List.of(
            "Id",
            "Category",
            "Requirement",
            "Why",
            "Source (legal status)",
            "Priority",
            "Basis type",
            "Status",
            "Owner",
            "Due date",
            "Notes"),
        headers(sheet));
    assertEquals(checklist.rows().size(), sheet.getLastRowNum());
    for (int i = 0; i < checklist.rows().size(); i++) {
      Checklist.Row row = checklist.rows().get(i);
      assertEquals(row.id(), text(sheet, i + 1, 0));
      assertEquals(row.requirement(), text(sheet, i + 1, 2));
      assertEquals(row.briefWhy(), text(sheet, i + 1, 3));
      assertEquals(row.priority().label(Language.EN), text(sheet, i + 1, 5));
      assertEquals("to do", text(sheet, i + 1, 7));
    }
    int privacy =
        checklist
                .rows()
                .indexOf(
                    checklist.rows().stream()
                        .filter(r -> r.id().equals("PRIV-04"))
                        .findFirst()
                        .orElseThrow())
            + 1;
    String gdpr = text(sheet, privacy, 4).lines().findFirst().orElseThrow();
    assertTrue(gdpr.matches("\\[\\d+\\] GDPR, Art\\. 44-46 \\(in force\\)"), gdpr);
    String number = gdpr.substring(0, gdpr.indexOf(' '));
    assertNull(
        sheet.getRow(privacy).getCell(4).getHyperlink(),
        "plain text, which wraps in print; LibreOffice does not wrap a linked cell");
    assertTrue(sheet.getRow(privacy).getCell(4).getCellStyle().getWrapText());
    Sheet sources = workbook.getSheet("Sources");
    boolean linked = false;
    for (Row source : sources) {
      linked |=
          source.getCell(0).getStringCellValue().equals(number)
              && source.getCell(1).getStringCellValue().equals("GDPR, Regulation (EU) 2016/679")
              && source.getCell(2).getStringCellValue().equals("in force")
              && List.of(source.getCell(3).getStringCellValue().split(", ")).contains("PRIV-04")
              && source.getCell(4).getHyperlink() != null
              && "https://eur-lex.europa.eu/eli/reg/2016/679/oj"
                  .equals(source.getCell(4).getHyperlink().getAddress());
    }
    assertTrue(linked, "the Sources sheet gives the GDPR's number its title, PRIV-04 and the link");
    assertEquals(
        List.of("(in force)", "(in force)", "(in force)", "(guidance)"),
        text(sheet, privacy, 4).lines().map(l -> l.substring(l.lastIndexOf(" (") + 1)).toList());
    assertEquals("legal duty", text(sheet, privacy, 6));
    assertTrue(
        sheet.getRow(privacy).getCell(9).getCellStyle().getDataFormatString().contains("yy"),
        "the due date column is formatted as a date");
  }

  @Test
  @DisplayName(
      "offers the status as a strict drop-down of exactly six values, and due dates as dates only")
  void validations() {
    XSSFSheet sheet = workbook.getSheet("Checklist");
    List<XSSFDataValidation> validations = sheet.getDataValidations();
    XSSFDataValidation status =
        validations.stream()
            .filter(
                v ->
                    v.getValidationConstraint().getValidationType()
                        == DataValidationConstraint.ValidationType.LIST)
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(
            "to do", "drafting", "negotiating", "agreed", "deviation approved", "not applicable"),
        List.of(status.getValidationConstraint().getExplicitListValues()));
    assertTrue(status.getShowErrorBox(), "without the error box Excel accepts any typed value");
    assertEquals(DataValidation.ErrorStyle.STOP, status.getErrorStyle());
    for (var raw : sheet.getCTWorksheet().getDataValidations().getDataValidationArray()) {
      assertFalse(raw.getShowDropDown(), "showDropDown=true would hide the arrow");
    }
    CellRangeAddress range = status.getRegions().getCellRangeAddress(0);
    assertEquals("H2:H" + (checklist.rows().size() + 1), range.formatAsString());
    XSSFDataValidation due =
        validations.stream()
            .filter(
                v ->
                    v.getValidationConstraint().getValidationType()
                        == DataValidationConstraint.ValidationType.DATE)
            .findFirst()
            .orElseThrow();
    assertTrue(due.getShowErrorBox());
    assertEquals(
        "J2:J" + (checklist.rows().size() + 1),
        due.getRegions().getCellRangeAddress(0).formatAsString());
  }

  @Test
  @DisplayName(
      "counts by priority and status with live formulas that follow edits of the status column")
  void liveCounts() throws IOException {
    try (XSSFWorkbook copy = read(ChecklistWorkbook.bytes(checklist))) {
      Sheet summary = copy.getSheet("Summary");
      FormulaEvaluator evaluator = copy.getCreationHelper().createFormulaEvaluator();
      Cell must = summaryValue(summary, "must");
      assertEquals(CellType.FORMULA, must.getCellType());
      assertEquals(
          "COUNTIF('Checklist'!$F$2:$F$" + (checklist.rows().size() + 1) + ",\"must\")",
          must.getCellFormula());
      for (Priority priority : Priority.values()) {
        long expected = checklist.rows().stream().filter(r -> r.priority() == priority).count();
        assertEquals(
            expected,
            evaluator.evaluate(summaryValue(summary, priority.label(Language.EN))).getNumberValue(),
            priority.toString());
      }
      int total = checklist.rows().size();
      assertEquals(total, evaluator.evaluate(summaryValue(summary, "to do")).getNumberValue());
      assertEquals(
          total, evaluator.evaluate(summaryValue(summary, "Total clauses")).getNumberValue());
      Cell done =
          summaryValue(summary, "Percentage done (agreed, deviation approved or not applicable)");
      assertEquals(0.0, evaluator.evaluate(done).getNumberValue());
      assertEquals("0%", done.getCellStyle().getDataFormatString());
      Sheet sheet = copy.getSheet("Checklist");
      sheet.getRow(1).getCell(7).setCellValue("agreed");
      sheet.getRow(2).getCell(7).setCellValue("agreed");
      sheet.getRow(3).getCell(7).setCellValue("not applicable");
      sheet.getRow(4).getCell(7).setCellValue("negotiating");
      evaluator.clearAllCachedResultValues();
      assertEquals(2, evaluator.evaluate(summaryValue(summary, "agreed")).getNumberValue());
      assertEquals(total - 4, evaluator.evaluate(summaryValue(summary, "to do")).getNumberValue());
      assertEquals(3.0 / total, evaluator.evaluate(done).getNumberValue(), 1e-9);
    }
  }

  @Test
  @DisplayName("names subject, date and versions on the summary and says it is not legal advice")
  void summary() {
    Sheet summary = workbook.getSheet("Summary");
    assertEquals(
        "Residents' chatbot (residents-chatbot)",
        summaryValue(summary, "Use case").getStringCellValue());
    assertEquals(
        "OpenAI API (global) (openai-api-global)",
        summaryValue(summary, "Offering").getStringCellValue());
    assertEquals("OpenAI", summaryValue(summary, "Supplier").getStringCellValue());
    assertTrue(summaryValue(summary, "Model(s)").getStringCellValue().startsWith("GPT-4o, "));
    assertEquals(
        "2026-12-01",
        summaryValue(summary, "Date").getLocalDateTimeCellValue().toLocalDate().toString());
    assertEquals(
        checklist.libraryVersion(),
        summaryValue(summary, "Clause library version").getStringCellValue());
    assertEquals(
        checklist.catalogueVersion(),
        summaryValue(summary, "Catalogue version").getStringCellValue());
    assertEquals(
        checklist.notApplicable().size(),
        (int) summaryValue(summary, "Clauses that do not apply (see sheet)").getNumericCellValue());
    assertTrue(text(summary, 1, 0).startsWith("This list is not legal advice."));
  }

  @Test
  @DisplayName(
      "lists what did not apply with the failed condition, the assumptions and every source")
  void otherSheets() {
    Sheet notApplicable = workbook.getSheet("Not applicable");
    assertEquals(checklist.notApplicable().size(), notApplicable.getLastRowNum());
    assertTrue(
        rowWith(notApplicable, "EXIT-08")
            .getCell(4)
            .getStringCellValue()
            .contains("Weights available: no"));
    Sheet facts = workbook.getSheet("Facts and assumptions");
    // An unknown fact: what the checklist assumed and whom to ask.
    Row start =
        rowWith(
            facts,
            r -> r.getCell(5) != null && r.getCell(5).getStringCellValue().contains("EXIT-03"));
    assertEquals("unknown", start.getCell(2).getStringCellValue());
    assertEquals(
        "contract start not recorded in the use case", start.getCell(3).getStringCellValue());
    assertEquals("the use case's owner in the city", start.getCell(4).getStringCellValue());
    Row pricing =
        rowWith(facts, r -> r.getCell(0).getStringCellValue().equals("Usage-based pricing"));
    assertEquals("yes", pricing.getCell(2).getStringCellValue());
    assertTrue(pricing.getCell(5).getStringCellValue().contains("COM-02"));
    // A known fact's detail is here once; the rows it decides say only its answer.
    Row hosted = rowWith(facts, r -> r.getCell(0).getStringCellValue().equals("Hosted"));
    assertEquals("yes", hosted.getCell(2).getStringCellValue());
    assertEquals("shared API run by OpenAI", hosted.getCell(3).getStringCellValue());
    assertEquals("", hosted.getCell(4).getStringCellValue(), "nothing to confirm");
    String why =
        text(
            workbook.getSheet("Checklist"),
            rowWith(workbook.getSheet("Checklist"), "CHG-01").getRowNum(),
            3);
    assertTrue(why.contains("Hosted: yes") && !why.contains("shared API"), why);
    // The checklist assumes the offering can do the job, on the fit check's facts: a row per group
    // of models checked alike, every model's verdict in it.
    List<Row> fit = new ArrayList<>();
    facts.forEach(
        r -> {
          if (r.getRowNum() > 0
              && r.getCell(0).getStringCellValue().equals("Fit for the use case")) {
            fit.add(r);
          }
        });
    assertEquals(ListSheets.fitGroups(checklist.fit()).size(), fit.size());
    assertTrue(fit.size() < checklist.fit().lines().size());
    assertEquals("fits partly", fit.get(0).getCell(2).getStringCellValue());
    assertTrue(
        fit.get(0)
            .getCell(1)
            .getStringCellValue()
            .startsWith("GPT-4.1 (incl. mini and nano): fits partly"),
        fit.get(0).getCell(1).getStringCellValue());
    assertTrue(
        fit.get(0).getCell(3).getStringCellValue().startsWith("Task: conversational assistant"),
        fit.get(0).getCell(3).getStringCellValue());
    String headings =
        String.join("; ", fit.stream().map(r -> r.getCell(1).getStringCellValue()).toList());
    for (String line : checklist.fit().lines()) {
      assertTrue(line.startsWith("  ") || headings.contains(line), line);
    }
    Sheet sources = workbook.getSheet("Sources");
    List<String> cited = new ArrayList<>();
    for (Row source : sources) {
      if (source.getRowNum() > 0) {
        cited.addAll(List.of(source.getCell(3).getStringCellValue().split(", ")));
      }
    }
    long count = checklist.rows().stream().mapToLong(r -> r.sources().size()).sum();
    assertEquals(count, cited.size(), "every citation, each source once: " + cited);
    assertTrue(sources.getLastRowNum() < count, "fewer sources than citations");
  }

  @Test
  @DisplayName(
      "names an offering's models in a requirement unless there are dozens: then it points to the"
          + " Summary, which lists each")
  void manyModels() throws IOException {
    Checklist platform =
        Bundled.checklist(
            "residents-chatbot", "hugging-face-inference-endpoints-aws-eu-west-1", Language.EN);
    int models = platform.subject().modelNames().size();
    assertTrue(models > ChecklistSheet.LISTED_MODELS, models + " models");
    try (XSSFWorkbook written = read(ChecklistWorkbook.bytes(platform))) {
      String requirement =
          rowWith(written.getSheet("Checklist"), "AIA-05").getCell(2).getStringCellValue();
      assertTrue(
          requirement.contains("all " + models + " models of the offering (see Summary)"),
          requirement);
      assertFalse(requirement.contains(platform.subject().modelNames().get(1)), requirement);
      assertTrue(
          summaryValue(written.getSheet("Summary"), "Model(s)")
              .getStringCellValue()
              .contains(platform.subject().modelNames().get(1)));
    }
    assertEquals("AI Act", Sources.shortName("AI Act, Regulation (EU) 2024/1689"));
    assertEquals("Archiefwet", Sources.shortName("Archiefwet"));
  }

  @Test
  @DisplayName("links only to http and https addresses, on every sheet")
  void onlyWebLinks() {
    int links = 0;
    for (Sheet sheet : workbook) {
      for (var link : ((XSSFSheet) sheet).getHyperlinkList()) {
        assertTrue(link.getAddress().matches("https?://\\S+"), link.getAddress());
        links++;
      }
    }
    long webSources =
        checklist.rows().stream()
            .flatMap(r -> r.sources().stream())
            .map(Source::url)
            .filter(Hyperlinks::allowed)
            .distinct()
            .count();
    assertTrue(
        links >= webSources && webSources > 10,
        "a link per source with a web address, on the Sources sheet: " + links);
  }

  @Test
  @DisplayName(
      "freezes and filters the header, prints landscape on one page wide with the header repeated")
  void layout() {
    XSSFSheet sheet = workbook.getSheet("Checklist");
    assertTrue(sheet.getPaneInformation().isFreezePane());
    assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
    assertEquals(
        "A1:K" + (checklist.rows().size() + 1), sheet.getCTWorksheet().getAutoFilter().getRef());
    assertTrue(sheet.getPrintSetup().getLandscape());
    assertEquals(1, sheet.getPrintSetup().getFitWidth());
    assertEquals(999, sheet.getPrintSetup().getFitHeight(), "as many pages tall as it takes");
    assertTrue(sheet.getFitToPage());
    assertEquals("1:1", sheet.getRepeatingRows().formatAsString());
    assertEquals(55 * 256, sheet.getColumnWidth(2), "narrow enough to print one page wide at 8 pt");
    assertTrue(
        sheet.getRow(1).getHeightInPoints() > sheet.getDefaultRowHeightInPoints(),
        "the row is as tall as its wrapped text");
    assertTrue(sheet.getRow(1).getCell(2).getCellStyle().getWrapText());
    assertEquals(
        8,
        sheet.getSheetConditionalFormatting().getNumConditionalFormattings(),
        "five status colours and three priority colours");
    assertTrue(
        workbook.getNumCellStyles() <= 21,
        "styles are made once per workbook: " + workbook.getNumCellStyles());
  }

  @Test
  @DisplayName(
      "keeps catalogue text that starts like a formula as text, marked with Excel's quote prefix")
  void formulaLikeTextStaysText(@TempDir Path root) throws IOException {
    Bundled.copyCatalogue(root);
    String offering = "=HYPERLINK(\"https://evil.example\",\"open\")";
    Bundled.edit(root, Kind.OFFERING, "openai-api-global", o -> o.put("name", offering));
    Bundled.edit(root, Kind.SUPPLIER, "openai", s -> s.put("name", "@SUM(1+1)"));
    Checklist hostile =
        Bundled.checklist(
            Bundled.load(root), "residents-chatbot", "openai-api-global", Language.EN);
    try (XSSFWorkbook written = read(ChecklistWorkbook.bytes(hostile))) {
      Cell name = summaryValue(written.getSheet("Summary"), "Offering");
      assertEquals(CellType.STRING, name.getCellType());
      assertEquals(offering + " (openai-api-global)", name.getStringCellValue());
      assertTrue(name.getCellStyle().getQuotePrefixed());
      Cell supplier = summaryValue(written.getSheet("Summary"), "Supplier");
      assertEquals("@SUM(1+1)", supplier.getStringCellValue());
      assertTrue(supplier.getCellStyle().getQuotePrefixed());
      Row logging = rowWith(written.getSheet("Checklist"), "AIA-04");
      Cell requirement = logging.getCell(2);
      assertEquals(CellType.STRING, requirement.getCellType());
      assertTrue(requirement.getStringCellValue().startsWith(offering + " logs automatically"));
      assertTrue(requirement.getCellStyle().getQuotePrefixed());
      Cell plain = rowWith(written.getSheet("Checklist"), "GOV-05").getCell(2);
      assertFalse(plain.getCellStyle().getQuotePrefixed(), "ordinary text is not marked");
      for (Sheet sheet : written) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertTrue(
                cell.getCellType() != CellType.FORMULA || sheet.getSheetName().equals("Summary"),
                "formulas only in the summary counts: "
                    + sheet.getSheetName()
                    + "!"
                    + cell.getAddress());
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Language.class)
  @DisplayName(
      "no word of a header or a short value (priority, basis, status) is wider than its column,"
          + " which print would cut at any letter")
  void noWordWiderThanItsColumn(Language lang) throws IOException {
    Checklist scaleway = Bundled.checklist("residents-chatbot", "scaleway-generative-apis", lang);
    try (XSSFWorkbook book = read(ChecklistWorkbook.bytes(scaleway))) {
      Sheet sheet = book.getSheet("Checklist");
      int checked = 0;
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() != CellType.STRING
              || row.getRowNum() > 0 && cell.getColumnIndex() < 5) {
            continue;
          }
          checked += WordsFit.in(sheet, cell, row.getRowNum() == 0);
        }
      }
      assertTrue(checked > 100, checked + " words");
    }
  }

  private static List<String> headers(Sheet sheet) {
    List<String> headers = new ArrayList<>();
    sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
    return headers;
  }

  private static Row rowWith(Sheet sheet, String id) {
    return rowWith(sheet, r -> r.getCell(0).getStringCellValue().equals(id));
  }

  private static Row rowWith(Sheet sheet, Predicate<Row> test) {
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && test.test(row)) {
        return row;
      }
    }
    throw new AssertionError("no such row in " + sheet.getSheetName());
  }
}
