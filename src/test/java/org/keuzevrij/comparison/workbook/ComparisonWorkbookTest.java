package org.keuzevrij.comparison.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.SchemaValidator;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.comparison.Comparison;
import org.keuzevrij.comparison.QueryParser;
import org.keuzevrij.comparison.QueryResolver;
import org.keuzevrij.costs.CostInputs;
import org.keuzevrij.costs.Input;
import org.keuzevrij.scoring.Assessment;
import org.keuzevrij.scoring.Choice;
import org.keuzevrij.scoring.Criteria;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.KnockOut;
import org.keuzevrij.scoring.Line;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.scoring.Unknown;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.WordsFit;

@DisplayName("Comparison workbook, read back cell by cell")
class ComparisonWorkbookTest {

  private static final String SHORTLIST =
      "\"usecase\": \"residents-chatbot\", \"offerings\": [\"self-hosted-vllm-olmo\","
          + " \"scaleway-generative-apis\", \"azure-openai-global\", \"self-hosted-vllm-granite\", \"self-hosted-vllm-llama-3-1\","
          + " \"t-systems-ai-foundation-services-hosted\", \"self-hosted-vllm-gpt-oss-20b\", \"self-hosted-vllm-gpt-oss-120b\"]";

  private static Snapshot bundled;
  private static QueryResolver resolver;

  @BeforeAll
  static void load() {
    bundled = Snapshot.of(new CatalogueLoader().load(Path.of("catalogue")).catalogue());
    resolver = new QueryResolver(new SchemaValidator());
  }

