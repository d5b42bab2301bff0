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
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.checklist.Checklist;
import org.keuzevrij.checklist.clauses.Bundled;
import org.keuzevrij.checklist.clauses.Priority;
import org.keuzevrij.checklist.clauses.Source;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Hyperlinks;

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
        List.of("Summary", "Checklist", "Not applicable", "Assumptions", "Sources"), names);
    try (XSSFWorkbook dutch =
        read(
            ChecklistWorkbook.bytes(
                Bundled.checklist("residents-chatbot", "openai-api-global", Language.NL)))) {
      assertEquals("Samenvatting", dutch.getSheetAt(0).getSheetName());
      assertEquals("Eis", text(dutch.getSheet("Checklist"), 0, 2));
      assertEquals("te doen", text(dutch.getSheet("Checklist"), 1, 8));
      assertTrue(
          text(dutch.getSheetAt(0), 1, 0).startsWith("Deze lijst is geen juridisch advies."));
    }
  }

  @Test
  @DisplayName(
      "lists every applicable clause with its texts, first source, priority, basis and a to-do status")
  void checklistRows() {
    Sheet sheet = workbook.getSheet("Checklist");
    assertEquals(
        List.of(
            "Id",
            "Category",
            "Requirement",
            "Why",
            "Source",
            "Legal status",
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
      assertEquals(row.why(), text(sheet, i + 1, 3));
      assertEquals(row.priority().label(Language.EN), text(sheet, i + 1, 6));
      assertEquals("to do", text(sheet, i + 1, 8));
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
    assertTrue(text(sheet, privacy, 4).startsWith("GDPR, Regulation (EU) 2016/679, Art. 44-46\n"));
    assertNull(
        sheet.getRow(privacy).getCell(4).getHyperlink(),
        "plain text, which wraps in print; LibreOffice does not wrap a linked cell");
    assertTrue(sheet.getRow(privacy).getCell(4).getCellStyle().getWrapText());
    Sheet sources = workbook.getSheet("Sources");
    boolean linked = false;
    for (Row source : sources) {
      linked |=
          source.getCell(2).getStringCellValue().contains("PRIV-04 Art. 44-46")
              && source.getCell(3).getHyperlink() != null
              && "https://eur-lex.europa.eu/eli/reg/2016/679/oj"
                  .equals(source.getCell(3).getHyperlink().getAddress());
    }
    assertTrue(linked, "the Sources sheet links the GDPR, cited by PRIV-04 for Art. 44-46");
    assertEquals("in force\nin force\nin force\nguidance", text(sheet, privacy, 5));
    assertEquals("legal duty", text(sheet, privacy, 7));
    assertTrue(
        sheet.getRow(privacy).getCell(10).getCellStyle().getDataFormatString().contains("yy"),
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
    assertEquals("I2:I" + (checklist.rows().size() + 1), range.formatAsString());
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
        "K2:K" + (checklist.rows().size() + 1),
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
          "COUNTIF('Checklist'!$G$2:$G$" + (checklist.rows().size() + 1) + ",\"must\")",
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
      sheet.getRow(1).getCell(8).setCellValue("agreed");
      sheet.getRow(2).getCell(8).setCellValue("agreed");
      sheet.getRow(3).getCell(8).setCellValue("not applicable");
      sheet.getRow(4).getCell(8).setCellValue("negotiating");
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
    Sheet assumptions = workbook.getSheet("Assumptions");
    Row start =
        rowWith(
            assumptions,
            r -> r.getCell(4) != null && r.getCell(4).getStringCellValue().equals("EXIT-03"));
    assertEquals(
        "contract start not recorded in the use case", start.getCell(2).getStringCellValue());
    assertEquals(
        "confirm with the use case's owner in the city", start.getCell(3).getStringCellValue());
    // The checklist assumes the offering can do the job, on the fit check's facts.
    List<Row> fit = new ArrayList<>();
    assumptions.forEach(
        r -> {
          if (r.getRowNum() > 0
              && r.getCell(0).getStringCellValue().equals("Fit for the use case")) {
            fit.add(r);
          }
        });
    assertEquals(checklist.fit().lines().size(), fit.size());
    assertEquals("fits partly", fit.get(0).getCell(1).getStringCellValue());
    assertEquals(
        "GPT-4.1 (incl. mini and nano): fits partly", fit.get(0).getCell(2).getStringCellValue());
    assertTrue(
        fit.get(1).getCell(2).getStringCellValue().startsWith("  Task: conversational assistant"),
        fit.get(1).getCell(2).getStringCellValue());
    Sheet sources = workbook.getSheet("Sources");
    List<String> cited = new ArrayList<>();
    for (Row source : sources) {
      if (source.getRowNum() > 0) {
        cited.addAll(List.of(source.getCell(2).getStringCellValue().split("; ")));
      }
    }
    long count = checklist.rows().stream().mapToLong(r -> r.sources().size()).sum();
    assertEquals(count, cited.size(), "every citation, each source once: " + cited);
    assertTrue(sources.getLastRowNum() < count, "fewer sources than citations");
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
        "A1:L" + (checklist.rows().size() + 1), sheet.getCTWorksheet().getAutoFilter().getRef());
    assertTrue(sheet.getPrintSetup().getLandscape());
    assertEquals(1, sheet.getPrintSetup().getFitWidth());
    assertEquals(999, sheet.getPrintSetup().getFitHeight(), "as many pages tall as it takes");
    assertTrue(sheet.getFitToPage());
    assertEquals("1:1", sheet.getRepeatingRows().formatAsString());
    assertEquals(34 * 256, sheet.getColumnWidth(2), "narrow enough to print one page wide at 8 pt");
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
