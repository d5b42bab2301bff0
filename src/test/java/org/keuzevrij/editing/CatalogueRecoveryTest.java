package org.keuzevrij.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.CatalogueChecker;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.SchemaValidator;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.editing.audit.AuditEntry;
import org.keuzevrij.editing.audit.AuditLog;

@DisplayName(
    "The audit log as write-ahead log: completing a cut-short write, taking back a failed one")
class CatalogueRecoveryTest {

  @TempDir Path work;

  private Path catalogue;
  private Path data;
  private CatalogueStore store;
  private JsonNode before;
  private JsonNode after;

  @BeforeEach
  void setUp() throws IOException {
    catalogue = Fixtures.smallCatalogue(work.resolve("catalogue"));
    data = work.resolve("data");
    store = new CatalogueStore(catalogue);
    before = read("offerings/eu-api.json");
    after =
        CanonicalJson.read(
            CanonicalJson.pretty(
                Fixtures.offering("eu-api", "eu-host", List.of("open-model"), List.of("DE"))));
  }

  private JsonNode read(String file) throws IOException {
    return CanonicalJson.read(Files.readAllBytes(catalogue.resolve(file)));
  }

  /** The state a crash leaves between the forced log entry and the file's rename. */
  private void logOnly(JsonNode from, JsonNode to) throws IOException {
    try (AuditLog log = AuditLog.open(data)) {
      log.append(
          AuditEntry.of(
              Instant.now(),
              "editor",
              Author.API,
              Kind.OFFERING,
              "eu-api",
              from,
              "\"b\"",
              to,
              "\"a\""));
    }
  }

  @Test
  @DisplayName("an update logged but not written is written at the next start")
  void completesUpdate() throws IOException {
    logOnly(before, after);
    assertTrue(CatalogueRecovery.completeLastWrite(data, store).isPresent());
    assertEquals(after, read("offerings/eu-api.json"));
    assertEquals(
        Optional.empty(),
        CatalogueRecovery.completeLastWrite(data, store),
        "done once, nothing the second time");
  }

  @Test
  @DisplayName("a delete logged but not done is done at the next start")
  void completesDelete() throws IOException {
    logOnly(before, null);
    assertTrue(CatalogueRecovery.completeLastWrite(data, store).isPresent());
    assertFalse(Files.exists(catalogue.resolve("offerings/eu-api.json")));
  }

  @Test
  @DisplayName("a file changed outside the app since is left alone")
  void leavesOutsideEditsAlone() throws IOException {
    logOnly(before, after);
    Fixtures.write(
        catalogue,
        Kind.OFFERING,
        Fixtures.offering("eu-api", "eu-host", List.of("open-model"), List.of("BE")));
    byte[] outside = Files.readAllBytes(catalogue.resolve("offerings/eu-api.json"));
    assertEquals(Optional.empty(), CatalogueRecovery.completeLastWrite(data, store));
    assertEquals(new String(outside), Files.readString(catalogue.resolve("offerings/eu-api.json")));
  }

  @Test
  @DisplayName(
      "a write that fails takes its log entry back and leaves the served catalogue as it was")
  void failedWriteIsTakenBack() throws IOException {
    SchemaValidator schemas = new SchemaValidator();
    Snapshot start = Snapshot.of(new CatalogueLoader(schemas).load(catalogue).catalogue());
    SnapshotHolder snapshots = new SnapshotHolder(start);
    // The new supplier's folder cannot be made: a file stands where it should be.
    Path blocked = work.resolve("blocked");
    Files.createDirectories(blocked);
    Files.writeString(blocked.resolve("suppliers"), "not a folder");
    try (AuditLog audit = AuditLog.open(data)) {
      CatalogueEditor editor =
          new CatalogueEditor(
              snapshots,
              new CatalogueStore(blocked),
              new CatalogueChecker(schemas),
              audit,
              Clock.systemUTC());
      ObjectNode supplier =
          (ObjectNode)
              CanonicalJson.read(
                  CanonicalJson.pretty(Fixtures.supplier("new-host", "NL", "none", List.of())));
      assertThrows(
          IOException.class,
          () ->
              editor.put(
                  new Author("editor", Author.API),
                  Kind.SUPPLIER,
                  "new-host",
                  supplier,
                  Precondition.create()));
      assertEquals(List.of(), audit.history(Kind.SUPPLIER, "new-host"));
      assertEquals(Optional.empty(), audit.last());
    }
    assertSame(start, snapshots.get());
    assertEquals(0, Files.size(data.resolve(AuditLog.FILE)));
  }
}
