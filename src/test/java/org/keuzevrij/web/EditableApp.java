package org.keuzevrij.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.keuzevrij.app.Editing;
import org.keuzevrij.app.Operations;
import org.keuzevrij.app.WebServer;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.SchemaValidator;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.editing.CatalogueRecovery;
import org.keuzevrij.editing.CatalogueStore;
import org.keuzevrij.users.AuthSettings;
import org.keuzevrij.users.PasswordHasher;
import org.keuzevrij.users.UserStore;
import org.keuzevrij.web.access.Role;

/**
 * The whole app with editing on, over a copy of a catalogue folder and a data folder of its own,
 * for tests that change things. The users (one per role) are made once per test class, since each
 * password hash takes a good part of a second on purpose; {@link #start} copies their store into
 * each app's data folder.
 */
public final class EditableApp implements AutoCloseable {

  public static final String PASSWORD = "correct horse battery staple";

  /** Users with their passwords hashed once, and an API token each. */
  public record Users(Path store, String adminToken, String editorToken, String viewerToken) {

    public static Users create(Path folder) {
      try {
        UserStore store =
            UserStore.open(folder, new PasswordHasher(), Clock.systemUTC(), Optional.of(PASSWORD))
                .store();
        store.add("editor", PASSWORD, Role.EDITOR);
        store.add("viewer", PASSWORD, Role.VIEWER);
        return new Users(
            folder.resolve(UserStore.FILE),
            store.createToken("admin", "tests").token(),
            store.createToken("editor", "tests").token(),
            store.createToken("viewer", "tests").token());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private final Vertx vertx;
  private final WebServer server;
  private final WebClient client;
  private final Path catalogue;
  private final Path data;
  private final Editing editing;

  private EditableApp(Vertx vertx, WebServer server, Path catalogue, Path data, Editing editing) {
    this.vertx = vertx;
    this.server = server;
    this.catalogue = catalogue;
    this.data = data;
    this.editing = editing;
    this.client =
        WebClient.create(
            vertx,
            new WebClientOptions()
                .setDefaultHost("localhost")
                .setDefaultPort(server.actualPort())
                .setFollowRedirects(false));
  }

  /**
   * Copies {@code source} into {@code work}/catalogue and starts the app with {@code users} in
   * {@code work}/data.
   */
  public static EditableApp start(Path source, Path work, Users users) {
    return start(source, work, users, AuthSettings.local(false));
  }

  public static EditableApp start(Path source, Path work, Users users, AuthSettings auth) {
    return start(source, work, users, auth, UnaryOperator.identity());
  }

  /** As above, with the server set up further by {@code configure} before it starts. */
  public static EditableApp start(
      Path source, Path work, Users users, AuthSettings auth, UnaryOperator<WebServer> configure) {
    try {
      Path catalogue = copy(source, work.resolve("catalogue"));
      Path data = Files.createDirectories(work.resolve("data"));
      Files.copy(users.store(), data.resolve(UserStore.FILE), StandardCopyOption.REPLACE_EXISTING);
      return open(catalogue, data, auth, configure);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts the app on folders that already hold a catalogue and the app's data, as {@code serve}
   * does: a write that a crash cut short is completed first.
   */
  public static EditableApp open(Path catalogue, Path data, AuthSettings auth) {
    return open(catalogue, data, auth, UnaryOperator.identity());
  }

  private static EditableApp open(
      Path catalogue, Path data, AuthSettings auth, UnaryOperator<WebServer> configure) {
    try {
      CatalogueRecovery.completeLastWrite(data, new CatalogueStore(catalogue));
      SchemaValidator schemas = new SchemaValidator();
      LoadResult result = new CatalogueLoader(schemas).load(catalogue);
      assertTrue(
          result.ok(), () -> "catalogue " + catalogue + " does not load: " + result.problems());
      SnapshotHolder snapshots = new SnapshotHolder(Snapshot.of(result.catalogue()));
      Editing editing =
          Editing.open(
                  catalogue, data, snapshots, schemas, auth, Optional.empty(), Clock.systemUTC())
              .editing();
      Vertx vertx = Operations.vertx();
      WebServer server = configure.apply(new WebServer(snapshots, 0).withEditing(editing));
      vertx.deployVerticle(server).await();
      return new EditableApp(vertx, server, catalogue, data, editing);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path catalogue() {
    return catalogue;
  }

  public Path data() {
    return data;
  }

  public Editing editing() {
    return editing;
  }

  public Snapshot snapshot() {
    return editing.editor().snapshots().get();
  }

  public WebClient client() {
    return client;
  }

  public Vertx vertx() {
    return vertx;
  }

  public int port() {
    return server.actualPort();
  }

  public String url(String path) {
    return "http://localhost:" + server.actualPort() + path;
  }

  /**
   * A request with header name/value pairs and an optional body, answered on this (non-Vert.x)
   * thread.
   */
  public HttpResponse<Buffer> send(HttpMethod method, String uri, String body, String... headers) {
    HttpRequest<Buffer> request = client.request(method, uri);
    for (int i = 0; i < headers.length; i += 2) {
      request.putHeader(headers[i], headers[i + 1]);
    }
    return (body == null ? request.send() : request.sendBuffer(Buffer.buffer(body))).await();
  }

  public static String bearer(String token) {
    return "Bearer " + token;
  }

  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    client.close();
    vertx.close().await();
    try {
      editing.editor().audit().close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path copy(Path source, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
        Path to = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
    }
    return target;
  }
}
