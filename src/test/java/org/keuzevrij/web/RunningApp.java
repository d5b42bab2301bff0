package org.keuzevrij.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.file.Path;
import org.keuzevrij.app.Operations;
import org.keuzevrij.app.WebServer;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;

/**
 * The whole web app on a free port over a catalogue folder, for page tests that need a real server.
 */
public final class RunningApp implements AutoCloseable {

  /** The bundled catalogue; Maven runs tests from the repository root. */
  public static final Path BUNDLED = Path.of("catalogue");

  private final Vertx vertx;
  private final Snapshot snapshot;
  private final WebServer server;
  private final WebClient client;

  private RunningApp(Vertx vertx, Snapshot snapshot, WebServer server) {
    this.vertx = vertx;
    this.snapshot = snapshot;
    this.server = server;
    this.client =
        WebClient.create(
            vertx,
            new WebClientOptions()
                .setDefaultHost("localhost")
                .setDefaultPort(server.actualPort())
                .setFollowRedirects(false));
  }

  /** Loads the catalogue (it must be valid) and deploys the server on a fresh Vert.x instance. */
  public static RunningApp start(Path catalogue) {
    LoadResult result = new CatalogueLoader().load(catalogue);
    assertTrue(
        result.ok(), () -> "catalogue " + catalogue + " does not load: " + result.problems());
    Snapshot snapshot = Snapshot.of(result.catalogue());
    Vertx vertx = Operations.vertx();
    WebServer server = new WebServer(new SnapshotHolder(snapshot), 0);
    vertx.deployVerticle(server).await();
    return new RunningApp(vertx, snapshot, server);
  }

  public Snapshot snapshot() {
    return snapshot;
  }

  public String url(String path) {
    return "http://localhost:" + server.actualPort() + path;
  }

  /** A GET with header name/value pairs, answered on this (non-Vert.x) thread. */
  public HttpResponse<Buffer> get(String uri, String... headers) {
    HttpRequest<Buffer> request = client.get(uri);
    for (int i = 0; i < headers.length; i += 2) {
      request.putHeader(headers[i], headers[i + 1]);
    }
    return request.send().await();
  }

  @Override
  public void close() {
    client.close();
    vertx.close().await();
  }
}
