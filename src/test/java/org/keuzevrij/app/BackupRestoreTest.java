package org.keuzevrij.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.keuzevrij.web.EditableApp.bearer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.users.AuthSettings;
import org.keuzevrij.web.EditableApp;

/**
 * The README's backup and restore, run as written: {@code src/deploy/keuzevrij-backup} against a
 * running app, then the restore commands, then a new start on what they restored.
 */
@DisplayName("Backup and restore of catalogue, audit log and user store")
class BackupRestoreTest {

  @TempDir Path work;

  private String token;

  @Test
  @DisplayName(
      "a backup of a running app, restored after later changes, starts with the same catalogue"
          + " version, users and history")
  void backupAndRestore() throws Exception {
    EditableApp.Users users = EditableApp.Users.create(work.resolve("users"));
    token = users.adminToken();
    Path state = work.resolve("state");
    Path archive = work.resolve("keuzevrij-backup.tar.gz");
    EditableApp app =
        EditableApp.start(Fixtures.smallCatalogue(work.resolve("source")), state, users);
    String version;
    String history;
    JsonArray userList;
    try {
      locations(app, "NL");
      send(app, HttpMethod.PUT, "/api/v1/admin/users/auditor", user("viewer"));
      version = app.snapshot().catalogue().version();
      history = send(app, HttpMethod.GET, "/api/v1/offerings/eu-api/history", null);
      userList =
          new JsonObject(send(app, HttpMethod.GET, "/api/v1/admin/users", null))
              .getJsonArray("items");

      run(List.of("src/deploy/keuzevrij-backup", state.toString(), archive.toString()));

      locations(app, "DE");
      send(app, HttpMethod.DELETE, "/api/v1/admin/users/auditor", null);
      assertNotEquals(version, app.snapshot().catalogue().version());
    } finally {
      app.close();
    }

    // The README's restore, without systemctl: move the state aside, unpack the backup.
    run(
        List.of(
            "bash",
            "-c",
            "mv \"$1\" \"$1.before-restore\" && install -d -m 750 \"$1\" && tar -C \"$1\" -xzf \"$2\"",
            "restore",
            state.toString(),
            archive.toString()));

    EditableApp restored =
        EditableApp.open(
            state.resolve("catalogue"), state.resolve("data"), AuthSettings.local(false));
    try {
      assertEquals(version, restored.snapshot().catalogue().version());
      assertEquals(
          history, send(restored, HttpMethod.GET, "/api/v1/offerings/eu-api/history", null));
      assertEquals(
          userList,
          new JsonObject(send(restored, HttpMethod.GET, "/api/v1/admin/users", null))
              .getJsonArray("items"));
      assertEquals(
          List.of("NL"),
          List.of(
              restored
                  .snapshot()
                  .catalogue()
                  .find(Kind.OFFERING, "eu-api")
                  .orElseThrow()
                  .json()
                  .at("/processingLocations/value/0")
                  .asText()));
    } finally {
      restored.close();
    }
  }

  private static JsonObject user(String role) {
    return new JsonObject().put("role", role).put("password", EditableApp.PASSWORD);
  }

  /** Sets the processing locations of eu-api through the write API. */
  private void locations(EditableApp app, String country) throws IOException {
    HttpResponse<Buffer> current = app.send(HttpMethod.GET, "/api/v1/offerings/eu-api", null);
    ObjectNode entity =
        (ObjectNode) CanonicalJson.read(current.bodyAsString().getBytes(StandardCharsets.UTF_8));
    entity.remove("derived");
    ((ObjectNode) entity.get("processingLocations")).putArray("value").add(country);
    HttpResponse<Buffer> put =
        app.send(
            HttpMethod.PUT,
            "/api/v1/offerings/eu-api",
            entity.toString(),
            "Content-Type",
            "application/json",
            "If-Match",
            current.getHeader("ETag"),
            "Authorization",
            bearer(token));
    assertEquals(200, put.statusCode(), put.bodyAsString());
  }

  private String send(EditableApp app, HttpMethod method, String uri, JsonObject body) {
    HttpResponse<Buffer> response =
        app.send(
            method,
            uri,
            body == null ? null : body.encode(),
            "Content-Type",
            "application/json",
            "Authorization",
            bearer(token));
    assertEquals(
        method == HttpMethod.DELETE ? 204 : method == HttpMethod.PUT ? 201 : 200,
        response.statusCode(),
        () -> method + " " + uri + ": " + response.bodyAsString());
    return response.bodyAsString();
  }

  private static void run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).inheritIO().start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish within 60 s");
    }
    assertEquals(0, process.exitValue(), () -> command + " failed");
  }
}
