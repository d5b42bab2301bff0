package org.keuzevrij.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.checklist.clauses.ClauseLibraryLoader;

@DisplayName("Command line: the clause library in validate and serve")
class ClauseCommandLineTest {

  @TempDir Path root;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    picocli.CommandLine commandLine = new picocli.CommandLine(new Main());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  /** A library folder with one clause whose trigger names a condition that does not exist. */
  private Path brokenLibrary() throws IOException {
    Path library = Files.createDirectories(root.resolve("clauses"));
    String clause =
        Files.readString(Path.of(ClauseLibraryLoader.BUNDLED, "SEC-04.json"))
            .replace("\"trigger\": \"businessCritical\"", "\"trigger\": \"missionCritical\"")
            .replaceAll("(?s)\"seeAlso\": \\[.*?\\],\\s*", "");
    Files.writeString(library.resolve("SEC-04.json"), clause);
    return library;
  }

  @Test
  @DisplayName("validate checks the bundled library too and reports its size and version")
  void validateBundled() {
    Fixtures.smallCatalogue(root.resolve("catalogue"));
    assertEquals(0, run("validate", root.resolve("catalogue").toString()), err.toString());
    assertTrue(
        out.toString().contains("bundled clause library is valid: 70 clauses; version "),
        out.toString());
  }

  @Test
  @DisplayName("validate exits 1 on a broken clause library and names file and pointer")
  void validateBrokenLibrary() throws IOException {
    Fixtures.smallCatalogue(root.resolve("catalogue"));
    Path library = brokenLibrary();
    assertEquals(
        1, run("validate", root.resolve("catalogue").toString(), "--clauses", library.toString()));
    assertTrue(
        err.toString()
            .contains(library + "/SEC-04.json: /trigger: unknown condition \"missionCritical\""),
        err.toString());
    assertTrue(
        err.toString().contains("1 problem(s) in clause library " + library), err.toString());
  }

  @Test
  @DisplayName("serve refuses to start on a broken clause library")
  void serveRefusesBrokenLibrary() throws IOException {
    Fixtures.smallCatalogue(root.resolve("catalogue"));
    Path library = brokenLibrary();
    int exit =
        run(
            "serve",
            "--port",
            "0",
            "--catalogue",
            root.resolve("catalogue").toString(),
            "--data",
            root.resolve("data").toString(),
            "--clauses",
            library.toString());
    assertEquals(1, exit);
    assertTrue(
        err.toString().contains("Not starting: 1 problem(s) in clause library " + library),
        err.toString());
  }
}
