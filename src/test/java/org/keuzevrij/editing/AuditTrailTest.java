package org.keuzevrij.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.editing.audit.AuditLog;
import org.keuzevrij.editing.audit.JsonPatches;
import org.keuzevrij.web.EditableApp;

@DisplayName("Audit trail: every accepted change, replayable, and its history API")
class AuditTrailTest {

  @TempDir Path work;

  @Test
  @DisplayName(
      "a create, updates by two users and a delete: history is newest first and its patches replay the edits")
  void auditEntriesMatchTheEdits() throws Exception {
    EditableApp.Users users = EditableApp.Users.create(work.resolve("users"));
    try (EditableApp app =
        EditableApp.start(
            Fixtures.smallCatalogue(work.resolve("source")), work.resolve("app"), users)) {
      List<JsonNode> versions = new ArrayList<>();
      List<String> etags = new ArrayList<>();
      ObjectNode v1 = Fixtures.offering("nl-api", "eu-host", List.of("open-model"), List.of("NL"));
      etags.add(write(app, users.editorToken(), v1, "If-None-Match", "*", 201));
      versions.add(CanonicalJson.read(CanonicalJson.pretty(v1)));
      ObjectNode v2 = v1.deepCopy();
      v2.set("processingLocations", Fixtures.fact(List.of("DE", "FR")));
      v2.put("notes", "Moved to Frankfurt and Paris.");
      etags.add(write(app, users.adminToken(), v2, "If-Match", etags.get(0), 200));
      versions.add(CanonicalJson.read(CanonicalJson.pretty(v2)));
      ObjectNode v3 = v2.deepCopy();
      v3.remove("notes");
      v3.set("subProcessors", Fixtures.fact(List.of("Hetzner Online GmbH")));
      v3.putArray("models").add("closed-model").add("open-model");
      etags.add(write(app, users.editorToken(), v3, "If-Match", etags.get(1), 200));
      versions.add(CanonicalJson.read(CanonicalJson.pretty(v3)));
      HttpResponse<Buffer> deleted =
          app.send(
              HttpMethod.DELETE,
              "/api/v1/offerings/nl-api",
              null,
              "Authorization",
              EditableApp.bearer(users.editorToken()),
              "If-Match",
              etags.get(2));
      assertEquals(204, deleted.statusCode());

      HttpResponse<Buffer> response =
          app.send(HttpMethod.GET, "/api/v1/offerings/nl-api/history", null);
      assertEquals(200, response.statusCode(), response.bodyAsString());
      List<JsonObject> items =
          response.bodyAsJsonObject().getJsonArray("items").stream()
              .map(JsonObject.class::cast)
              .toList();
      assertEquals(
          List.of("delete", "update", "update", "create"),
          items.stream().map(i -> i.getString("action")).toList());
      assertEquals(
          List.of("editor", "editor", "admin", "editor"),
          items.stream().map(i -> i.getString("user")).toList());
      assertEquals(List.of("api"), items.stream().map(i -> i.getString("via")).distinct().toList());
      assertNull(items.get(3).getString("etagBefore"));
      assertNull(items.get(0).getString("etagAfter"));
      for (int i = 0; i < 3; i++) {
        assertEquals(
            etags.get(i),
            items.get(3 - i).getString("etagAfter"),
            "the ETag after is the one clients got");
        assertEquals(
            items.get(3 - i).getString("etagAfter"),
            items.get(2 - i).getString("etagBefore"),
            "each change starts from the version the one before it left");
      }

      // Applying each stored patch to the version before it gives the version after it, from
      // nothing to nothing.
      JsonNode state = null;
      for (int i = 3; i >= 0; i--) {
        state =
            JsonPatches.apply(
                CanonicalJson.read(items.get(i).getJsonArray("patch").encode().getBytes()), state);
        JsonNode expected = i > 0 ? versions.get(3 - i) : CanonicalJson.read("{}".getBytes());
        assertEquals(expected, state, "after entry " + (3 - i));
      }
      JsonObject moved =
          items.get(2).getJsonArray("changes").stream()
              .map(JsonObject.class::cast)
              .filter(c -> c.getString("path").equals("/processingLocations/value"))
              .findFirst()
              .orElseThrow();
      assertEquals("[\"NL\"]", moved.getValue("before").toString());
      assertEquals("[\"DE\",\"FR\"]", moved.getValue("after").toString());

      // The log on disk is one JSON object per line, in order of the changes.
      List<String> lines = Files.readAllLines(app.data().resolve(AuditLog.FILE));
      assertEquals(4, lines.size());
      assertTrue(lines.get(0).contains("\"action\":\"create\""), lines.get(0));

      assertEquals(
          404, app.send(HttpMethod.GET, "/api/v1/offerings/never-was/history", null).statusCode());
      assertEquals(
          400, app.send(HttpMethod.GET, "/api/v1/offerings/..%2Fx/history", null).statusCode());
      HttpResponse<Buffer> untouched =
          app.send(HttpMethod.GET, "/api/v1/offerings/eu-api/history", null);
      assertEquals(200, untouched.statusCode());
      assertEquals(
          0,
          untouched.bodyAsJsonObject().getInteger("count"),
          "an entity never edited has an empty history");
    }
  }

  private static String write(
      EditableApp app, String token, ObjectNode body, String header, String value, int status) {
    HttpResponse<Buffer> response =
        app.send(
            HttpMethod.PUT,
            "/api/v1/offerings/nl-api",
            body.toString(),
            "Authorization",
            EditableApp.bearer(token),
            "Content-Type",
            "application/json",
            header,
            value);
    assertEquals(status, response.statusCode(), response.bodyAsString());
    return response.getHeader("ETag");
  }
}
