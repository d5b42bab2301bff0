package org.keuzevrij.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keuzevrij.web.PageAssertions.assertContains;
import static org.keuzevrij.web.PageAssertions.assertNotContains;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.checklist.clauses.ClauseLibrary;
import org.keuzevrij.web.RunningApp;

@DisplayName("Health checks and Prometheus metrics")
class OperationsTest {

  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start(RunningApp.BUNDLED);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  @DisplayName(
      "live and ready answer 200 UP once catalogue and clause library are loaded, with no cookie")
  void liveAndReady() {
    for (String path : new String[] {Operations.LIVE, Operations.READY}) {
      HttpResponse<Buffer> response = app.get(path);
      assertEquals(200, response.statusCode(), path);
      JsonObject body = response.bodyAsJsonObject();
      assertEquals("UP", body.getString("status"), body::encode);
      assertNull(response.getHeader("Set-Cookie"), path);
    }
    assertContains(app.get(Operations.READY).bodyAsString(), "\"clause-library\"");
  }

  @Test
  @DisplayName("ready is 503 DOWN while the clause library is still loading, live stays 200")
  void notReadyWhileLoading() {
    Snapshot snapshot = app.snapshot();
    CompletableFuture<ClauseLibrary> loading = new CompletableFuture<>();
    Vertx vertx = Operations.vertx();
    try {
      WebServer server = new WebServer(new SnapshotHolder(snapshot), loading, 0);
      vertx.deployVerticle(server).await();
      WebClient client = WebClient.create(vertx);
      HttpResponse<Buffer> ready =
          client.get(server.actualPort(), "localhost", Operations.READY).send().await();
      assertEquals(503, ready.statusCode());
      assertEquals("DOWN", ready.bodyAsJsonObject().getString("status"));
      assertEquals(
          200,
          client
              .get(server.actualPort(), "localhost", Operations.LIVE)
              .send()
              .await()
              .statusCode());
      loading.completeExceptionally(new IllegalStateException("broken library"));
      ready = client.get(server.actualPort(), "localhost", Operations.READY).send().await();
      assertEquals(503, ready.statusCode());
      assertNotContains(ready.bodyAsString(), "broken library");
    } finally {
      vertx.close().await();
    }
  }

  @Test
  @DisplayName(
      "metrics: Prometheus text with HTTP timings per route, worker queues, JVM heap and the catalogue version")
  void metrics() {
    String id = app.snapshot().catalogue().all(Kind.OFFERING).iterator().next().id();
    app.get("/api/v1/offerings");
    app.get("/offerings/" + id);
    app.get("/api/v1/offerings/" + id);
    HttpResponse<Buffer> response = app.get(Operations.METRICS);
    assertEquals(200, response.statusCode());
    assertTrue(response.getHeader("Content-Type").startsWith("text/plain"));
    String text = response.bodyAsString();
    assertContains(
        text,
        "keuzevrij_catalogue_info{version=\"" + app.snapshot().catalogue().version() + "\"} 1");
    assertContains(text, "vertx_http_server_response_time_seconds_bucket");
    // Routes of the API's sub-router carry its mount point before the ">".
    assertContains(
        text,
        "vertx_http_server_requests_total{code=\"200\",method=\"GET\",route=\"/api/v1/>/:kind\"}");
    assertContains(text, "route=\"/offerings/:id\",le=\"0.25\"}");
    assertContains(text, "vertx_pool_queue_pending{pool_name=\"vert.x-worker-thread\"");
    assertContains(text, "jvm_memory_used_bytes");
  }

  @Test
  @DisplayName("answers are gzip-compressed when the client accepts it, plain otherwise")
  void compression() {
    HttpResponse<Buffer> gzip = app.get("/api/v1/offerings", "Accept-Encoding", "gzip");
    assertEquals(200, gzip.statusCode());
    assertEquals("gzip", gzip.getHeader("Content-Encoding"));
    HttpResponse<Buffer> plain = app.get("/api/v1/offerings");
    assertNull(plain.getHeader("Content-Encoding"));
    assertTrue(gzip.body().length() * 3 < plain.body().length(), "gzip is much smaller");
    assertEquals(plain.bodyAsString(), gunzip(gzip.body()), "compressed once, not twice");
    assertEquals("Accept-Encoding", gzip.getHeader("Vary"));
    assertTrue(
        !gzip.getHeader("ETag").equals(plain.getHeader("ETag")),
        "each representation has a tag of its own");
    for (String tag : new String[] {gzip.getHeader("ETag"), plain.getHeader("ETag")}) {
      assertEquals(
          304,
          app.get("/api/v1/offerings", "Accept-Encoding", "gzip, deflate", "If-None-Match", tag)
              .statusCode());
    }
    HttpResponse<Buffer> refused = app.get("/api/v1/offerings", "Accept-Encoding", "gzip;q=0");
    assertNull(refused.getHeader("Content-Encoding"), "q=0 refuses gzip");
    assertEquals(plain.bodyAsString(), refused.bodyAsString());
  }

  private static String gunzip(Buffer body) {
    try (var in = new GZIPInputStream(new ByteArrayInputStream(body.getBytes()))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("metrics name route patterns, never a path with an id or a client address")
  void metricsLeakNothing() {
    app.get("/offerings/no-such-thing-" + "x9q");
    app.get("/api/v1/offerings/secretish-id-x9q");
    String text = app.get(Operations.METRICS).bodyAsString();
    assertNotContains(text, "x9q");
    assertNotContains(text, "127.0.0.1");
  }
}