  private static Comparison compare(Snapshot snapshot, String body) {
    try {
      JsonNode json = CanonicalJson.read(("{" + body + "}").getBytes());
      return Comparison.run(
          resolver.resolve(QueryParser.fromJson(json), snapshot, false),
          Instant.parse("2026-11-28T12:00:00Z"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static XSSFWorkbook open(Comparison comparison, Language lang) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(ComparisonWorkbook.write(comparison, lang)));
  }

  private static String text(Sheet sheet, int row, int column) {
    Cell cell = sheet.getRow(row).getCell(column);
    return cell == null ? null : cell.getStringCellValue();
  }

  /** Totals per offering name on the Ranking sheet, after POI evaluated every formula. */
  private static List<Double> evaluatedTotals(XSSFWorkbook workbook) {
    XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    evaluator.clearAllCachedResultValues();
    evaluator.evaluateAll();
    Sheet scores = workbook.getSheetAt(0);
    List<Double> totals = new ArrayList<>();
    // The ranked options' rows, up to the first that is out (its why spans the total's column).
    for (int r = LiveScores.FIRST_OPTION_ROW; r <= scores.getLastRowNum(); r++) {
      Cell total = scores.getRow(r).getCell(LiveScores.TOTAL_COLUMN);
      if (total == null || total.getCellType() != CellType.FORMULA) {
        break;
      }
      totals.add(total.getNumericCellValue());
    }
    return totals;
  }

  private static List<Double> apiTotals(Comparison comparison) {
    List<Double> totals = new ArrayList<>();
    comparison
        .json()
        .path("ranking")
        .forEach(option -> totals.add(option.path("total").doubleValue()));
    return totals;
  }

  @Test
  @DisplayName(
      "Ranking: weights are input cells, and POI's formula evaluation gives exactly the API's totals and ranks")
  void formulaTotalsEqualApiTotals() throws IOException {
    Comparison comparison = compare(bundled, SHORTLIST);
    try (XSSFWorkbook workbook = open(comparison, Language.NL)) {
      Sheet scores = workbook.getSheetAt(0);
      Row weights = scores.getRow(LiveScores.WEIGHT_ROW);
      assertEquals(
          "Over-\ndraag-\nbaarheid",
          text(
              scores,
              LiveScores.WEIGHT_ROW - 1,
              LiveScores.FIRST_SCORE_COLUMN + Criteria.IDS.indexOf("portability")));
      for (int c = 0; c < Criteria.ALL.size(); c++) {
        // The name, a long word broken with a hyphen to fit its column ("Over-", "draag-",
        // "baarheid"), not cut at any letter without one.
        assertEquals(
            Criteria.ALL.get(c).nl(),
            text(scores, LiveScores.WEIGHT_ROW - 1, LiveScores.FIRST_SCORE_COLUMN + c)
                .replace("-\n", ""));
        Cell weight = weights.getCell(LiveScores.FIRST_SCORE_COLUMN + c);
        assertEquals(
            comparison.evaluation().weights().get(Criteria.IDS.get(c)),
            weight.getNumericCellValue());
        assertFalse(weight.getCellStyle().getLocked(), "weights are editable input cells");
      }
      JsonNode ranking = comparison.json().path("ranking");
      for (int i = 0; i < ranking.size(); i++) {
        Row row = scores.getRow(LiveScores.FIRST_OPTION_ROW + i);
        JsonNode option = ranking.get(i);
        assertEquals(
            option.path("offering").path("name").asText(), row.getCell(1).getStringCellValue());
        for (int c = 0; c < Criteria.ALL.size(); c++) {
          assertEquals(
              option.path("criteria").get(c).path("score").doubleValue(),
              row.getCell(LiveScores.FIRST_SCORE_COLUMN + c).getNumericCellValue());
        }
        Cell total = row.getCell(LiveScores.TOTAL_COLUMN);
        assertEquals(CellType.FORMULA, total.getCellType());
        assertTrue(
            total.getCellFormula().startsWith("ROUND(SUMPRODUCT($E$10:$N$10,"),
            total.getCellFormula());
        assertEquals(CellType.FORMULA, row.getCell(LiveScores.RANK_COLUMN).getCellType());
      }
      assertEquals(apiTotals(comparison), evaluatedTotals(workbook));
      for (int i = 0; i < ranking.size(); i++) {
        assertEquals(
            ranking.get(i).path("rank").intValue(),
            (int)
                scores
                    .getRow(LiveScores.FIRST_OPTION_ROW + i)
                    .getCell(LiveScores.RANK_COLUMN)
                    .getNumericCellValue());
      }
      assertEquals(
          5,
          ranking.size(),
          "eight offerings: Azure global is knocked out; gpt-oss-120b (no published languages)"
              + " and Llama 3.1 (more than the 80 GB GPU limit) do not fit");
      assertTrue(
          ranking.toString().contains("t-systems-ai-foundation-services-hosted"),
          "T-Systems stores no customer data, so it passes");
      assertEquals(2, comparison.json().path("unfit").size());
    }
  }

  @Test
  @DisplayName(
      "changing a weight cell recomputes every total and rank to what the API gives for that weight")
  void changingAWeightRecomputes() throws IOException {
    Comparison comparison = compare(bundled, SHORTLIST);
    Comparison heavierClimate = compare(bundled, SHORTLIST + ", \"weights\": {\"climate\": 60}");
    int climate = LiveScores.FIRST_SCORE_COLUMN + Criteria.IDS.indexOf("climate");
    try (XSSFWorkbook workbook = open(comparison, Language.NL)) {
      List<Double> before = evaluatedTotals(workbook);
      workbook.getSheetAt(0).getRow(LiveScores.WEIGHT_ROW).getCell(climate).setCellValue(60);
      List<Double> after = evaluatedTotals(workbook);
      assertFalse(before.equals(after), "the totals moved");
      // The rows stay in the order of the export; the API orders by the new totals, so compare by
      // offering.
      JsonNode ranking = heavierClimate.json().path("ranking");
      Sheet scores = workbook.getSheetAt(0);
      for (int i = 0; i < after.size(); i++) {
        String name =
            scores.getRow(LiveScores.FIRST_OPTION_ROW + i).getCell(1).getStringCellValue();
        JsonNode option = find(ranking, name);
        assertEquals(option.path("total").doubleValue(), after.get(i), name);
        assertEquals(
            option.path("rank").intValue(),
            (int)
                scores
                    .getRow(LiveScores.FIRST_OPTION_ROW + i)
                    .getCell(LiveScores.RANK_COLUMN)
                    .getNumericCellValue(),
            name);
      }
    }
  }

  private static JsonNode find(JsonNode ranking, String name) {
    for (JsonNode option : ranking) {
      if (option.path("offering").path("name").asText().equals(name)) {
        return option;
      }
    }
    throw new AssertionError("no " + name);
  }

  @Test
  @DisplayName(
      "Ranking names what was compared and how; knocked-out options follow with their rules; data bars show the live totals; every sheet is set up for print")
  void rankingSheet() throws IOException {
    Comparison comparison = compare(bundled, SHORTLIST);
    try (XSSFWorkbook workbook = open(comparison, Language.NL)) {
      XSSFSheet ranking = workbook.getSheetAt(0);
      assertEquals(
          List.of(
              "Rangorde",
              "Kosten",
              "Geschiktheid en knock-outs",
              "Onderbouwing",
              "Vragen aan leveranciers"),
          IntStream.range(0, workbook.getNumberOfSheets())
              .mapToObj(workbook::getSheetName)
              .toList());
      assertEquals("Chatbot voor Amsterdammers", text(ranking, 1, 1));
      assertEquals(
          "Amsterdamse visie op AI (2024) (amsterdam-ai-vision-2024, versie 1.2.0)",
          text(ranking, 2, 1));
      assertEquals(bundled.catalogue().version(), text(ranking, 3, 1));
      assertEquals("2026-11-28 13:00", text(ranking, 4, 1), "the city's local time");
      assertEquals(
          "RANK(O11,$O$11:$O$15)",
          ranking.getRow(LiveScores.FIRST_OPTION_ROW).getCell(0).getCellFormula());
      assertEquals(
          "OLMo self-hosted with vLLM on the city's infrastructure",
          text(ranking, LiveScores.FIRST_OPTION_ROW, 1));
      Row excluded = ranking.getRow(LiveScores.FIRST_OPTION_ROW + 5);
      assertEquals("uitgesloten", excluded.getCell(0).getStringCellValue());
      assertEquals(
          "Azure OpenAI – Global deployment",
          excluded.getCell(1).getStringCellValue().substring(0, 32));
      assertTrue(
          excluded
              .getCell(LiveScores.FIRST_SCORE_COLUMN)
              .getStringCellValue()
              .contains("Persoonsgegevens worden (ook) buiten de EU/EER verwerkt"));
      Row unfit = ranking.getRow(LiveScores.FIRST_OPTION_ROW + 6);
      assertEquals("past niet", unfit.getCell(0).getStringCellValue());
      assertTrue(
          unfit
              .getCell(LiveScores.FIRST_SCORE_COLUMN)
              .getStringCellValue()
              .startsWith("Past niet bij de toepassing"));
      assertEquals(
          "E17:O17",
          ranking.getMergedRegion(1).formatAsString(),
          "the why spans the score columns");
      assertNull(ranking.getDrawingPatriarch(), "no chart: a chart prints cut across pages");
      var formatting = ranking.getSheetConditionalFormatting();
      assertEquals(1, formatting.getNumConditionalFormattings());
      var bars = formatting.getConditionalFormattingAt(0);
      assertEquals("O11:O15", bars.getFormattingRanges()[0].formatAsString());
      var bar = bars.getRule(0).getDataBarFormatting();
      assertEquals(0d, bar.getMinThreshold().getValue(), "bars run from 0");
      assertEquals(100d, bar.getMaxThreshold().getValue(), "to 100");
      for (Sheet sheet : workbook) {
        assertTrue(sheet.getPrintSetup().getLandscape(), sheet.getSheetName());
        assertEquals(1, sheet.getPrintSetup().getFitWidth(), sheet.getSheetName());
        assertTrue(sheet.getFitToPage(), sheet.getSheetName());
        assertEquals("Keuzevrij: Chatbot voor Amsterdammers", sheet.getHeader().getLeft());
        assertEquals("&A", sheet.getHeader().getRight(), "the sheet's name");
        assertEquals("", sheet.getHeader().getCenter(), "nothing that could run into them");
        assertTrue(sheet.getFooter().getLeft().contains("versie 1.2.0"), sheet.getSheetName());
        assertEquals("pagina &P van &N", sheet.getFooter().getRight());
        assertTrue(
            workbook.getPrintArea(workbook.getSheetIndex(sheet)) != null, sheet.getSheetName());
      }
      var properties = workbook.getProperties();
      assertEquals(
          "Keuzevrij-vergelijking: Chatbot voor Amsterdammers",
          properties.getCoreProperties().getTitle());
      assertEquals("Keuzevrij", properties.getCoreProperties().getCreator());
      assertEquals(
          bundled.catalogue().version(),
          properties.getCustomProperties().getProperty("catalogueVersion").getLpwstr());
      assertEquals(
          "1.2.0", properties.getCustomProperties().getProperty("profileVersion").getLpwstr());
    }
  }

  @Test
  @DisplayName(
      "Fit and knock-outs, Evidence and Questions hold every fit line, reason, rationale line with its"
          + " source and question, what options share written once")
  void detailSheets() throws IOException {
    Comparison comparison = compare(bundled, SHORTLIST);
    try (XSSFWorkbook workbook = open(comparison, Language.EN)) {
      // Knock-outs: under the fit table and its sources, after a blank row, with a header row of
      // their own, a row per reason to the end of the sheet, which prints in full.
      Sheet fit = workbook.getSheet("Fit and knock-outs");
      Row knockOutHeader =
          rowWith(fit, r -> text(r, 0).equals("Offering") && text(r, 2).equals("Knock-out rule"));
      assertEquals(
          List.of("Reason", "Source"), List.of(text(knockOutHeader, 3), text(knockOutHeader, 4)));
      assertTrue(
          knockOutHeader.getCell(2).getCellStyle().getFillPattern().getCode() > 0, "a header");
      assertNull(fit.getRow(knockOutHeader.getRowNum() - 1), "a blank row before it");
      int k = knockOutHeader.getRowNum();
      for (OptionResult option : comparison.evaluation().excluded()) {
        for (KnockOut knockOut : option.knockOuts()) {
          for (Line reason : knockOut.reasons()) {
            Row row = fit.getRow(++k);
            assertEquals(option.option().offering().name(), text(row, 0));
            assertEquals(knockOut.en(), text(row, 2));
            assertEquals(reason.enText(), text(row, 3));
          }
        }
      }
      assertTrue(k > knockOutHeader.getRowNum() + 3, "Azure global's reasons");
      assertEquals(
          "Azure OpenAI – Global deployment",
          text(fit, knockOutHeader.getRowNum() + 1, 0).substring(0, 32));
      assertEquals(k, fit.getLastRowNum());
      assertEquals(
          "'Fit and knock-outs'!$A$1:$E$" + (k + 1),
          workbook.getPrintArea(workbook.getSheetIndex(fit)));
      assertEquals(0, fit.getRepeatingRows().getFirstRow(), "the fit table's header on every page");
      assertEquals("Fit", text(fit, 0, 1));
      Evaluation evaluation = comparison.evaluation();
      List<OptionResult> options = new ArrayList<>(evaluation.ranked());
      options.addAll(evaluation.excluded());
      // Evidence: a row per criterion and group of ranked options with the same evidence; every
      // line there, with its source's number, and the numbered links after the table; a model's
      // share written once and referred to under the later offerings that serve the model.
      Sheet evidence = workbook.getSheet("Evidence");
      int lines = evidenceShown(evaluation, evidence);
      for (OptionResult option : evaluation.excluded()) {
        String name = option.option().offering().name();
        for (Row row : evidence) {
          assertFalse(
              row.getRowNum() > 0 && text(row, 1).lines().anyMatch(name::equals),
              "a knocked-out option is not scored: " + name);
        }
      }
      rowWith(
          evidence,
          r ->
              text(r, 3)
                  .equals(
                      "Options that fail a knock-out are not scored: their reasons are on the sheet"
                          + " Fit and knock-outs."));
      assertTrue(lines > 200, "every rationale line: " + lines);
      assertTrue(evidence.getLastRowNum() < lines / 3, "fewer rows than lines");
      // Fit: a row per option and group of its models checked alike, short lines run on; a model
      // checked under an earlier offering is named with its verdict and refers to it.
      List<OptionResult> all = new ArrayList<>(options);
      all.addAll(evaluation.unfit());
      int sources = rowWith(fit, row -> text(row, 0).equals("Sources")).getRowNum();
      Map<String, String> shownUnder = new HashMap<>();
      for (Row row : fit) {
        if (row.getRowNum() > 0 && row.getRowNum() < sources) {
          shownUnder.merge(
              text(row, 0),
              text(row, 2) + "\n" + text(row, 3) + "\n" + text(row, 4) + "\n",
              String::concat);
        }
      }
      int referred = 0;
      for (OptionResult option : all) {
        String shown = shownUnder.get(option.option().offering().name());
        for (Line line : option.fit().lines()) {
          if (shown.contains(line.enText())) {
            continue;
          }
          assertTrue(
              line.depth() > 0, "every model and verdict under its offering: " + line.enText());
          String above = "Checked as above, under: ";
          assertTrue(shown.contains(above), line.enText() + " in " + shown);
          String earlier =
              shown
                  .substring(shown.indexOf(above) + above.length())
                  .lines()
                  .findFirst()
                  .orElseThrow();
          assertTrue(
              Arrays.stream(earlier.split("; "))
                  .anyMatch(o -> shownUnder.getOrDefault(o, "").contains(line.enText())),
              line.enText() + " under one of " + earlier);
          referred++;
        }
      }
      assertTrue(referred > 0, "the shortlist's Scaleway serves models checked before it");
      rowWith(
          fit, row -> text(row, 3).lines().anyMatch(l -> l.matches("Input: text \\[\\d+\\]; .*")));
      // Questions: each unknown fact once under its supplier, a model's once under Models, with
      // its kind in short.
      Sheet questions = workbook.getSheet("Questions for suppliers");
      assertEquals("Kind of unknown", text(questions, 0, 6));
      int notDisclosed = 0;
      int unasked = 0;
      for (OptionResult option : all) {
        for (Unknown unknown : option.unknowns()) {
          String fact = unknown.fact();
          String id = fact.substring(fact.indexOf('/') + 1, fact.indexOf('#'));
          String leaf = fact.substring(fact.lastIndexOf('/') + 1);
          // A knocked-out option is asked only what its knock-outs rest on.
          if (option.excluded()
              && unknown.usedBy().stream().noneMatch(u -> u.startsWith(OptionResult.KNOCK_OUT))) {
            if (fact.startsWith("offerings/")) {
              for (Row row : questions) {
                assertFalse(
                    text(row, 4).contains(id) && text(row, 4).contains(leaf),
                    fact + " is not asked, on row " + row.getRowNum());
              }
              unasked++;
            }
            continue;
          }
          // An offering's fact names the offering, or says "the offering(s) above" where it
          // concerns all the offerings in its supplier's heading.
          String supplier = option.option().supplier().name();
          String addressee = fact.startsWith("models/") ? "Models" : supplier;
          String about = unknown.subject();
          Row row =
              rowWith(
                  questions,
                  r ->
                      text(r, 0).equals(addressee)
                          && ((text(r, 1) + "\n" + text(r, 2)).contains(about)
                              || fact.startsWith("offerings/")
                                  && text(r, 1).startsWith("the offering"))
                          && text(r, 4).contains(id)
                          && text(r, 4).contains(leaf));
          if (unknown.notDisclosed()) {
            assertEquals("not disclosed", text(row, 6));
            notDisclosed++;
          }
        }
      }
      assertTrue(notDisclosed > 5, "the hosted offerings' not-disclosed facts: " + notDisclosed);
      assertTrue(unasked > 0, "Azure global's facts that no knock-out rests on: " + unasked);
      for (Row row : questions) {
        assertTrue(
            !text(row, 4).startsWith("models/") || text(row, 0).equals("Models"),
            "a model's facts are asked once, not of each supplier that serves it: row "
                + row.getRowNum());
      }
      assertTrue(
          questions.getLastRowNum() < all.stream().mapToInt(o -> o.unknowns().size()).sum(),
          "a fact shared by options, or a model's parts, asked once");
      Row parts =
          rowWith(questions, r -> text(r, 4).contains("#/openness/") && text(r, 4).contains(","));
      assertTrue(
          text(parts, 2)
              .lines()
              .findFirst()
              .orElseThrow()
              .matches(
                  "Which of these parts of .+ are published, and under which"
                      + " licence: '[^']+'(, '[^']+')* and '[^']+'\\?"),
          "a model's unknown parts are one question: " + text(parts, 2));
      // A row's questions run on, as they are answered together.
      Row terms =
          rowWith(questions, r -> text(r, 4).contains("priceChangeNotice, priceChangeNoticeDays"));
      assertFalse(text(terms, 2).contains("\n"), text(terms, 2));
      assertEquals(
          text(terms, 4).split(", ").length, text(terms, 2).split("\\? ").length, text(terms, 2));
      // Several models' names go under their question, the About column counts them.
      Row several =
          rowWith(
              questions,
              r ->
                  text(r, 0).equals("Models")
                      && text(r, 2).startsWith("Which of these parts of each"));
      String[] names = text(several, 2).lines().skip(1).findFirst().orElseThrow().split("; ");
      assertEquals(names.length + " models", text(several, 1));
      assertTrue(names.length > 5, text(several, 2));
      rowWith(questions, r -> text(r, 2).equals("not disclosed by the supplier (a finding)"));
      // Of the city's four offerings here, the fourth does not fit and is asked only about its
      // model's languages, under Models: the city's heading lists the other three, and its
      // certification question, which concerns all three, refers to them.
      Row city =
          rowWith(
              questions,
              r ->
                  text(r, 0).equals("Gemeente Amsterdam")
                      && text(r, 4).endsWith("#/certifications")
                      && text(r, 4).startsWith("offerings/"));
      assertEquals("the offerings above", text(city, 1));
      assertEquals(
          "OLMo self-hosted with vLLM on the city's infrastructure; IBM Granite self-hosted with vLLM"
              + " on the city's infrastructure; gpt-oss-20b self-hosted with vLLM on the city's"
              + " infrastructure",
          text(rowWith(questions, r -> text(r, 0).equals("Gemeente Amsterdam")), 2));
      rowWith(
          questions,
          r ->
              text(r, 2)
                  .startsWith(
                      "Which certifications (such as ISO/IEC 27001 or BSI C5) cover exactly this"));
      assertTrue(
          workbook.getNumCellStyles() < 30,
          "styles are made once per workbook: " + workbook.getNumCellStyles());
      assertEquals(67 * 256, evidence.getColumnWidth(3), "one A4 landscape page wide at 8 pt");
      assertEquals(27 * 256, workbook.getSheetAt(0).getColumnWidth(1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Language.class)
  @DisplayName(
      "no word of a sheet's header row is wider than its column, which print would cut at any"
          + " letter")
  void headersFitTheirColumns(Language lang) throws IOException {
    try (XSSFWorkbook workbook = open(compare(bundled, SHORTLIST), lang)) {
      int checked = 0;
      for (Sheet sheet : workbook) {
        Row header =
            sheet.getSheetName().equals(RankingSheet.name(lang))
                ? sheet.getRow(LiveScores.HEADER_ROW)
                : sheet.getRow(0);
        for (Cell cell : header) {
          if (cell.getCellType() != CellType.STRING) {
            continue;
          }
          checked += WordsFit.in(sheet, cell, true);
        }
      }
      assertTrue(checked > 40, checked + " words");
    }
  }

  @Test
  @DisplayName(
      "Questions, in Dutch: a criterion's long name breaks with a hyphen in the narrow Counts in"
          + " column, not at any letter")
  void countsInHyphenated() throws IOException {
    try (XSSFWorkbook workbook = open(compare(bundled, SHORTLIST), Language.NL)) {
      Sheet questions = workbook.getSheet("Vragen aan leveranciers");
      rowWith(questions, r -> text(r, 3).contains("Overdraagbaar-\nheid"));
      for (Row row : questions) {
        assertFalse(text(row, 3).contains("Overdraagbaarheid"), "row " + row.getRowNum());
      }
    }
  }

  @Test
  @DisplayName(
      "Questions: a question about all the offerings in a supplier's heading refers to them as the"
          + " offerings above; one about a model names it")
  void questionsAboutTheOfferingsAbove() throws IOException {
    Comparison comparison =
        compare(
            bundled,
            "\"usecase\": \"residents-chatbot\", \"offerings\": [\"self-hosted-vllm-olmo\","
                + " \"self-hosted-vllm-granite\", \"self-hosted-vllm-gpt-oss-20b\"]");
    for (Language lang : List.of(Language.NL, Language.EN)) {
      try (XSSFWorkbook workbook = open(comparison, lang)) {
        Sheet questions = workbook.getSheetAt(workbook.getNumberOfSheets() - 1);
        Row heading = questions.getRow(1);
        assertEquals("Gemeente Amsterdam", text(heading, 0));
        assertEquals(3, text(heading, 2).split("; ").length, text(heading, 2));
        Row certifications =
            rowWith(
                questions,
                r ->
                    text(r, 4)
                        .equals(
                            "offerings/self-hosted-vllm-olmo, self-hosted-vllm-granite,"
                                + " self-hosted-vllm-gpt-oss-20b#/certifications"));
        assertEquals(
            lang.pick("het aanbod hierboven", "the offerings above"), text(certifications, 1));
        Row model = rowWith(questions, r -> text(r, 4).equals("models/olmo#/transparencyScore"));
        assertEquals("OLMo 2 and Olmo 3 / 3.1 (1B–32B)", text(model, 1));
      }
    }
  }

  /** The numbered links after a sheet's table: address to number. */
  private static Map<String, String> links(Sheet sheet) {
    Map<String, String> numbers = new HashMap<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getHyperlink() != null && cell.getStringCellValue().startsWith("[")) {
          String text = cell.getStringCellValue();
          numbers.put(cell.getHyperlink().getAddress(), text.substring(1, text.indexOf(']')));
        }
      }
    }
    return numbers;
  }

  private static String text(Row row, int column) {
    Cell cell = row.getCell(column);
    return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
  }

  /**
   * Asserts that every rationale line of every ranked option is on the Evidence sheet, in its
   * criterion's row or, for a model's share, in the row it refers to; returns how many lines.
   */
  private static int evidenceShown(Evaluation evaluation, Sheet evidence) {
    Map<String, String> numbers = links(evidence);
    int lines = 0;
    for (OptionResult option : evaluation.ranked()) {
      for (Assessment assessment : option.assessments()) {
        Criterion criterion = Criteria.find(assessment.criterion()).orElseThrow();
        Row row = evidenceRow(evidence, criterion, option.option().offering().name());
        assertEquals(assessment.score().doubleValue(), row.getCell(2).getNumericCellValue());
        String shown = rationale(row);
        List<Line> all = assessment.lines();
        Choice choice = assessment.choice();
        if (choice != null) {
          // Which model counts, in short.
          Choice.Share counted =
              choice.shares().stream()
                  .filter(s -> s.model().equals(assessment.model()))
                  .findFirst()
                  .orElseThrow();
          String said =
              (choice.weakest() ? "Weakest of " : "Best-fitting of ")
                  + choice.shares().size()
                  + " models counts: "
                  + counted.name()
                  + " ("
                  + share(counted)
                  + ")";
          assertTrue(shown.lines().anyMatch(said::equals), said + " in " + shown);
          // The others' points: in the row of an option whose counted model it is, or once in the
          // criterion's last row.
          Set<String> countedHere = new HashSet<>();
          evaluation.ranked().forEach(o -> countedHere.add(o.assessment(criterion.id()).model()));
          for (Choice.Share share : choice.shares()) {
            if (!countedHere.contains(share.model())) {
              String others = rationale(evidenceRow(evidence, criterion, "The other models"));
              assertTrue(
                  others.contains(share.name() + " (" + share(share)),
                  share.name() + " in " + others);
            }
          }
        }
        for (int i = 0; i < all.size(); i++) {
          Line line = all.get(i);
          if (choice != null && choice.said().contains(line)) {
            lines++;
            continue;
          }
          String where = shown;
          String model =
              line.model() == null
                  ? null
                  : option.option().models().stream()
                      .filter(m -> m.id().equals(line.model()))
                      .findFirst()
                      .orElseThrow()
                      .name();
          String above = "The model's evidence as above, under ";
          if (model != null && shown.contains(above)) {
            String under =
                shown.substring(shown.indexOf(above) + above.length()).lines().findFirst().get();
            Row earlier = evidenceRow(evidence, criterion, under);
            assertTrue(earlier.getRowNum() < row.getRowNum(), "above: " + under);
            where = rationale(earlier);
          }
          // The counted model's lines without its name, which the row gives once.
          String bare =
              model != null && line.bare(false).startsWith(model + ": ")
                  ? capitalised(line.bare(false).substring(model.length() + 2))
                  : line.bare(false);
          boolean merged =
              line.worst() != null
                  && line.depth() == 0
                  && (i + 1 == all.size() || all.get(i + 1).depth() == 0);
          if (merged) {
            // One line at the end of the row, by kind of unknown.
            String kind =
                Character.toUpperCase(line.worst().shortEn().charAt(0))
                    + line.worst().shortEn().substring(1)
                    + ": ";
            assertTrue(
                where
                    .lines()
                    .anyMatch(
                        l ->
                            l.startsWith("Counted as the worst value. ")
                                && l.contains(kind)
                                && l.contains(bare)),
                kind + bare + " in " + where);
          } else if (!where.contains(bare)) {
            // What several models' detail lines say alike, once with the models after it.
            String named =
                option.option().models().stream()
                    .map(m -> m.name())
                    .filter(name -> bare.startsWith(name + ": "))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(bare + " in " + shown));
            String alike = bare.substring(named.length() + 2) + ": ";
            assertTrue(
                where.lines().anyMatch(l -> l.contains(alike) && l.contains(named)),
                alike + named + " in " + where);
          }
          if (line.source() != null) {
            assertTrue(numbers.containsKey(line.source()), line.source());
            assertTrue(where.contains(" [" + numbers.get(line.source()) + "]"), where);
          }
          lines++;
        }
      }
    }
    return lines;
  }

  @Test
  @DisplayName(
      "Evidence: a model's share of a criterion, the same under every offering that serves it, is"
          + " written once and referred to")
  void modelShareWrittenOnce() throws IOException {
    Comparison comparison = compare(bundled, HOSTED_SHORTLIST);
    try (XSSFWorkbook workbook = open(comparison, Language.EN)) {
      Sheet evidence = workbook.getSheet("Evidence");
      evidenceShown(comparison.evaluation(), evidence);
      Row stackit =
          evidenceRow(
              evidence, Criteria.find("openness").orElseThrow(), "STACKIT AI Model Serving");
      assertTrue(
          text(stackit, 3)
              .startsWith(
                  "Weakest of 6 models counts: Llama 3.3 70B Instruct (9.38/80)\nEuropean Open"
                      + " Source AI Index"),
          text(stackit, 3));
      for (String later : List.of("OVHcloud AI Endpoints", "IONOS AI Model Hub")) {
        Row row = evidenceRow(evidence, Criteria.find("openness").orElseThrow(), later);
        assertTrue(row.getRowNum() > stackit.getRowNum(), later);
        assertTrue(
            (text(row, 3) + "\n" + text(row, 4))
                .lines()
                .anyMatch("The model's evidence as above, under STACKIT AI Model Serving"::equals),
            later);
      }
    }
  }

  @Test
  @DisplayName("Evidence: a point's short detail runs on after it where that saves a line on paper")
  void detailRunsOnAfterItsPoint() throws IOException {
    try (XSSFWorkbook workbook = open(compare(bundled, HOSTED_SHORTLIST), Language.EN)) {
      Row stackit =
          evidenceRow(
              workbook.getSheet("Evidence"),
              Criteria.find("jurisdiction").orElseThrow(),
              "STACKIT AI Model Serving");
      assertTrue(
          rationale(stackit)
              .lines()
              .anyMatch(
                  l ->
                      l.matches(
                          "STACKIT and its parents are not subject to foreign laws .*\\(50/50\\)"
                              + " \u2014 STACKIT: no extraterritorial law found \\[\\d+]")),
          rationale(stackit));
    }
  }

  private static final String HOSTED_SHORTLIST =
      "\"usecase\": \"residents-chatbot\", \"offerings\": [\"scaleway-generative-apis\","
          + " \"ovhcloud-ai-endpoints\", \"stackit-ai-model-serving\", \"ionos-ai-model-hub\","
          + " \"t-systems-ai-foundation-services-hosted\", \"self-hosted-vllm-gemma-4\","
          + " \"self-hosted-vllm-voxtral-small-24b\", \"self-hosted-vllm-gemma-3\"]";

  /** A row's rationale, its two columns as one text, a line cut at "; " across them joined. */
  private static String rationale(Row row) {
    return (text(row, 3) + "\n" + text(row, 4)).replace(";\n\u2014 ", "; ").replace(";\n", "; ");
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String share(Choice.Share share) {
    return share.points().stripTrailingZeros().toPlainString()
        + "/"
        + share.max().stripTrailingZeros().toPlainString();
  }

  private static Row evidenceRow(Sheet evidence, Criterion criterion, String offering) {
    return rowWith(
        evidence,
        r ->
            text(r, 0).replace("-\n", "").equals(criterion.en())
                && text(r, 1).lines().anyMatch(offering::equals));
  }

  private static Row rowWith(Sheet sheet, Predicate<Row> test) {
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && test.test(row)) {
        return row;
      }
    }
    throw new AssertionError("no such row in " + sheet.getSheetName());
  }

