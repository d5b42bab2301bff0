package org.keuzevrij.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.editing.audit.AuditEntry;
import org.keuzevrij.editing.audit.AuditLog;
import org.keuzevrij.editing.audit.ContentDigest;
import org.keuzevrij.editing.audit.JsonPatches;
import org.keuzevrij.storage.DurableFiles;

@DisplayName("Crash safety: a writer killed with SIGKILL never leaves a broken catalogue")
class CrashSafetyTest {

  private static final int KILLS = 30;

  @TempDir Path work;

  @Test
  @DisplayName(
      "after each of 30 kills mid-loop the catalogue validates and each entity is its old or its new version")
  void survivesKills() throws Exception {
    Path catalogue = Fixtures.smallCatalogue(work.resolve("catalogue"));
    Path data = work.resolve("data");
    Random random = new Random(42);
    int leftoversSeen = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      Process child = start(catalogue, data);
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line = out.readLine();
        assertEquals(
            CrashingWriter.STARTED, line, () -> "the writer did not start: " + errors(child));
        // Wait for one to five whole writes, then a varying while more, so the kill lands at
        // different steps.
        int writes = 1 + random.nextInt(5);
        while (!(CrashingWriter.WROTE + writes).equals(line)) {
          line = out.readLine();
          String seen = line;
          assertTrue(seen != null, () -> "the writer stopped: " + errors(child));
        }
        Thread.sleep(random.nextInt(15));
        child.destroyForcibly();
        child.waitFor();
      }
      leftoversSeen += temporaryFiles(catalogue).size();
      assertCatalogueIntact(catalogue);
    }
    assertAuditReplays(catalogue, data);
    System.out.println(
        "Crash test: "
            + KILLS
            + " kills, "
            + leftoversSeen
            + " leftover temporary files seen and "
            + "ignored by the loader");
  }

  private static void assertCatalogueIntact(Path catalogue) throws IOException {
    LoadResult result = new CatalogueLoader().load(catalogue);
    assertTrue(result.ok(), () -> "the catalogue no longer validates: " + result.problems());
    byte[] euApi = Files.readAllBytes(catalogue.resolve("offerings/eu-api.json"));
    assertTrue(
        CrashingWriter.VERSIONS.stream()
            .anyMatch(v -> java.util.Arrays.equals(CanonicalJson.pretty(v), euApi)),
        () -> "eu-api is neither version: " + new String(euApi, StandardCharsets.UTF_8));
    Path transientFile = catalogue.resolve("offerings/tmp-api.json");
    if (Files.exists(transientFile)) {
      assertEquals(
          new String(CanonicalJson.pretty(CrashingWriter.TRANSIENT), StandardCharsets.UTF_8),
          Files.readString(transientFile));
    }
  }

  /**
   * As the app does at start, completes a write the last kill cut short; then the audit log and the
   * files agree exactly: replaying eu-api's patches from its first version gives the file, and
   * every patch applies to the version the one before it left.
   */
  private static void assertAuditReplays(Path catalogue, Path data) throws IOException {
    CatalogueRecovery.completeLastWrite(data, new CatalogueStore(catalogue));
    assertCatalogueIntact(catalogue);
    try (AuditLog log = AuditLog.open(data)) {
      List<AuditEntry> history = new ArrayList<>(log.history(Kind.OFFERING, "eu-api"));
      assertFalse(history.isEmpty());
      java.util.Collections.reverse(history);
      JsonNode state = CanonicalJson.read(CanonicalJson.pretty(CrashingWriter.VERSIONS.get(0)));
      for (AuditEntry entry : history) {
        assertEquals(
            entry.digestBefore(),
            ContentDigest.of(state),
            "each change starts where the one before ended");
        state = JsonPatches.apply(entry.patch(), state);
        assertEquals(entry.digestAfter(), ContentDigest.of(state));
      }
      assertEquals(
          state,
          CanonicalJson.read(Files.readAllBytes(catalogue.resolve("offerings/eu-api.json"))),
          "replaying the log gives the file");
      System.out.println("Crash test: " + history.size() + " audited writes of eu-api replayed");
    }
  }

  private static List<Path> temporaryFiles(Path catalogue) throws IOException {
    try (Stream<Path> files = Files.walk(catalogue)) {
      return files.filter(DurableFiles::isTemporary).toList();
    }
  }

  private static Process start(Path catalogue, Path data) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xshare:auto",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            CrashingWriter.class.getName(),
            catalogue.toString(),
            data.toString())
        .redirectError(ProcessBuilder.Redirect.PIPE)
        .start();
  }

  private static String errors(Process child) {
    try {
      child.waitFor();
      return new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | InterruptedException e) {
      return e.toString();
    }
  }
}
