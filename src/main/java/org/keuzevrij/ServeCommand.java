package org.keuzevrij;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.Problem;
import org.keuzevrij.clauses.ClauseLibraryLoader;
import org.keuzevrij.derived.Snapshot;
import org.keuzevrij.derived.SnapshotHolder;
import org.keuzevrij.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Loads and checks the catalogue, then serves it; refuses to start on an invalid catalogue. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web app.")
final class ServeCommand implements Callable<Integer> {

  /** Tells {@link Main} not to exit: the server's threads keep the process alive. */
  static final int KEEP_RUNNING = -1;

  @Option(names = "--port", defaultValue = "${env:KEUZEVRIJ_PORT:-8080}",
      description = "HTTP port (env KEUZEVRIJ_PORT, default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--catalogue", defaultValue = "${env:KEUZEVRIJ_CATALOGUE:-catalogue}",
      description = "Catalogue folder (env KEUZEVRIJ_CATALOGUE, default ${DEFAULT-VALUE}).")
  Path catalogue;

  @Option(names = "--data", defaultValue = "${env:KEUZEVRIJ_DATA:-data}",
      description = "Folder for the app's own data outside the catalogue (env KEUZEVRIJ_DATA, default ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--clauses", defaultValue = "${env:KEUZEVRIJ_CLAUSES}",
      description = "Clause library folder (env KEUZEVRIJ_CLAUSES); default: the library bundled in the jar.")
  Path clauses;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    // Compiling templates, loading the clause library and starting Vert.x do not need the catalogue: do them while it
    // loads, so start-up costs the longest of these rather than their sum. The server needs the library first.
    SnapshotHolder snapshots = new SnapshotHolder();
    ExecutorService startup = Executors.newFixedThreadPool(3);
    Future<Vertx> vertxReady = startup.submit(() -> Vertx.vertx());
    Future<ClauseLibraryLoader.Result> libraryReady = startup.submit(() -> new ClauseLibraryLoader().load(clauses));
    Future<WebServer> serverReady = startup.submit(() -> new WebServer(snapshots, join(libraryReady).library(), port));
    startup.shutdown();
    LoadResult result = new CatalogueLoader().load(catalogue);
    Vertx vertx = join(vertxReady);
    ClauseLibraryLoader.Result library = join(libraryReady);
    if (!result.ok()) {
      result.problems().stream().map(Problem::toString).forEach(err::println);
      err.println("Not starting: " + result.problems().size() + " problem(s) in catalogue " + catalogue);
    }
    if (!library.ok()) {
      library.problems().stream().map(Problem::toString).forEach(err::println);
      err.println("Not starting: " + library.problems().size() + " problem(s) in clause library "
          + (clauses == null ? ClauseLibraryLoader.BUNDLED : clauses));
    }
    if (!result.ok() || !library.ok()) {
      err.flush();
      vertx.close();
      return 1;
    }
    WebServer server = join(serverReady);
    snapshots.replace(Snapshot.of(result.catalogue()));
    Files.createDirectories(data);
    try {
      vertx.deployVerticle(server).await();
    } catch (Exception e) {
      err.println("Not starting: cannot listen on port " + port + ": " + e.getMessage());
      err.flush();
      vertx.close();
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> vertx.close().await()));
    spec.commandLine().getOut().println("Keuzevrij is listening on http://localhost:" + server.actualPort()
        + "/ (catalogue " + catalogue + ", version " + result.catalogue().version().substring(0, 12) + ")");
    spec.commandLine().getOut().flush();
    return KEEP_RUNNING;
  }

  private static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not start: " + e.getCause().getMessage(), e.getCause());
    }
  }
}