  @Test
  @DisplayName("weights typed outside 0-100 are refused by a validation that shows its error box")
  void weightValidation() throws IOException {
    try (XSSFWorkbook workbook = open(compare(bundled, SHORTLIST), Language.NL)) {
      List<? extends DataValidation> validations = workbook.getSheetAt(0).getDataValidations();
      assertEquals(1, validations.size());
      assertTrue(validations.get(0).getShowErrorBox());
      assertEquals(
          "E10:N10", validations.get(0).getRegions().getCellRangeAddress(0).formatAsString());
      assertEquals("100", validations.get(0).getValidationConstraint().getFormula2());
    }
  }

  @Test
  @DisplayName(
      "catalogue text that looks like a formula stays text, quote-prefixed; only http(s) sources become links")
  void formulaInjection(@TempDir Path root) throws IOException {
    Fixtures.smallCatalogue(root);
    ObjectNode profile = Fixtures.fact("x").objectNode();
    profile.put("id", "p").put("version", "1.0.0").put("unknowns", "worst-case");
    profile.putObject("name").put("nl", "P").put("en", "P");
    profile
        .putObject("source")
        .put("title", "T")
        .put("url", Fixtures.SOURCE)
        .put("checked", Fixtures.CHECKED);
    profile.putObject("weights").put("openness", 1);
    profile.putArray("knockOuts");
    Fixtures.write(root, Kind.PROFILE, profile);
    ObjectNode useCase =
        (ObjectNode)
            bundled
                .catalogue()
                .find(Kind.USECASE, "quay-wall-heavy-objects")
                .orElseThrow()
                .json()
                .deepCopy();
    useCase.remove("task"); // the fixture's model has no capabilities: fit is not checked
    Fixtures.write(root, Kind.USECASE, useCase);
    ObjectNode evil = Fixtures.offering("evil", "eu-host", List.of("open-model"), List.of("FR"));
    evil.put("name", "=HYPERLINK(\"http://evil.example\",\"click\")");
    evil.set("priceChangeNotice", Fixtures.fact("@SUM(1+1)"));
    Fixtures.write(root, Kind.OFFERING, evil);
    Snapshot snapshot = Snapshot.of(new CatalogueLoader().load(root).catalogue());
    try (XSSFWorkbook workbook =
        open(
            compare(
                snapshot, "\"usecase\": \"quay-wall-heavy-objects\", \"offerings\": [\"evil\"]"),
            Language.EN)) {
      Cell name = workbook.getSheetAt(0).getRow(LiveScores.FIRST_OPTION_ROW).getCell(1);
      assertEquals(CellType.STRING, name.getCellType());
      assertEquals("=HYPERLINK(\"http://evil.example\",\"click\")", name.getStringCellValue());
      assertTrue(name.getCellStyle().getQuotePrefixed());
      Cell plain = workbook.getSheetAt(0).getRow(LiveScores.FIRST_OPTION_ROW).getCell(2);
      assertFalse(plain.getCellStyle().getQuotePrefixed(), "ordinary text is not marked");
    }
  }

