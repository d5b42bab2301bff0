package org.keuzevrij.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.checklist.clauses.Basis;
import org.keuzevrij.checklist.clauses.Bundled;
import org.keuzevrij.checklist.clauses.ClauseLibrary;
import org.keuzevrij.checklist.clauses.Condition;
import org.keuzevrij.checklist.clauses.Priority;
import org.keuzevrij.web.Language;

@DisplayName("Checklists from the bundled catalogue and clause library")
class ChecklistBuilderTest {

  private static List<String> ids(Checklist checklist) {
    return checklist.rows().stream().map(Checklist.Row::id).toList();
  }

  private static Checklist.Row row(Checklist checklist, String id) {
    return checklist.rows().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " does not apply; rows: " + ids(checklist)));
  }

  private static Checklist.NotApplicable notApplicable(Checklist checklist, String id) {
    return checklist.notApplicable().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " applies after all"));
  }

  private static void assertContains(String text, String expected) {
    assertTrue(text.contains(expected), () -> "expected \"" + expected + "\" in: " + text);
  }

  @Test
  @DisplayName(
      "a checklist made after an offering's review period lists the facts it rests on that are due"
          + " for review; made in time, none")
  void dueForReview() {
    Checklist inTime = Bundled.checklist("residents-chatbot", "ionos-ai-model-hub", Language.EN);
    assertEquals(List.of(), inTime.dueForReview());
    Checklist late =
        new ChecklistBuilder(
                Bundled.library(),
                java.time.Clock.fixed(
                    java.time.Instant.parse("2027-07-01T10:00:00Z"), java.time.ZoneOffset.UTC))
            .build(
                Bundled.procurementCase(
                    Bundled.snapshot(), "residents-chatbot", "ionos-ai-model-hub"),
                Language.EN);
    assertTrue(
        late.dueForReview().stream()
            .anyMatch(
                line ->
                    line.startsWith(
                        "offerings/ionos-ai-model-hub.json: /processingLocations: checked")),
        late.dueForReview().toString());
    assertTrue(
        late.dueForReview().stream().anyMatch(line -> line.startsWith("suppliers/ionos.json: ")),
        "a supplier's year has passed too");
  }

  @Test
  @DisplayName(
      "a US hosted API for the residents' chatbot brings in the privacy, transfer and sovereignty clauses")
  void usHostedApiForTheChatbot() {
    Checklist checklist = Bundled.checklist("residents-chatbot", "openai-api-global", Language.EN);
    List<String> applies = ids(checklist);
    for (String id :
        List.of(
            "PRIV-01", "PRIV-02", "PRIV-04", "PRIV-05", "PRIV-06", "DATA-03", "DATA-07", "SOV-01",
            "SOV-02", "EXIT-02", "CHG-02", "AIA-13", "FAIR-02", "GEN-01")) {
      assertTrue(applies.contains(id), id + " should apply; rows: " + applies);
    }
    for (String id :
        List.of("EXIT-07", "EXIT-08", "HOV-02", "TRANS-04", "SEC-04", "AIA-09", "DATA-04")) {
      assertFalse(applies.contains(id), id + " should not apply");
    }
    assertContains(
        row(checklist, "PRIV-05").why(),
        "Applies because: Supplier under non-EU law: yes (OpenAI is subject to: US CLOUD Act (18 U.S.C. 2713)");
    assertContains(
        row(checklist, "PRIV-04").why(),
        "Data outside the EEA: yes (Processing also outside the EU/EEA:"
            + " anywhere, as the supplier chooses; Storage also outside the EU/EEA: anywhere, as the"
            + " supplier chooses)");
    Checklist.Row locations = row(checklist, "DATA-07");
    assertEquals(Priority.MUST, locations.priority());
    assertContains(
        locations.why(),
        "Priority ‘must’ because of: Personal data: yes; Supplier under non-EU law: yes.");
    Checklist.Row retention = row(checklist, "DATA-03");
    assertEquals(
        Basis.LEGAL_DUTY, retention.basis(), "personal data makes short retention a GDPR duty");
    assertContains(retention.why(), "Priority ‘must’ (legal duty) because of: Personal data: yes.");
    assertEquals("Applies to every contract.", row(checklist, "GOV-03").why());
    String exit = notApplicable(checklist, "EXIT-08").failed();
    assertContains(
        exit, "Weights available: no (GPT-4o: Weights not released; usable only as a service");
    assertContains(
        exit, "OSI licence: no (GPT-4o: OpenAI proprietary service terms (not OSI-approved)");
    assertEquals("Weights available or OSI licence", notApplicable(checklist, "EXIT-08").trigger());
  }

  @Test
  @DisplayName(
      "an OSI-licensed model the city hosts itself for archive reading needs licence, not transfer, clauses")
  void selfHostedOpenModelForTheArchives() {
    Checklist checklist =
        Bundled.checklist("reading-old-archives", "self-hosted-vllm-olmo", Language.NL);
    List<String> applies = ids(checklist);
    for (String id : List.of("EXIT-08", "DATA-04", "AIA-02", "SEC-03", "GPAI-01")) {
      assertTrue(applies.contains(id), id + " should apply; rows: " + applies);
    }
    for (String id :
        List.of(
            "PRIV-01", "PRIV-02", "PRIV-03", "PRIV-04", "PRIV-05", "PRIV-06", "DATA-07", "SOV-01",
            "EXIT-02", "EXIT-03", "EXIT-09", "EXIT-05", "EXIT-07", "AIA-13", "GEN-01", "CHG-02")) {
      assertFalse(applies.contains(id), id + " should not apply");
    }
    assertContains(
        row(checklist, "EXIT-08").why(), "Van toepassing omdat: Gewichten beschikbaar: ja");
    assertContains(
        row(checklist, "EXIT-08").why(),
        "OSI-licentie: ja (OLMo 2 and Olmo 3 / 3.1 (1B–32B): Apache"
            + " License 2.0 (OSI-goedgekeurd))");
    assertContains(
        row(checklist, "SEC-03").why(),
        "Gehost: nee (de gemeente host het zelf op infrastructuur die zij" + " beheert)");
    assertContains(
        notApplicable(checklist, "EXIT-07").failed(),
        "Niet van toepassing omdat: OSI-licentie: ja");
    assertContains(
        notApplicable(checklist, "GEN-01").failed(),
        "Generatief: nee (oordeel van de gemeente bij de"
            + " toepassing; let op: OLMo 2 and Olmo 3 / 3.1 (1B–32B) kan wel tekst of beeld maken)");
    assertContains(
        notApplicable(checklist, "PRIV-05").failed(), "Leverancier onder niet-EU-recht: nee");
    assertTrue(
        checklist.assumptions().isEmpty(), "every fact is known: " + checklist.assumptions());
    assertContains(
        row(checklist, "GOV-03").requirement(),
        "Gemeente Amsterdam (in eigen beheer, of een leverancier die"
            + " de gemeente daarvoor inschakelt) garandeert");
  }

  @Test
  @DisplayName(
      "a proprietary model delivered for self-hosting needs the right to keep using the delivered version")
  void proprietarySelfHosted() {
    Checklist checklist =
        Bundled.checklist(
            "predictive-maintenance", "aleph-alpha-pharia-ai-on-premise", Language.EN);
    assertContains(row(checklist, "EXIT-07").why(), "Hosted: no");
    assertContains(row(checklist, "EXIT-07").why(), "OSI licence: no");
    assertContains(row(checklist, "SEC-04").why(), "Business-critical: yes");
  }

  @Test
  @DisplayName(
      "treats an unknown fact as the worst case, says so in the row and lists it as an assumption")
  void unknownIsWorstCase() {
    Checklist checklist =
        Bundled.checklist("quay-wall-heavy-objects", "anthropic-api", Language.EN);
    Checklist.Row processor = row(checklist, "PRIV-01");
    assertContains(processor.why(), "Personal data: unknown (the use case leaves this open)");
    assertContains(
        processor.why(),
        "Unknown, so assumed as the worst case: Personal data (confirm with the use case's"
            + " owner in the city).");
    assertTrue(
        processor.matched().stream()
            .anyMatch(m -> m.condition() == Condition.PERSONAL_DATA && m.assumed()));
    Optional<Checklist.Assumption> personal =
        checklist.assumptions().stream()
            .filter(a -> a.condition() == Condition.PERSONAL_DATA)
            .findFirst();
    assertTrue(personal.isPresent(), checklist.assumptions().toString());
    assertTrue(
        personal.get().clauseIds().containsAll(List.of("PRIV-01", "PRIV-02", "PRIV-06")),
        personal.get().clauseIds().toString());
    Checklist.Row escrow = row(checklist, "EXIT-05");
    assertContains(escrow.why(), "Weights available: no");
    assertEquals(
        Priority.MUST, escrow.priority(), "business-critical and fine-tuning: escrow is a must");
    Checklist.Assumption start =
        checklist.assumptions().stream()
            .filter(a -> a.condition() == Condition.CONTRACT_STARTS_BEFORE_CHARGE_BAN)
            .findFirst()
            .orElseThrow();
    assertEquals("contract start not recorded in the use case", start.detail());
    assertEquals(List.of("EXIT-03"), start.clauseIds());
  }

  @Test
  @DisplayName(
      "a condition's detail, which the assumptions sheet shows, says when the supplier does not disclose the fact")
  void notDisclosedAssumption() {
    Checklist checklist = Bundled.checklist("residents-chatbot", "mistral-api-global", Language.EN);
    String detail =
        checklist.rows().stream()
            .flatMap(r -> r.matched().stream())
            .filter(m -> m.condition() == Condition.DATA_OUTSIDE_EEA)
            .map(Checklist.Matched::detail)
            .findFirst()
            .orElseThrow();
    assertContains(detail, "Storage: location unknown, not disclosed by the supplier");
  }

  @Test
  @DisplayName("lists rows in category order, then by id, the same every time")
  void deterministicOrder() {
    Checklist first = Bundled.checklist("residents-chatbot", "mistral-api-eu", Language.NL);
    Checklist again = Bundled.checklist("residents-chatbot", "mistral-api-eu", Language.NL);
    assertEquals(first, again);
    List<Checklist.Row> sorted = new ArrayList<>(first.rows());
    sorted.sort(
        (a, b) ->
            a.category() != b.category()
                ? a.category().compareTo(b.category())
                : a.id().compareTo(b.id()));
    assertEquals(sorted, first.rows());
    assertEquals(
        Bundled.library().clauses().size(), first.rows().size() + first.notApplicable().size());
    assertEquals(LocalDate.of(2026, 12, 1), first.generated());
    assertEquals(Bundled.snapshot().catalogue().version(), first.catalogueVersion());
    assertEquals(Bundled.library().version(), first.libraryVersion());
  }

  @Test
  @DisplayName("library order puts categories before ids")
  void libraryOrder() {
    assertTrue(
        ClauseLibrary.ORDER.compare(
                Bundled.library().find("GOV-05").orElseThrow(),
                Bundled.library().find("AIA-01").orElseThrow())
            < 0);
  }
}
