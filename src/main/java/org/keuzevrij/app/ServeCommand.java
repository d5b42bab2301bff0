package org.keuzevrij.app;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.Problem;
import org.keuzevrij.catalogue.SchemaValidator;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.checklist.clauses.ClauseLibrary;
import org.keuzevrij.checklist.clauses.ClauseLibraryLoader;
import org.keuzevrij.editing.CatalogueRecovery;
import org.keuzevrij.editing.CatalogueStore;
import org.keuzevrij.users.AuthSettings;
import org.keuzevrij.users.OidcPages;
import org.keuzevrij.users.OidcSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Loads and checks the catalogue, then serves it; refuses to start on an invalid catalogue. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    version = Main.VERSION,
    description = "Start the web app.")
final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = Logger.getLogger(ServeCommand.class.getName());

  /** Tells {@link Main} not to exit: the server's threads keep the process alive. */
  static final int KEEP_RUNNING = -1;

  @Option(
      names = "--port",
      defaultValue = "${env:KEUZEVRIJ_PORT:-8080}",
      description = "HTTP port (env KEUZEVRIJ_PORT, default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--catalogue",
      defaultValue = "${env:KEUZEVRIJ_CATALOGUE:-catalogue}",
      description = "Catalogue folder (env KEUZEVRIJ_CATALOGUE, default ${DEFAULT-VALUE}).")
  Path catalogue;

  @Option(
      names = "--data",
      defaultValue = "${env:KEUZEVRIJ_DATA:-data}",
      description =
          "Folder for the app's own data outside the catalogue (env KEUZEVRIJ_DATA, default ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--clauses",
      defaultValue = "${env:KEUZEVRIJ_CLAUSES}",
      description =
          "Clause library folder, e.g. catalogue/clauses (env KEUZEVRIJ_CLAUSES); default: the library "
              + "bundled in the jar.")
  Path clauses;

  @Option(
      names = "--secure-cookies",
      defaultValue = "${env:KEUZEVRIJ_SECURE_COOKIES:-false}",
      description =
          "Mark the session cookie Secure; use it whenever users reach the app over HTTPS, as behind a "
              + "TLS proxy (env KEUZEVRIJ_SECURE_COOKIES, default ${DEFAULT-VALUE}).")
  boolean secureCookies;

  @Option(
      names = "--forwarded",
      defaultValue = "${env:KEUZEVRIJ_FORWARDED:-none}",
      converter = ForwardedHeaders.Converter.class,
      description =
          "Behind a reverse proxy: read the client's address and scheme from the headers it sets, "
              + "x-forwarded (X-Forwarded-For, -Proto, -Host) or forwarded (RFC 7239); none ignores "
              + "them, so a client cannot claim another address (env KEUZEVRIJ_FORWARDED, default "
              + "${DEFAULT-VALUE}).")
  ForwardedHeaders forwarded;

  @Option(
      names = "--oidc-issuer",
      defaultValue = "${env:KEUZEVRIJ_OIDC_ISSUER}",
      description =
          "OpenID Connect issuer URL; when set, people sign in there instead of with the embedded user "
              + "store (env KEUZEVRIJ_OIDC_ISSUER).")
  String oidcIssuer;

  @Option(
      names = "--oidc-client-id",
      defaultValue = "${env:KEUZEVRIJ_OIDC_CLIENT_ID}",
      description = "Client id at the OpenID Connect provider (env KEUZEVRIJ_OIDC_CLIENT_ID).")
  String oidcClientId;

  @Option(
      names = "--oidc-role-claim",
      defaultValue = "${env:KEUZEVRIJ_OIDC_ROLE_CLAIM:-roles}",
      description =
          "Claim with the user's groups or roles, dotted for nested claims (env KEUZEVRIJ_OIDC_ROLE_CLAIM, "
              + "default ${DEFAULT-VALUE}).")
  String oidcRoleClaim;

  @Option(
      names = "--oidc-roles",
      defaultValue = "${env:KEUZEVRIJ_OIDC_ROLES}",
      description =
          "Claim values and the roles they grant, e.g. kv-admins=admin,kv-editors=editor "
              + "(env KEUZEVRIJ_OIDC_ROLES).")
  String oidcRoles;

  @Option(
      names = "--public-url",
      defaultValue = "${env:KEUZEVRIJ_PUBLIC_URL}",
      description =
          "The app's address as users reach it, e.g. https://keuzevrij.example.org; needed for OpenID "
              + "Connect (env KEUZEVRIJ_PUBLIC_URL).")
  String publicUrl;

  @Option(
      names = "--smoke-test",
      description =
          "Start, ask the server for a few pages, print their status and stop: exit 0 when all answered "
              + "200. Checks a deployment; the build uses it to record the classes a start loads.")
  boolean smokeTest;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return serve(err);
    } catch (NotStarting e) {
      err.println("Not starting: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private Integer serve(PrintWriter err) throws IOException, NotStarting {
    if (data.toAbsolutePath().normalize().startsWith(catalogue.toAbsolutePath().normalize())) {
      throw new NotStarting(
          "the data folder "
              + data
              + " is inside the catalogue folder; keep the audit log and "
              + "the user store out of the catalogue");
    }
    Optional<OidcSettings> oidc = oidcSettings();
    // Page templates and the clause library are not needed to answer, so they are made once the
    // server answers: a page
    // or checklist asked for meanwhile compiles its template or waits for the library.
    SnapshotHolder snapshots = new SnapshotHolder();
    CompletableFuture<ClauseLibrary> library = new CompletableFuture<>();
    SchemaValidator schemas = SchemaValidator.catalogue();
    // A write that a crash cut short: its temporary file goes (the loader skips it anyway), and if
    // the audit log
    // already has the change, the change is completed, so the log and the files agree.
    CatalogueStore store = new CatalogueStore(catalogue);
    store.removeLeftovers();
    CatalogueRecovery.completeLastWrite(data, store);
    LoadResult result = new CatalogueLoader(schemas).load(catalogue);
    Vertx vertx = Operations.vertx();
    try {
      if (!result.ok()) {
        report(err, result.problems(), "catalogue " + catalogue);
        report(err, new ClauseLibraryLoader().load(clauses).problems(), libraryName());
        vertx.close();
        return 1;
      }
      WebServer server = new WebServer(snapshots, library, port);
      snapshots.replace(Snapshot.of(result.catalogue()));
      Files.createDirectories(data);
      Editing.Opened editing =
          Editing.open(
              catalogue,
              data,
              snapshots,
              schemas,
              new AuthSettings(secureCookies, discover(vertx, oidc)),
              Optional.ofNullable(System.getenv("KEUZEVRIJ_ADMIN_PASSWORD")),
              Clock.systemUTC());
      editing
          .generatedAdminPassword()
          .ifPresent(
              password ->
                  LOG.warning(
                      "First start: created the user \"admin\" "
                          + "with the password "
                          + password
                          + " . It is shown only this once; sign in and change it, or set "
                          + "KEUZEVRIJ_ADMIN_PASSWORD before the first start."));
      listen(vertx, server.withEditing(editing.editing()).behindProxy(forwarded));
      server.compileTemplates();
      ClauseLibraryLoader.Result clauseLibrary = new ClauseLibraryLoader().load(clauses);
      if (!clauseLibrary.ok()) {
        library.completeExceptionally(new IllegalStateException("the clause library has problems"));
        report(err, clauseLibrary.problems(), libraryName());
        vertx.close();
        return 1;
      }
      library.complete(clauseLibrary.library());
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "Keuzevrij is listening on http://localhost:"
              + server.actualPort()
              + "/ (catalogue "
              + catalogue
              + ", version "
              + result.catalogue().version().substring(0, 12)
              + ")");
      out.flush();
      if (smokeTest) {
        boolean passed = SmokeTest.passes(vertx, server.actualPort(), out);
        vertx.close().await();
        return passed ? 0 : 1;
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> vertx.close().await()));
      return KEEP_RUNNING;
    } catch (NotStarting | IOException | RuntimeException e) {
      vertx.close();
      throw e;
    }
  }

  /** Prints every problem of the catalogue or the clause library, if it has any. */
  private static void report(PrintWriter err, List<Problem> problems, String what) {
    if (!problems.isEmpty()) {
      problems.stream().map(Problem::toString).forEach(err::println);
      err.println("Not starting: " + problems.size() + " problem(s) in " + what);
      err.flush();
    }
  }

  private String libraryName() {
    return "clause library " + (clauses == null ? ClauseLibraryLoader.BUNDLED : clauses);
  }

  private Optional<OidcSettings> oidcSettings() throws NotStarting {
    try {
      return OidcSettings.parse(
          oidcIssuer,
          oidcClientId,
          System.getenv("KEUZEVRIJ_OIDC_CLIENT_SECRET"),
          publicUrl,
          oidcRoleClaim,
          oidcRoles);
    } catch (IllegalArgumentException e) {
      throw new NotStarting(e.getMessage());
    }
  }

  /**
   * Reads the provider's configuration now, so a wrong issuer stops the start rather than the first
   * login.
   */
  private static Optional<OidcPages> discover(Vertx vertx, Optional<OidcSettings> oidc)
      throws NotStarting {
    if (oidc.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OidcPages.discover(vertx, oidc.get()).await());
    } catch (Exception e) {
      throw new NotStarting(
          "cannot read the OpenID Connect configuration of "
              + oidc.get().issuer()
              + ": "
              + e.getMessage());
    }
  }

  private void listen(Vertx vertx, WebServer server) throws NotStarting {
    try {
      vertx.deployVerticle(server).await();
    } catch (Exception e) {
      throw new NotStarting("cannot listen on port " + port + ": " + e.getMessage());
    }
  }

  /** Why the app does not start, said once on standard error. */
  private static final class NotStarting extends Exception {

    NotStarting(String message) {
      super(message);
    }
  }
}