  private static final String COST_SHORTLIST =
      "\"usecase\": \"residents-chatbot\", \"offerings\": [\"self-hosted-vllm-olmo\","
          + " \"scaleway-generative-apis\", \"stackit-ai-model-serving\","
          + " \"ovhcloud-ai-endpoints\", \"self-hosted-vllm-gpt-oss-20b\","
          + " \"mistral-api-eu\", \"azure-openai-global\"]";

  @Test
  @DisplayName(
      "Costs: each option's total over the term is a live formula giving the API's figure; after"
          + " the volume and the value of a point are changed in the sheet, cost, comparison price"
          + " and rank recalculate to what the API answers for the same change")
  void costsRecalculate() throws IOException {
    Comparison comparison = compare(bundled, COST_SHORTLIST);
    JsonNode api = comparison.json();
    try (XSSFWorkbook workbook = open(comparison, Language.EN)) {
      XSSFSheet costs = workbook.getSheet("Costs");
      XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      evaluator.evaluateAll();
      Map<String, double[]> totals = costTotals(costs, evaluator);
      int known = 0;
      for (JsonNode option : api.path("ranking")) {
        String name = option.path("offering").path("name").asText();
        JsonNode cost = option.path("cost");
        double[] sheet = totals.get(name);
        if (cost.path("known").asBoolean()) {
          known++;
          assertEquals(cost.path("low").asDouble(), sheet[0], 0.01, name);
          assertEquals(cost.path("high").asDouble(), sheet[1], 0.01, name);
        } else {
          assertTrue(Double.isNaN(sheet[0]), name + " must stay unknown, not free");
        }
      }
      assertTrue(known >= 4, "known costs: " + known);
      // The self-hosted energy estimate is a live formula too.
      JsonNode olmo = api.path("ranking").get(0).path("cost").path("footprint").path("lines");
      double kwh = olmo.get(0).path("low").asDouble();
      boolean found = false;
      String block = "";
      for (Row row : costs) {
        Cell part = row.getCell(1);
        block = optionOf(row, block);
        if (part != null
            && part.getCellType() == CellType.STRING
            && part.getStringCellValue().equals("kWh")
            && block.startsWith("OLMo")) {
          assertEquals(kwh, number(evaluator, row.getCell(CostsSheet.LOW_COLUMN)), 0.1);
          found = true;
        }
      }
      assertTrue(found, "an energy estimate row for OLMo");

      cell(costs, comparison.costs().inputs().label("volumeHigh", Language.EN))
          .setCellValue(250000);
      cell(costs, comparison.costs().inputs().label("euroPerPoint", Language.EN))
          .setCellValue(1000);
      evaluator.clearAllCachedResultValues();
      evaluator.evaluateAll();
      Comparison changed =
          compare(
              bundled,
              COST_SHORTLIST + ", \"costs\": {\"volumeHigh\": 250000, \"euroPerPoint\": 1000}");
      JsonNode expected = changed.json();
      Map<String, double[]> recalculated = costTotals(costs, evaluator);
      for (JsonNode option : expected.path("ranking")) {
        JsonNode cost = option.path("cost");
        if (cost.path("known").asBoolean()) {
          String name = option.path("offering").path("name").asText();
          assertEquals(cost.path("high").asDouble(), recalculated.get(name)[1], 0.01, name);
        }
      }
      Map<String, double[]> priceQuality = priceQuality(costs, evaluator);
      JsonNode ranking = expected.path("costs").path("priceQuality").path("ranking");
      assertTrue(ranking.size() >= 4);
      for (JsonNode entry : ranking) {
        String name =
            changed.evaluation().ranked().stream()
                .filter(r -> r.id().equals(entry.path("offering").asText()))
                .findFirst()
                .orElseThrow()
                .option()
                .offering()
                .name();
        double[] row = priceQuality.get(name);
        assertEquals(entry.path("comparisonPrice").asDouble(), row[0], 0.01, name);
        assertEquals(entry.path("rank").asInt(), (int) row[1], name);
      }
    }
  }

