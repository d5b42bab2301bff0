package org.keuzevrij.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import picocli.CommandLine;

@DisplayName("Command line: validate and serve")
class CommandLineTest {

  @TempDir Path root;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  @DisplayName("validate exits 0 on a clean catalogue and prints its version")
  void validateClean() {
    Fixtures.smallCatalogue(root);
    assertEquals(0, run("validate", root.toString()));
    assertTrue(out.toString().contains("is valid; version "), out.toString());
  }

  @Test
  @DisplayName("validate exits 1 and lists every problem as file: pointer: message")
  void validateBroken() {
    Fixtures.smallCatalogue(root);
    Fixtures.write(
        root,
        Kind.OFFERING,
        Fixtures.offering("eu-api", "nobody", List.of("ghost"), List.of("FR")));
    assertEquals(1, run("validate", root.toString()));
    String errors = err.toString();
    assertTrue(
        errors.contains("offerings/eu-api.json: /supplier: unknown supplier \"nobody\""), errors);
    assertTrue(
        errors.contains("offerings/eu-api.json: /models/0: unknown model \"ghost\""), errors);
    assertTrue(errors.contains("2 problem(s) in "), errors);
  }

  @Test
  @DisplayName(
      "validate --stale lists the facts past their review date (checked plus the kind's period,"
          + " or their own reviewBy) and exits 1; none due exits 0")
  void validateStale() {
    Fixtures.smallCatalogue(root);
    // Fixture facts are checked on 2026-06-12; offerings are due six months later, models and
    // suppliers after a year.
    assertEquals(0, run("validate", root.toString(), "--stale", "--today", "2026-12-12"));
    assertTrue(out.toString().contains("0 fact(s) due for review on 2026-12-12"), out.toString());
    ObjectNode offering =
        Fixtures.offering("eu-api", "eu-host", List.of("open-model"), List.of("FR"));
    ((ObjectNode) offering.get("pricing")).put("reviewBy", "2026-07-01");
    Fixtures.write(root, Kind.OFFERING, offering);
    assertEquals(0, run("validate", root.toString()), "stale facts are no problem without --stale");
    assertEquals(1, run("validate", root.toString(), "--stale", "--today", "2026-12-12"));
    assertTrue(
        err.toString()
            .contains(
                "offerings/eu-api.json: /pricing: checked 2026-06-12, due for review since"
                    + " 2026-07-01"),
        err.toString());
    assertEquals(1, run("validate", root.toString(), "--stale", "--today", "2026-12-13"));
    assertTrue(
        err.toString()
            .contains(
                "offerings/us-api.json: /pricing: checked 2026-06-12, due for review since"
                    + " 2026-12-12"),
        err.toString());
    assertFalse(err.toString().contains("models/"), "models are due after a year");
  }

  @Test
  @DisplayName(
      "validate --stale treats each price line like a fact: due its review period after it was"
          + " checked, or on its own reviewBy")
  void validateStalePriceLines() {
    Fixtures.smallCatalogue(root);
    ObjectNode offering =
        Fixtures.offering("eu-api", "eu-host", List.of("open-model"), List.of("FR"));
    var prices = offering.putArray("prices");
    prices
        .addObject()
        .put("unit", "million-input-tokens")
        .put("amount", 0.1)
        .put("currency", "EUR")
        .put("vatIncluded", false)
        .put("source", "https://example.org/pricing")
        .put("checked", "2026-06-20");
    prices
        .addObject()
        .put("unit", "month")
        .put("amount", "unknown")
        .put("unknownReason", "not-researched")
        .put("checked", "2026-11-01")
        .put("reviewBy", "2026-11-30");
    Fixtures.write(root, Kind.OFFERING, offering);
    assertEquals(0, run("validate", root.toString()));
    assertEquals(1, run("validate", root.toString(), "--stale", "--today", "2026-12-12"));
    assertTrue(
        err.toString()
            .contains(
                "offerings/eu-api.json: /prices/1: checked 2026-11-01, due for review since"
                    + " 2026-11-30"),
        err.toString());
    assertFalse(err.toString().contains("/prices/0"), "checked in June, due in December");
    assertEquals(1, run("validate", root.toString(), "--stale", "--today", "2026-12-21"));
    assertTrue(
        err.toString()
            .contains(
                "offerings/eu-api.json: /prices/0: checked 2026-06-20, due for review since"
                    + " 2026-12-20"),
        err.toString());
  }

  @Test
  @DisplayName("serve refuses to start on an invalid catalogue")
  void serveRefusesInvalidCatalogue() {
    Fixtures.smallCatalogue(root);
    Fixtures.write(
        root,
        Kind.MODEL,
        "wrong-name.json",
        Fixtures.model("open-model", "open", true, "downloadable"));
    int exit =
        run(
            "serve",
            "--port",
            "0",
            "--catalogue",
            root.toString(),
            "--data",
            root.resolveSibling(root.getFileName() + "-data").toString());
    assertEquals(1, exit);
    assertTrue(err.toString().contains("Not starting: "), err.toString());
    assertTrue(err.toString().contains("models/wrong-name.json: /id: "), err.toString());
  }

  @Test
  @DisplayName(
      "serve refuses a data folder inside the catalogue, and a half OpenID Connect configuration")
  void serveRefusesBadEditingSetup() {
    Fixtures.smallCatalogue(root);
    assertEquals(
        1,
        run(
            "serve",
            "--port",
            "0",
            "--catalogue",
            root.toString(),
            "--data",
            root.resolve("suppliers/data").toString()));
    assertTrue(err.toString().contains("Not starting: the data folder"), err.toString());
    assertEquals(
        1,
        run(
            "serve",
            "--port",
            "0",
            "--catalogue",
            root.toString(),
            "--data",
            root.resolveSibling(root.getFileName() + "-data").toString(),
            "--oidc-issuer",
            "https://login.example.org"));
    assertTrue(
        err.toString().contains("Not starting: OpenID Connect needs --oidc-client-id"),
        err.toString());
  }

  @Test
  @DisplayName(
      "serve --smoke-test starts on the bundled catalogue, gets 200 for its pages and stops with 0")
  void smokeTest() {
    assertEquals(
        0,
        run(
            "serve",
            "--smoke-test",
            "--port",
            "0",
            "--catalogue",
            "catalogue",
            "--data",
            root.resolve("data").toString()));
    String printed = out.toString();
    assertTrue(printed.contains("Keuzevrij is listening on http://localhost:"), printed);
    for (String path : SmokeTest.PATHS) {
      assertTrue(printed.contains("GET " + path + " 200"), printed);
    }
  }

  @Test
  @DisplayName("--version prints the version after serve and validate as well as on its own")
  void version() {
    for (String command : List.of("serve", "validate")) {
      out.getBuffer().setLength(0);
      assertEquals(0, run(command, "--version"), command);
      assertEquals(Main.VERSION, out.toString().strip(), command);
    }
    out.getBuffer().setLength(0);
    assertEquals(0, run("--version"));
    assertEquals(Main.VERSION, out.toString().strip());
  }

  @Test
  @DisplayName("a bad option is a usage error, not a crash")
  void badOption() {
    assertEquals(2, run("serve", "--port", "eighty"));
    assertTrue(err.toString().contains("--port"), err.toString());
  }

  @Test
  @DisplayName("--forwarded names the values it takes when given another")
  void badForwarded() {
    assertEquals(2, run("serve", "--forwarded", "yes"));
    assertTrue(err.toString().contains("--forwarded"), err.toString());
    assertTrue(err.toString().contains("none, x-forwarded, forwarded"), err.toString());
  }
}
