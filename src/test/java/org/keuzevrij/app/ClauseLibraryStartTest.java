package org.keuzevrij.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.junit5.VertxExtension;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.checklist.clauses.Bundled;
import org.keuzevrij.checklist.clauses.ClauseLibrary;

/** At start the server answers before the clause library has loaded; checklists wait for it. */
@ExtendWith(VertxExtension.class)
@DisplayName("Server start before the clause library has loaded")
class ClauseLibraryStartTest {

  private static final String CHECKLIST =
      "/api/v1/checklists?usecase=residents-chatbot&offering=openai-api-global";

  private final CompletableFuture<ClauseLibrary> library = new CompletableFuture<>();
  private WebClient client;

  private void start(Vertx vertx) {
    WebServer server = new WebServer(new SnapshotHolder(Bundled.snapshot()), library, 0);
    vertx.deployVerticle(server).await();
    client =
        WebClient.create(
            vertx,
            new WebClientOptions().setDefaultHost("localhost").setDefaultPort(server.actualPort()));
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
  }

  @Test
  @DisplayName(
      "catalogue pages answer at once; a checklist asked for meanwhile comes once the library is there")
  void checklistWaits(Vertx vertx) throws Exception {
    start(vertx);
    assertEquals(200, client.get("/").send().await().statusCode());
    Future<HttpResponse<Buffer>> page =
        client.get("/checklists?usecase=residents-chatbot&offering=openai-api-global").send();
    Future<HttpResponse<Buffer>> json = client.get(CHECKLIST).send();
    // The requests have reached the server: the overview asked after them is answered, theirs are
    // not.
    assertEquals(200, client.get("/api/v1/catalogue/version").send().await().statusCode());
    assertFalse(
        page.isComplete() || json.isComplete(),
        "a checklist was answered without a clause library");
    library.complete(Bundled.library());
    HttpResponse<Buffer> answered =
        json.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertEquals(200, answered.statusCode());
    assertEquals(
        Bundled.library().version(), answered.bodyAsJsonObject().getString("libraryVersion"));
    HttpResponse<Buffer> shown =
        page.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertEquals(200, shown.statusCode());
    assertTrue(shown.bodyAsString().contains("PRIV-05"), "the checklist page lists the clauses");
  }

  @Test
  @DisplayName(
      "a library that failed to load fails checklist requests with a 500 problem, not a hang")
  void brokenLibrary(Vertx vertx) {
    start(vertx);
    Future<HttpResponse<Buffer>> json = client.get(CHECKLIST).send();
    library.completeExceptionally(new IllegalStateException("the clause library has problems"));
    HttpResponse<Buffer> answer = json.await();
    assertEquals(500, answer.statusCode());
    assertEquals("application/problem+json", answer.getHeader("Content-Type"));
  }
}
