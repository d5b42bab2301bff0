package org.keuzevrij.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
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
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.editing.audit.AuditEntry;
import org.keuzevrij.web.EditableApp;

@DisplayName("Optimistic concurrency: editors who read the same version")
class ConcurrentEditTest {

  private static final int EDITORS = 8;

  @TempDir Path work;

  @Test
  @DisplayName(
      "eight editors send a change with the same ETag at once: exactly one wins, the others get 412")
  void exactlyOneWins() throws Exception {
    EditableApp.Users users = EditableApp.Users.create(work.resolve("users"));
    try (EditableApp app =
        EditableApp.start(
            Fixtures.smallCatalogue(work.resolve("source")), work.resolve("app"), users)) {
      String etag = app.send(HttpMethod.GET, "/api/v1/offerings/eu-api", null).getHeader("ETag");
      // None is the fixture's own FR: a change to what is already there is no change, and would
      // keep the ETag for the next editor.
      List<String> countries = List.of("NL", "DE", "BE", "SE", "IT", "ES", "PT", "AT");
      List<Future<HttpResponse<Buffer>>> sent = new ArrayList<>();
      for (int i = 0; i < EDITORS; i++) {
        String body =
            Fixtures.offering("eu-api", "eu-host", List.of("open-model"), List.of(countries.get(i)))
                .toString();
        String token = i % 2 == 0 ? users.editorToken() : users.adminToken();
        sent.add(
            app.client()
                .request(HttpMethod.PUT, "/api/v1/offerings/eu-api")
                .putHeader("Authorization", EditableApp.bearer(token))
                .putHeader("Content-Type", "application/json")
                .putHeader("If-Match", etag)
                .sendBuffer(Buffer.buffer(body)));
      }
      Future.join(sent).await();
      List<Integer> statuses = sent.stream().map(f -> f.result().statusCode()).sorted().toList();
      List<Integer> expected = new ArrayList<>(List.of(200));
      for (int i = 1; i < EDITORS; i++) {
        expected.add(412);
      }
      assertEquals(expected, statuses);

      HttpResponse<Buffer> winner =
          sent.stream()
              .map(Future::result)
              .filter(r -> r.statusCode() == 200)
              .findFirst()
              .orElseThrow();
      String won =
          winner
              .bodyAsJsonObject()
              .getJsonObject("processingLocations")
              .getJsonArray("value")
              .getString(0);
      JsonNode onDisk =
          CanonicalJson.read(Files.readAllBytes(app.catalogue().resolve("offerings/eu-api.json")));
      assertEquals(
          won,
          onDisk.at("/processingLocations/value/0").asText(),
          "the file holds the winner's change");
      for (HttpResponse<Buffer> loser :
          sent.stream().map(Future::result).filter(r -> r.statusCode() == 412).toList()) {
        assertEquals(
            winner.getHeader("ETag"),
            loser.getHeader("ETag"),
            "each loser learns the winner's version");
      }
      List<AuditEntry> history = app.editing().editor().audit().history(Kind.OFFERING, "eu-api");
      assertEquals(1, history.size(), "one change happened, so one is audited");
      assertEquals(etag, history.get(0).etagBefore());
      assertEquals(winner.getHeader("ETag"), history.get(0).etagAfter());
    }
  }
}
