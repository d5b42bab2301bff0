package org.keuzevrij.editing.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Kind;

@DisplayName("Audit log: JSON Lines with RFC 6902 patches")
class AuditLogTest {

  @TempDir Path data;

  private static JsonNode json(String text) throws IOException {
    return CanonicalJson.read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static AuditEntry entry(String id, String before, String after, int second)
      throws IOException {
    return AuditEntry.of(
        Instant.ofEpochSecond(1_800_000_000L + second),
        "editor",
        "api",
        Kind.OFFERING,
        id,
        before == null ? null : json(before),
        before == null ? null : "\"b\"",
        after == null ? null : json(after),
        after == null ? null : "\"a\"");
  }

  @Test
  @DisplayName("each entity's history comes back newest first, also after reopening the log")
  void historyNewestFirst() throws IOException {
    try (AuditLog log = AuditLog.open(data)) {
      log.append(entry("a", null, "{\"id\":\"a\",\"n\":1}", 1));
      log.append(entry("b", null, "{\"id\":\"b\"}", 2));
      log.append(entry("a", "{\"id\":\"a\",\"n\":1}", "{\"id\":\"a\",\"n\":2}", 3));
      assertEquals(
          List.of(Action.UPDATE, Action.CREATE),
          log.history(Kind.OFFERING, "a").stream().map(AuditEntry::action).toList());
    }
    try (AuditLog log = AuditLog.open(data)) {
      List<AuditEntry> history = log.history(Kind.OFFERING, "a");
      assertEquals(2, history.size());
      assertEquals(Instant.ofEpochSecond(1_800_000_003L), history.get(0).time());
      assertEquals(List.of(), log.history(Kind.MODEL, "a"), "kinds are kept apart");
    }
    assertEquals(3, Files.readAllLines(data.resolve(AuditLog.FILE)).size(), "one line per change");
  }

  @Test
  @DisplayName(
      "a last line cut short by a crash is removed on opening; earlier lines and new appends are intact")
  void tornLastLine() throws IOException {
    try (AuditLog log = AuditLog.open(data)) {
      log.append(entry("a", null, "{\"id\":\"a\"}", 1));
    }
    Files.writeString(
        data.resolve(AuditLog.FILE), "{\"time\":\"2027-01-", StandardOpenOption.APPEND);
    try (AuditLog log = AuditLog.open(data)) {
      log.append(entry("a", "{\"id\":\"a\"}", "{\"id\":\"a\",\"x\":true}", 2));
      assertEquals(2, log.history(Kind.OFFERING, "a").size());
    }
    for (String line : Files.readAllLines(data.resolve(AuditLog.FILE))) {
      assertTrue(CanonicalJson.read(line.getBytes(StandardCharsets.UTF_8)).isObject(), line);
    }
  }

  @Test
  @DisplayName(
      "the stored patch turns the old version into the new; creates start from {} and deletes end there")
  void patchesApply() throws IOException {
    String v1 =
        "{\"id\":\"a\",\"models\":[\"x\"],\"processingLocations\":{\"value\":[\"NL\"],\"checked\":\"2026-01-01\"}}";
    String v2 =
        "{\"id\":\"a\",\"models\":[\"y\",\"x\"],\"processingLocations\":{\"value\":[\"DE\",\"FR\"],"
            + "\"checked\":\"2026-02-01\",\"source\":\"https://example.org\"}}";
    try (AuditLog log = AuditLog.open(data)) {
      log.append(entry("a", null, v1, 1));
      log.append(entry("a", v1, v2, 2));
      log.append(entry("a", v2, null, 3));
      List<AuditEntry> history = log.history(Kind.OFFERING, "a");
      JsonNode state = null;
      for (int i = history.size() - 1; i >= 0; i--) {
        state = JsonPatches.apply(history.get(i).patch(), state);
      }
      assertEquals(json("{}"), state);
      assertEquals(json(v2), JsonPatches.apply(history.get(1).patch(), json(v1)));
      assertEquals(json(v1), JsonPatches.apply(history.get(2).patch(), json("{}")));
    }
  }

  @Test
  @DisplayName(
      "an update lists its changed values for people: a list is one value, a new fact lists its parts")
  void readableChanges() throws IOException {
    AuditEntry update =
        entry(
            "a",
            "{\"p\":{\"value\":[\"NL\"],\"checked\":\"2026-01-01\"},\"n\":\"x\"}",
            "{\"p\":{\"value\":[\"DE\",\"FR\"],\"checked\":\"2026-01-01\"},\"q\":{\"value\":true,\"checked\":\"2026-03-01\"}}",
            1);
    assertEquals(
        List.of(
            "/n x -> null",
            "/p/value [\"NL\"] -> [\"DE\",\"FR\"]",
            "/q/checked null -> \"2026-03-01\"",
            "/q/value null -> true"),
        update.changes().stream()
            .map(
                c ->
                    c.pointer()
                        + " "
                        + (c.before() == null
                            ? "null"
                            : c.before().toString().replace("\"x\"", "x"))
                        + " -> "
                        + c.after())
            .toList());
    AuditEntry create = entry("b", null, "{\"id\":\"b\"}", 2);
    assertEquals(List.of(), create.changes(), "a create is shown as a whole, not value by value");
    assertNull(create.etagBefore());
    AuditEntry roundTrip = AuditEntry.fromJson(update.toJson());
    assertEquals(update, roundTrip);
  }
}
