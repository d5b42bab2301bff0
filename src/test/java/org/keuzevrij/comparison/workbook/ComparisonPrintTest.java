package org.keuzevrij.comparison.workbook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.SchemaValidator;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.comparison.Comparison;
import org.keuzevrij.comparison.QueryParser;
import org.keuzevrij.comparison.QueryResolver;
import org.keuzevrij.scoring.Criteria;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Printed;

@DisplayName("The comparison workbook, printed to PDF by LibreOffice")
class ComparisonPrintTest {

  private static final String EIGHT_OPTIONS =
      "{\"usecase\": \"residents-chatbot\", \"offerings\": [\"self-hosted-vllm-olmo\","
          + " \"scaleway-generative-apis\", \"azure-openai-global\", \"self-hosted-vllm-granite\","
          + " \"self-hosted-vllm-llama-3-1\", \"t-systems-ai-foundation-services-hosted\","
          + " \"self-hosted-vllm-gpt-oss-20b\", \"self-hosted-vllm-gpt-oss-120b\"]}";

  /** Eight hosted platforms serving dozens of models, five of them knocked out. */
  private static final String HOSTED =
      "{\"usecase\": \"residents-chatbot\", \"offerings\": [\"mistral-api-eu\","
          + " \"scaleway-generative-apis\", \"azure-openai-datazone-eu\","
          + " \"openai-api-eu-data-residency\", \"aws-bedrock-eu-cross-region\","
          + " \"google-vertex-ai-eu-multi-region\", \"ionos-ai-model-hub\","
          + " \"stackit-ai-model-serving\"]}";

  /** Eight options all ranked, five of them platforms of many models: the longest found. */
  private static final String ALL_RANKED =
      "{\"usecase\": \"residents-chatbot\", \"offerings\": [\"scaleway-generative-apis\","
          + " \"ovhcloud-ai-endpoints\", \"stackit-ai-model-serving\", \"ionos-ai-model-hub\","
          + " \"t-systems-ai-foundation-services-hosted\", \"self-hosted-vllm-gemma-4\","
          + " \"self-hosted-vllm-voxtral-small-24b\", \"self-hosted-vllm-gemma-3\"]}";

  static Stream<Arguments> comparisons() {
    return Stream.of(
            Arguments.of("mixed", EIGHT_OPTIONS),
            Arguments.of("hosted", HOSTED),
            Arguments.of("all ranked", ALL_RANKED))
        .flatMap(
            c ->
                Arrays.stream(Language.values()).map(l -> Arguments.of(c.get()[0], c.get()[1], l)));
  }

  @ParameterizedTest(name = "{0}, {2}")
  @MethodSource("comparisons")
  @DisplayName(
      "a comparison of 8 options prints on at most 15 pages at 8 pt with a header on every page"
          + " and no word over another; the decision (Ranking, Costs, Fit and knock-outs) on 5")
  void prints(String name, String shortlist, Language lang, @TempDir Path dir) throws IOException {
    Printed.assumeAvailable();
    Comparison comparison = compare(shortlist);
    Printed printed = Printed.print(ComparisonWorkbook.write(comparison, lang), dir, "comparison");
    List<Printed.Word[]> overlaps =
        printed.report("comparison " + name + " " + lang.code(), "Keuzevrij");
    assertTrue(overlaps.isEmpty(), overlaps.size() + " pairs of words print over each other");
    assertTrue(printed.smallestFont() >= 7.95, "smallest font " + printed.smallestFont() + " pt");
    String ranking = RankingSheet.name(lang);
    int decision =
        printed.pagesOf(ranking)
            + printed.pagesOf(CostsSheet.name(lang))
            + printed.pagesOf(lang.pick("Geschiktheid en knock-outs", "Fit and knock-outs"));
    assertTrue(printed.pagesOf(ranking) == 1, "the ranking prints on one page");
    assertTrue(decision <= 5, decision + " pages for the decision");
    assertTrue(printed.pages() <= 15, printed.pages() + " pages in all, issue 14's bound");
  }

  @Test
  @DisplayName(
      "LibreOffice computes the formulas itself: after a weight is changed in the file, the Ranking"
          + " prints the API's totals for that weight, and no sheet prints a formula error")
  void libreOfficeRecalculates(@TempDir Path dir) throws IOException {
    Printed.assumeAvailable();
    byte[] xlsx = ComparisonWorkbook.write(compare(EIGHT_OPTIONS), Language.EN);
    byte[] changed;
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      int climate = LiveScores.FIRST_SCORE_COLUMN + Criteria.IDS.indexOf("climate");
      // Only the input changes; the totals cached in the file stay those of the old weight.
      workbook.getSheetAt(0).getRow(LiveScores.WEIGHT_ROW).getCell(climate).setCellValue(60);
      workbook.write(out);
      changed = out.toByteArray();
    }
    Printed printed = Printed.print(changed, dir, "recalculated", true);
    String ranking = printed.pageText(1);
    Comparison heavier =
        compare(
            EIGHT_OPTIONS.substring(0, EIGHT_OPTIONS.length() - 1)
                + ", \"weights\": {\"climate\": 60}}");
    for (JsonNode option : heavier.json().path("ranking")) {
      String total = String.format(Locale.ROOT, "%.2f", option.path("total").doubleValue());
      assertTrue(
          ranking.contains(total),
          option.path("offering").path("id") + ": " + total + "\n" + ranking);
    }
    assertTrue(
        !ranking.contains(
            String.format(
                Locale.ROOT,
                "%.2f",
                compare(EIGHT_OPTIONS).json().path("ranking").get(0).path("total").doubleValue())),
        "the old total is gone");
    for (int page = 1; page <= printed.pages(); page++) {
      String text = printed.pageText(page);
      for (String error : List.of("Err:", "#VALUE!", "#NAME?", "#REF!", "#DIV/0!", "#N/A")) {
        assertTrue(!text.contains(error), error + " on page " + page + ":\n" + text);
      }
    }
  }

  private static Comparison compare(String json) throws IOException {
    Snapshot bundled = Snapshot.of(new CatalogueLoader().load(Path.of("catalogue")).catalogue());
    return Comparison.run(
        new QueryResolver(new SchemaValidator())
            .resolve(QueryParser.fromJson(CanonicalJson.read(json.getBytes())), bundled, false),
        Instant.parse("2026-11-28T12:00:00Z"));
  }
}
