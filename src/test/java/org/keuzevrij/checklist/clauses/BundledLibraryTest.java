package org.keuzevrij.checklist.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.web.Language;

@DisplayName("The bundled clause library")
class BundledLibraryTest {

  /** Offerings of every kind of delivery and jurisdiction, against every bundled use case. */
  private static final List<String> OFFERINGS =
      List.of(
          "openai-api-global",
          "anthropic-api",
          "mistral-api-eu",
          "azure-openai-datazone-eu",
          "aws-bedrock-global-cross-region",
          "cohere-private-deployment",
          "self-hosted-vllm-olmo",
          "self-hosted-vllm-llama-3-3-70b",
          "aleph-alpha-pharia-ai-on-premise");

  private static final List<String> USECASES =
      List.of(
          "residents-chatbot",
          "reading-old-archives",
          "quay-wall-heavy-objects",
          "predictive-maintenance");
  private static final Pattern GAP =
      Pattern.compile("\\{\\{|}}|\\(\\s*\\)|\\s[,.;:]|  |\\bnull\\b");

  @Test
  @DisplayName("has at least 60 clauses across all fifteen categories")
  void coversEveryCategory() {
    ClauseLibrary library = Bundled.library();
    assertTrue(library.clauses().size() >= 60, "clauses: " + library.clauses().size());
    Set<Category> used = EnumSet.noneOf(Category.class);
    library.clauses().forEach(clause -> used.add(clause.category()));
    assertEquals(EnumSet.allOf(Category.class), used);
    assertEquals(64, library.version().length());
  }

  @Test
  @DisplayName(
      "uses every named condition in some trigger or priority rule, so none is dead vocabulary")
  void usesEveryCondition() {
    Set<Condition> used = EnumSet.noneOf(Condition.class);
    for (Clause clause : Bundled.library().clauses()) {
      used.addAll(clause.trigger().conditions());
      clause.priority().rules().forEach(rule -> used.addAll(rule.when().conditions()));
    }
    assertEquals(EnumSet.allOf(Condition.class), used);
  }

  @Test
  @DisplayName("keeps its files in canonical form, as the catalogue does")
  void filesAreCanonical() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(ClauseLibraryLoader.BUNDLED))) {
      for (Path file : files.toList()) {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(
            new String(CanonicalJson.pretty(CanonicalJson.read(bytes))),
            new String(bytes),
            file.toString());
      }
    }
  }

  @Test
  @DisplayName("orders clauses by category, then id")
  void ordered() {
    List<Clause> clauses = Bundled.library().clauses();
    List<Clause> sorted = new ArrayList<>(clauses);
    sorted.sort(ClauseLibrary.ORDER);
    assertEquals(sorted, clauses);
    assertEquals("GOV-01", clauses.get(0).id());
    assertEquals("GEN-01", clauses.get(clauses.size() - 1).id());
  }

  @Test
  @DisplayName(
      "renders every clause in Dutch and English for real cases, with no placeholder left unfilled")
  void rendersEveryClause() {
    int rendered = 0;
    for (String usecase : USECASES) {
      for (String offering : OFFERINGS) {
        ProcurementCase c = Bundled.procurementCase(Bundled.snapshot(), usecase, offering);
        for (Language language : Language.values()) {
          Map<String, Object> facts = TemplateFacts.of(c, language);
          for (Clause clause : Bundled.library().clauses()) {
            String text = clause.requirement(language, facts);
            assertFalse(
                GAP.matcher(text).find(),
                clause.id() + " " + language + " " + usecase + "/" + offering + ": " + text);
            rendered++;
          }
        }
      }
    }
    assertEquals(
        USECASES.size() * OFFERINGS.size() * 2 * Bundled.library().clauses().size(), rendered);
  }

  @Test
  @DisplayName("names the facts of the case in the texts: supplier, offering, models, locations")
  void fillsFacts() {
    ProcurementCase c =
        Bundled.procurementCase(Bundled.snapshot(), "residents-chatbot", "openai-api-global");
    Map<String, Object> en = TemplateFacts.of(c, Language.EN);
    String dataLocations =
        Bundled.library().find("DATA-07").orElseThrow().requirement(Language.EN, en);
    assertTrue(
        dataLocations.startsWith(
            "OpenAI processes and stores the city's data for Residents' chatbot"),
        dataLocations);
    assertTrue(
        dataLocations.contains(
            "processing anywhere, as the supplier chooses; storage anywhere, as the supplier"
                + " chooses"),
        dataLocations);
    ProcurementCase archives =
        Bundled.procurementCase(
            Bundled.snapshot(), "reading-old-archives", "transkribus-read-coop");
    assertTrue(
        Bundled.library()
            .find("EXIT-04")
            .orElseThrow()
            .requirement(Language.EN, TemplateFacts.of(archives, Language.EN))
            .endsWith("Export formats the terms name now: PageXML, ALTO and PDF."));
    assertTrue(
        Bundled.library()
            .find("EXIT-02")
            .orElseThrow()
            .requirement(Language.EN, en)
            .endsWith("Exit assistance as stated now for OpenAI API (global): not disclosed."),
        "an unknown period says so");
    String nl =
        Bundled.library()
            .find("AIA-05")
            .orElseThrow()
            .requirement(Language.NL, TemplateFacts.of(c, Language.NL));
    assertTrue(
        nl.contains(
            "GPT-4o, GPT-4.1 (incl. mini and nano), OpenAI o-series reasoning models (o3, o4-mini) en"
                + " GPT-5 voor Chatbot voor Amsterdammers"),
        nl);
  }

  @Test
  @DisplayName(
      "keeps a source with a legal status on every clause, with web addresses only over http(s)")
  void sourcesAreComplete() {
    for (Clause clause : Bundled.library().clauses()) {
      assertFalse(clause.sources().isEmpty(), clause.id());
      for (Source source : clause.sources()) {
        assertTrue(
            source.url() == null || source.url().matches("https?://\\S+"),
            clause.id() + ": " + source.url());
      }
    }
    Clause aiLiteracy = Bundled.library().find("AIA-12").orElseThrow();
    assertTrue(
        aiLiteracy.sources().stream().anyMatch(s -> s.status() == LegalStatus.ADOPTED),
        "the Omnibus change to Art. 4 is adopted, not in force");
    Clause sovereignty = Bundled.library().find("SOV-03").orElseThrow();
    assertTrue(
        sovereignty.sources().stream().anyMatch(s -> s.status() == LegalStatus.PROPOSED),
        "CADA is a proposal");
  }
}
