package org.keuzevrij.checklist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.checklist.clauses.Bundled;
import org.keuzevrij.checklist.clauses.Condition;
import org.keuzevrij.web.Language;

@DisplayName("Date rules: contract dates against the Data Act's end of switching charges")
class ContractDatesTest {

  @TempDir Path root;

  /** The bundled catalogue with contract dates set on the residents' chatbot. */
  private Snapshot withDates(String start, String end) {
    Bundled.copyCatalogue(root);
    Bundled.edit(
        root,
        Kind.USECASE,
        "residents-chatbot",
        usecase -> usecase.put("contractStart", start).put("contractEnd", end));
    return Bundled.load(root);
  }

  private static List<String> ids(Checklist checklist) {
    return checklist.rows().stream().map(Checklist.Row::id).toList();
  }

  @Test
  @DisplayName(
      "a contract that starts after 12 January 2027 gets the ban on switching charges only")
  void startsAfterTheBan() {
    Checklist checklist =
        Bundled.checklist(
            withDates("2027-03-01", "2029-02-28"),
            "residents-chatbot",
            "openai-api-global",
            Language.EN);
    assertTrue(ids(checklist).contains("EXIT-09"));
    assertFalse(ids(checklist).contains("EXIT-03"));
    Checklist.Row ban =
        checklist.rows().stream().filter(r -> r.id().equals("EXIT-09")).findFirst().orElseThrow();
    assertTrue(
        ban.why()
            .contains(
                "Contract runs on or after 12 January 2027: yes (contract end: 28 February 2029)"),
        ban.why());
    assertTrue(
        ban.requirement().contains("(end of the contract: 28 February 2029)"), ban.requirement());
    assertTrue(
        checklist.notApplicable().stream()
            .anyMatch(
                n ->
                    n.id().equals("EXIT-03")
                        && n.failed()
                            .contains(
                                "Contract starts before 12 January 2027: no (contract start: 1 March 2027)")));
    assertTrue(
        checklist.assumptions().stream()
            .noneMatch(a -> a.condition() == Condition.CONTRACT_REACHES_CHARGE_BAN));
  }

  @Test
  @DisplayName(
      "a contract that ends before the ban only gets the cost-price limit, in Dutch with Dutch dates")
  void endsBeforeTheBan() {
    Checklist checklist =
        Bundled.checklist(
            withDates("2026-12-15", "2027-01-11"),
            "residents-chatbot",
            "openai-api-global",
            Language.NL);
    assertTrue(ids(checklist).contains("EXIT-03"));
    assertFalse(ids(checklist).contains("EXIT-09"));
    Checklist.Row charges =
        checklist.rows().stream().filter(r -> r.id().equals("EXIT-03")).findFirst().orElseThrow();
    assertTrue(
        charges.requirement().contains("(begin van het contract: 15 december 2026)"),
        charges.requirement());
  }
}