  @Test
  @DisplayName(
      "Costs: the sheet lists only the parameters its options' costs use: no GPU rent or staff rate"
          + " in a comparison of hosted services")
  void costsListUsedParameters() throws IOException {
    String hosted =
        "\"usecase\": \"residents-chatbot\", \"offerings\": [\"scaleway-generative-apis\","
            + " \"mistral-api-eu\", \"ovhcloud-ai-endpoints\"]";
    for (String shortlist : List.of(hosted, COST_SHORTLIST)) {
      Comparison comparison = compare(bundled, shortlist);
      try (XSSFWorkbook workbook = open(comparison, Language.EN)) {
        Sheet costs = workbook.getSheet("Costs");
        CostInputs inputs = comparison.costs().inputs();
        for (String id : List.of("volumeHigh", "euroPerPoint", "termMonths")) {
          cell(costs, inputs.label(id, Language.EN));
        }
        // The self-hosted options here rent their GPUs, so none is written off either.
        List<String> selfHosting = List.of("hourlyRate", "operationsHoursPerMonth", "pue");
        for (String id : selfHosting) {
          String label = inputs.label(id, Language.EN);
          if (shortlist.equals(hosted)) {
            assertThrows(AssertionError.class, () -> cell(costs, label), label);
          } else {
            cell(costs, label);
          }
        }
        String writeOff = inputs.label("depreciationYears", Language.EN);
        assertThrows(AssertionError.class, () -> cell(costs, writeOff), writeOff);
        for (Input input : inputs.all()) {
          if (input.id().startsWith("gpu.") && shortlist.equals(hosted)) {
            String label = inputs.label(input.id(), Language.EN);
            assertThrows(AssertionError.class, () -> cell(costs, label), label);
          }
        }
      }
    }
  }

