package org.keuzevrij.checklist.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Problem;

@DisplayName("Clause library loading and validation")
class ClauseLibraryLoaderTest {

  @TempDir Path folder;

  /** Two real clauses, without their links to clauses that are not copied. */
  @BeforeEach
  void copyTwoClauses() throws IOException {
    for (String id : List.of("EXIT-03", "PRIV-04")) {
      ObjectNode clause =
          (ObjectNode)
              CanonicalJson.read(
                  Files.readAllBytes(Path.of(ClauseLibraryLoader.BUNDLED, id + ".json")));
      clause.remove("seeAlso");
      write(id + ".json", clause);
    }
  }

  private ObjectNode read(String id) throws IOException {
    return (ObjectNode) CanonicalJson.read(Files.readAllBytes(folder.resolve(id + ".json")));
  }

  private void write(String fileName, ObjectNode clause) throws IOException {
    Files.write(folder.resolve(fileName), CanonicalJson.pretty(clause));
  }

  private List<String> problems() {
    ClauseLibraryLoader.Result result = new ClauseLibraryLoader().load(folder, "lib");
    if (!result.ok()) {
      assertNull(result.library(), "a library with problems is never handed out");
    }
    return result.problems().stream().map(Problem::toString).toList();
  }

  private static void assertHas(List<String> problems, String expected) {
    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith(expected)),
        () -> "expected " + expected + " in\n" + String.join("\n", problems));
  }

  @Test
  @DisplayName(
      "loads clean files, with a version that changes with the content and not with the formatting")
  void clean() throws IOException {
    ClauseLibraryLoader.Result first = new ClauseLibraryLoader().load(folder, "lib");
    assertTrue(first.ok(), first.problems().toString());
    assertEquals(
        List.of("PRIV-04", "EXIT-03"),
        first.library().clauses().stream().map(Clause::id).toList(),
        "privacy comes before exit");
    Files.writeString(
        folder.resolve("EXIT-03.json"),
        Files.readString(folder.resolve("EXIT-03.json")).replace("\n  ", "\n    "));
    assertEquals(
        first.library().version(),
        new ClauseLibraryLoader().load(folder, "lib").library().version());
    ObjectNode changed = read("EXIT-03");
    changed.with("priority").put("base", "should");
    write("EXIT-03.json", changed);
    String other = new ClauseLibraryLoader().load(folder, "lib").library().version();
    assertTrue(!first.library().version().equals(other));
  }

  @Test
  @DisplayName(
      "names an unknown condition in a trigger or a priority rule with its file and pointer")
  void unknownConditions() throws IOException {
    ObjectNode clause = read("EXIT-03");
    ((ArrayNode) clause.with("trigger").withArray("allOf"))
        .set(1, "contractStartsBeforeChargeBann");
    write("EXIT-03.json", clause);
    ObjectNode privacy = read("PRIV-04");
    ((ObjectNode) privacy.with("priority").withArray("rules").get(0)).put("when", "personaldata");
    write("PRIV-04.json", privacy);
    List<String> problems = problems();
    assertHas(
        problems,
        "lib/EXIT-03.json: /trigger/allOf/1: unknown condition \"contractStartsBeforeChargeBann\"");
    assertHas(
        problems, "lib/PRIV-04.json: /priority/rules/0/when: unknown condition \"personaldata\"");
    assertEquals(2, problems.size(), problems.toString());
  }

  @Test
  @DisplayName("rejects templates that do not compile or name facts the tool does not have")
  void brokenTemplates() throws IOException {
    ObjectNode clause = read("EXIT-03");
    clause
        .with("requirement")
        .put("nl", "Tot 12 januari 2027 rekent {{supplier.name niet meer dan de directe kosten.");
    clause
        .with("requirement")
        .put("en", "Until 12 January 2027 {{supplier.nmae}} charges no more than direct costs.");
    write("EXIT-03.json", clause);
    ObjectNode privacy = read("PRIV-04");
    privacy
        .with("requirement")
        .put("en", "{{#if personalData}}Transfers need safeguards.{{/if}} And {{> footer}}");
    write("PRIV-04.json", privacy);
    List<String> problems = problems();
    assertHas(problems, "lib/EXIT-03.json: /requirement/nl: template does not compile");
    assertHas(problems, "lib/EXIT-03.json: /requirement/en: unknown variable(s) [supplier.nmae]");
    assertHas(
        problems, "lib/PRIV-04.json: /requirement/en: only plain {{variable}} tags are allowed");
  }

  @Test
  @DisplayName("reports a duplicate id and an id that differs from the file name")
  void duplicateAndMismatchedIds() throws IOException {
    write("EXIT-09.json", read("EXIT-03"));
    List<String> problems = problems();
    assertHas(
        problems,
        "lib/EXIT-09.json: /id: id \"EXIT-03\" does not match the file name; expected \"EXIT-09\"");
    assertHas(
        problems, "lib/EXIT-09.json: /id: duplicate id \"EXIT-03\", also used by lib/EXIT-03.json");
  }

  @Test
  @DisplayName("checks the schema: required fields, allowed values, web addresses of sources")
  void schema() throws IOException {
    ObjectNode clause = read("EXIT-03");
    clause.remove("basis");
    ((ObjectNode) clause.withArray("sources").get(0))
        .put("status", "in force")
        .put("url", "javascript:alert(1)");
    write("EXIT-03.json", clause);
    List<String> problems = problems();
    assertHas(problems, "lib/EXIT-03.json: /basis: ");
    assertHas(problems, "lib/EXIT-03.json: /sources/0/status: ");
    assertHas(
        problems,
        "lib/EXIT-03.json: /sources/0/url: must be an absolute http:// or https:// URL with a host");
  }

  @Test
  @DisplayName(
      "rejects a rule that changes nothing, a see-also to nowhere and files that are no clauses")
  void idleRulesAndDanglingLinks() throws IOException {
    ObjectNode privacy = read("PRIV-04");
    ((ObjectNode) privacy.with("priority").withArray("rules").get(0))
        .put("set", "should")
        .remove("basis");
    privacy.putArray("seeAlso").add("DATA-07").add("PRIV-04");
    write("PRIV-04.json", privacy);
    Files.writeString(folder.resolve("notes.txt"), "draft");
    Files.writeString(folder.resolve("GOV-09.json"), "{\"id\": ");
    List<String> problems = problems();
    assertHas(problems, "lib/PRIV-04.json: /priority/rules/0: the rule changes nothing");
    assertHas(problems, "lib/PRIV-04.json: /seeAlso/0: unknown clause \"DATA-07\"");
    assertHas(problems, "lib/PRIV-04.json: /seeAlso/1: a clause cannot refer to itself");
    assertHas(problems, "lib/notes.txt: : unexpected entry");
    assertHas(problems, "lib/GOV-09.json: : not valid JSON");
  }
}
