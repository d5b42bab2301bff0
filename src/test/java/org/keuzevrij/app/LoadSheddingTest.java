package org.keuzevrij.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keuzevrij.web.PageAssertions.assertContains;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.checklist.clauses.Bundled;
import org.keuzevrij.web.Problems;
import org.keuzevrij.web.WorkPool;

/**
 * Evaluations and workbooks run on pools of one thread and a queue of one here; the test keeps the
 * thread busy itself, so that the next request waits and the one after is turned away.
 */
@DisplayName("Load shedding: beyond the pool and its queue, 503 with Retry-After; then back to 200")
class LoadSheddingTest {

  private static final String QUESTION = "usecase=residents-chatbot&offering=openai-api-global";
  private static final String EVALUATION = "/api/v1/evaluations?" + QUESTION;
  private static final String COMPARE = "/compare?" + QUESTION;
  private static final String COMPARISON_WORKBOOK = "/api/v1/evaluations.xlsx?" + QUESTION;
  private static final String CHECKLIST_WORKBOOK = "/api/v1/checklists.xlsx?" + QUESTION;

  private Vertx vertx;
  private WebServer server;
  private WebClient client;
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() {
    vertx = Operations.vertx();
    WorkPool.Size tiny = new WorkPool.Size(1, 1);
    server =
        new WebServer(new SnapshotHolder(Bundled.snapshot()), Bundled.library(), 0)
            .withSizes(new WebServer.Sizes(tiny, tiny));
    vertx.deployVerticle(server).await();
    client =
        WebClient.create(
            vertx,
            new WebClientOptions().setDefaultHost("localhost").setDefaultPort(server.actualPort()));
  }

  @AfterEach
  void stop() {
    release.countDown();
    client.close();
    vertx.close().await();
  }

  /** Takes the pool's one thread until {@link #release}. */
  private Future<Boolean> occupy(WorkPool pool) {
    return pool.submit(() -> release.await(30, TimeUnit.SECONDS));
  }

  private HttpResponse<Buffer> get(String uri) {
    return client.get(uri).send().await();
  }

  private void assertBusy(HttpResponse<Buffer> answer) {
    assertEquals(503, answer.statusCode(), answer.bodyAsString());
    assertEquals(String.valueOf(WorkPool.RETRY_AFTER_SECONDS), answer.getHeader("Retry-After"));
  }

  @Test
  @DisplayName(
      "evaluations: one waits in the queue, the API and the compare page beyond it get 503; the"
          + " one waiting is answered once the pool frees up, and later ones get 200 again")
  void evaluations() throws Exception {
    Future<Boolean> occupied = occupy(server.pools().evaluations());
    Future<HttpResponse<Buffer>> waiting = client.get(EVALUATION).send();
    awaitTaken(server.pools().evaluations(), 2);

    HttpResponse<Buffer> api = get(EVALUATION);
    assertBusy(api);
    assertEquals(Problems.CONTENT_TYPE, api.getHeader("Content-Type"));
    HttpResponse<Buffer> page = get(COMPARE + "&lang=en");
    assertBusy(page);
    assertTrue(page.getHeader("Content-Type").startsWith("text/html"));
    assertContains(page.bodyAsString(), "Too busy right now");
    assertContains(
        get("/metrics").bodyAsString(),
        "vertx_pool_queue_pending{pool_name=\"keuzevrij-evaluations\",pool_type=\"worker\"} 1.0");
    assertFalse(waiting.isComplete(), "the queued evaluation waits for the pool");

    release.countDown();
    occupied.await();
    assertEquals(200, waiting.await().statusCode(), "the queued evaluation is answered");
    assertEquals(200, get(EVALUATION).statusCode());
    assertEquals(200, get(COMPARE).statusCode());
  }

  @Test
  @DisplayName("both workbook kinds share a pool: full, each gets a 503 problem; then 200 again")
  void workbooks() {
    WorkPool pool = server.pools().workbooks();
    Future<Boolean> first = occupy(pool);
    Future<Boolean> second = occupy(pool);
    assertBusy(get(COMPARISON_WORKBOOK));
    assertBusy(get(CHECKLIST_WORKBOOK));
    assertEquals(200, get(EVALUATION).statusCode(), "evaluations have a pool of their own");

    release.countDown();
    first.await();
    second.await();
    assertEquals(200, get(COMPARISON_WORKBOOK).statusCode());
    assertEquals(200, get(CHECKLIST_WORKBOOK).statusCode());
  }

  private static void awaitTaken(WorkPool pool, int taken) throws InterruptedException {
    for (int i = 0; i < 300 && pool.taken() < taken; i++) {
      Thread.sleep(10);
    }
    assertEquals(taken, pool.taken(), "work in the pool");
  }
}