  /** The input cell of a cost parameter, found by its name. */
  private static Cell cell(Sheet sheet, String label) {
    for (Row row : sheet) {
      Cell name = row.getCell(0);
      if (row.getCell(1) != null
          && name != null
          && name.getCellType() == CellType.STRING
          && name.getStringCellValue().equals(label)) {
        return row.getCell(1);
      }
    }
    throw new AssertionError("no parameter " + label);
  }

  /** Low and high total per option name; NaN where the sheet says unknown. */
  private static Map<String, double[]> costTotals(Sheet sheet, XSSFFormulaEvaluator evaluator) {
    Map<String, double[]> totals = new HashMap<>();
    String option = null;
    for (Row row : sheet) {
      Cell part = row.getCell(1);
      option = optionOf(row, option);
      if (part != null
          && part.getCellType() == CellType.STRING
          && part.getStringCellValue().equals("total")) {
        totals.put(
            option,
            new double[] {
              number(evaluator, row.getCell(CostsSheet.LOW_COLUMN)),
              number(evaluator, row.getCell(CostsSheet.HIGH_COLUMN))
            });
      }
    }
    return totals;
  }

  /**
   * The option whose cost lines start at {@code row}, named in its first column, or {@code last}.
   */
  private static String optionOf(Row row, String last) {
    Cell name = row.getCell(0);
    return name != null && name.getCellType() == CellType.STRING ? name.getStringCellValue() : last;
  }

  /** Comparison price and rank per option name, from the price-quality rows. */
  private static Map<String, double[]> priceQuality(Sheet sheet, XSSFFormulaEvaluator evaluator) {
    Map<String, double[]> rows = new HashMap<>();
    boolean in = false;
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      Cell third = row.getCell(CostsSheet.LOW_COLUMN);
      if (first != null
          && third != null
          && third.getCellType() == CellType.STRING
          && third.getStringCellValue().equals("Comparison price")) {
        in = true;
        continue;
      }
      if (in && first != null) {
        rows.put(
            first.getStringCellValue(),
            new double[] {
              number(evaluator, row.getCell(CostsSheet.LOW_COLUMN)),
              number(evaluator, row.getCell(CostsSheet.HIGH_COLUMN))
            });
      }
    }
    return rows;
  }

  private static double number(XSSFFormulaEvaluator evaluator, Cell cell) {
    CellValue value = evaluator.evaluate(cell);
    return value != null && value.getCellType() == CellType.NUMERIC
        ? value.getNumberValue()
        : Double.NaN;
  }
}
