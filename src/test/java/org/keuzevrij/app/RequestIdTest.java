package org.keuzevrij.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.checklist.clauses.Bundled;
import org.keuzevrij.checklist.clauses.ClauseLibrary;
import org.keuzevrij.users.AuthSettings;
import org.keuzevrij.web.EditableApp;
import org.keuzevrij.web.Failures;
import org.keuzevrij.web.LogCapture;
import org.keuzevrij.web.RequestIds;
import org.keuzevrij.web.RunningApp;
import org.keuzevrij.web.access.SignInThrottle;

@DisplayName("Request ids: every answer carries one, and the log lines about a request name it")
class RequestIdTest {

  @Test
  @DisplayName("a generated id on every answer, pages, API and health alike, new for each request")
  void generated() {
    try (RunningApp app = RunningApp.start(RunningApp.BUNDLED)) {
      String first = app.get("/").getHeader(RequestIds.HEADER);
      String second = app.get("/").getHeader(RequestIds.HEADER);
      assertTrue(first != null && first.matches("[0-9a-f]{16}"), first);
      assertNotEquals(first, second);
      assertTrue(app.get("/api/v1/catalogue/version").getHeader(RequestIds.HEADER) != null);
      assertTrue(app.get("/health/live").getHeader(RequestIds.HEADER) != null);
      assertTrue(app.get("/no/such/page").getHeader(RequestIds.HEADER) != null);
    }
  }

  @Test
  @DisplayName("a proxy's short safe id is kept; a long or odd one is replaced, never echoed")
  void incoming() {
    try (RunningApp app = RunningApp.start(RunningApp.BUNDLED)) {
      assertEquals(
          "req-42.a_b:c",
          app.get("/", RequestIds.HEADER, "req-42.a_b:c").getHeader(RequestIds.HEADER));
      for (String hostile : new String[] {"x".repeat(65), "<script>", "a b", "ä", "a;b=c", ""}) {
        String answered = app.get("/", RequestIds.HEADER, hostile).getHeader(RequestIds.HEADER);
        assertTrue(answered.matches("[0-9a-f]{16}"), hostile + " -> " + answered);
      }
    }
  }

  @Test
  @DisplayName("a failed request's log line names its id, which the client got in X-Request-Id")
  void failureLogged() {
    CompletableFuture<ClauseLibrary> library = new CompletableFuture<>();
    library.completeExceptionally(new IllegalStateException("the clause library has problems"));
    var vertx = Operations.vertx();
    try (LogCapture log = LogCapture.of(Failures.class)) {
      WebServer server = new WebServer(new SnapshotHolder(Bundled.snapshot()), library, 0);
      vertx.deployVerticle(server).await();
      HttpResponse<Buffer> answer =
          WebClient.create(vertx)
              .get(
                  server.actualPort(),
                  "localhost",
                  "/api/v1/checklists?usecase=residents-chatbot&offering=openai-api-global")
              .send()
              .await();
      assertEquals(500, answer.statusCode());
      String id = answer.getHeader(RequestIds.HEADER);
      assertTrue(
          log.lines().stream()
              .anyMatch(line -> line.equals("Request " + id + " failed: GET /api/v1/checklists")),
          () -> id + " not in " + log.lines());
    } finally {
      vertx.close().await();
    }
  }

  @Test
  @DisplayName("the log line of a sign-in lock names the request that set it off")
  void lockLogged(@TempDir Path work) {
    EditableApp.Users users = EditableApp.Users.create(work.resolve("users"));
    Path source = Fixtures.smallCatalogue(work.resolve("source"));
    try (EditableApp app =
            EditableApp.start(source, work.resolve("app"), users, AuthSettings.local(false));
        LogCapture log = LogCapture.of(SignInThrottle.class)) {
      for (int i = 1; i <= SignInThrottle.ACCOUNT_FAILURES; i++) {
        app.send(
            HttpMethod.GET,
            "/api/v1/me",
            null,
            "Authorization",
            EditableApp.basic("editor", "wrong " + i),
            RequestIds.HEADER,
            "guess-" + i);
      }
      String last = "guess-" + SignInThrottle.ACCOUNT_FAILURES;
      assertTrue(
          log.lines().stream()
              .anyMatch(line -> line.contains("account editor") && line.contains(last)),
          () -> log.lines().toString());
    }
  }
}
