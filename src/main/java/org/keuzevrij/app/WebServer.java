package org.keuzevrij.app;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.keuzevrij.admin.AdminApi;
import org.keuzevrij.admin.AdminPages;
import org.keuzevrij.browse.CatalogueApi;
import org.keuzevrij.browse.CataloguePages;
import org.keuzevrij.browse.EntityPage;
import org.keuzevrij.browse.OverviewPage;
import org.keuzevrij.browse.ProfilePage;
import org.keuzevrij.browse.UseCasePage;
import org.keuzevrij.catalogue.SchemaValidator;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.checklist.ChecklistApi;
import org.keuzevrij.checklist.ChecklistPage;
import org.keuzevrij.checklist.ChecklistPages;
import org.keuzevrij.checklist.Checklists;
import org.keuzevrij.checklist.clauses.ClauseLibrary;
import org.keuzevrij.checklist.clauses.ClauseLibraryLoader;
import org.keuzevrij.comparison.ComparisonPages;
import org.keuzevrij.comparison.EvaluationApi;
import org.keuzevrij.comparison.QueryResolver;
import org.keuzevrij.editing.EditApi;
import org.keuzevrij.editing.EditPages;
import org.keuzevrij.editing.EntityHistoryView;
import org.keuzevrij.editing.FormSchema;
import org.keuzevrij.research.ResearchPages;
import org.keuzevrij.users.LocalCredentials;
import org.keuzevrij.users.LoginPages;
import org.keuzevrij.web.Failures;
import org.keuzevrij.web.InvalidRequests;
import org.keuzevrij.web.Messages;
import org.keuzevrij.web.PageRenderer;
import org.keuzevrij.web.Resources;
import org.keuzevrij.web.Templates;
import org.keuzevrij.web.WorkPool;
import org.keuzevrij.web.access.Access;
import org.keuzevrij.web.access.ApiCredentials;
import org.keuzevrij.web.access.PageCaller;
import org.keuzevrij.web.access.Sessions;
import org.keuzevrij.web.access.SignInThrottle;

/**
 * The HTTP server: builds the handlers and serves {@link Routes}; API under {@code /api/v1}, pages
 * elsewhere.
 */
public final class WebServer extends VerticleBase {

  /** Catalogue entities are a few kilobytes; a megabyte leaves room without inviting abuse. */
  public static final long BODY_LIMIT = 1024 * 1024;

  /**
   * The longest request line (method, address with its query, version) before a 414: room for a
   * comparison of a few hundred offerings, four times Vert.x's default.
   */
  public static final int URI_LIMIT = 16 * 1024;

  /**
   * Form fields per request: an offering's price table has an input per part and a box per model on
   * every line, so a large offering's edit form sends far more than Vert.x's default of 256. The
   * body limit still bounds the whole form.
   */
  static final int FORM_FIELD_LIMIT = 8192;

  private final SnapshotHolder snapshots;
  private final CompletableFuture<ClauseLibrary> clauseLibrary;
  private final Checklists checklists;
  private final int port;

  /**
   * Built here rather than in start(), off the event loop: loading the messages and Handlebars
   * takes a while.
   */
  private final PageRenderer renderer;

  private final CataloguePages pages;
  private final ChecklistPages checklistPages;
  private Sizes sizes = Sizes.standard();
  private Pools pools;
  private HttpServer server;
  private Editing editing;
  private ForwardedHeaders forwarded = ForwardedHeaders.NONE;

  public WebServer(SnapshotHolder snapshots, int port) {
    this(snapshots, ClauseLibraryLoader.bundled(), port);
  }

  public WebServer(SnapshotHolder snapshots, ClauseLibrary clauses, int port) {
    this(
        snapshots,
        CompletableFuture.completedStage(Objects.requireNonNull(clauses, "clause library")),
        port);
  }

  /**
   * A server whose checklists wait for {@code clauses}, so that it can answer everything else while
   * the library is still loading.
   */
  public WebServer(SnapshotHolder snapshots, CompletionStage<ClauseLibrary> clauses, int port) {
    this.snapshots = snapshots;
    this.clauseLibrary = clauses.toCompletableFuture();
    this.checklists = new Checklists(clauses, Clock.systemDefaultZone());
    this.port = port;
    Messages messages = Messages.load();
    this.renderer =
        new PageRenderer(
            new Templates(messages), messages, () -> snapshots.get().catalogue().version());
    this.pages = new CataloguePages(snapshots, renderer);
    this.checklistPages = new ChecklistPages(snapshots, checklists, renderer);
  }

  /**
   * How many evaluations (API and compare page) and workbooks (comparison and checklist) run at
   * once, and how many may wait; beyond that the server answers 503.
   */
  public record Sizes(WorkPool.Size evaluations, WorkPool.Size workbooks) {

    /**
     * Evaluations take milliseconds, so a thread per core and a queue for a crowd; workbooks are
     * CPU-bound and hold a workbook in memory each, so two at a time, and those waiting hold only
     * their question.
     */
    public static Sizes standard() {
      return new Sizes(
          new WorkPool.Size(Math.max(2, Runtime.getRuntime().availableProcessors()), 64),
          new WorkPool.Size(2, 64));
    }
  }

  /** The pools, named as the metrics name them. */
  record Pools(WorkPool evaluations, WorkPool workbooks) {

    static final String EVALUATIONS = "keuzevrij-evaluations";
    static final String WORKBOOKS = "keuzevrij-workbooks";
  }

  /** Other pool sizes than {@link Sizes#standard()}, e.g. tiny ones for a test. */
  public WebServer withSizes(Sizes sizes) {
    this.sizes = sizes;
    return this;
  }

  /** The pools of the started server. */
  Pools pools() {
    return pools;
  }

  /**
   * Compiles every page template now, so that no visitor waits for one; a page asked for earlier
   * compiles its own. Handlebars takes about a second for all of them on a cold JVM, so the app
   * does this once it answers; a template that does not compile cannot reach the jar, since a test
   * compiles them all.
   */
  public void compileTemplates() {
    for (String template :
        List.of(
            OverviewPage.TEMPLATE,
            EntityPage.TEMPLATE,
            UseCasePage.TEMPLATE,
            ProfilePage.TEMPLATE,
            PageRenderer.ERROR_TEMPLATE,
            ComparisonPages.TEMPLATE,
            ChecklistPage.TEMPLATE,
            LoginPages.TEMPLATE,
            EditPages.TEMPLATE,
            AdminPages.TEMPLATE,
            ResearchPages.TEMPLATE)) {
      renderer.templates().get(template);
    }
  }

  /** Lets people sign in and edit; without this call the server is read-only. */
  public WebServer withEditing(Editing editing) {
    this.editing = editing;
    return this;
  }

  /**
   * Reads the client's address and scheme from the headers a reverse proxy sets; only for a server
   * that nothing but the proxy can reach.
   */
  public WebServer behindProxy(ForwardedHeaders headers) {
    this.forwarded = headers;
    return this;
  }

  @Override
  public Future<?> start() {
    pools =
        new Pools(
            new WorkPool(vertx, Pools.EVALUATIONS, sizes.evaluations()),
            new WorkPool(vertx, Pools.WORKBOOKS, sizes.workbooks()));
    QueryResolver resolver = new QueryResolver(SchemaValidator.catalogue());
    Routes.Reading read =
        new Routes.Reading(
            Resources.read("openapi/openapi.json"),
            new CatalogueApi(snapshots),
            new EvaluationApi(snapshots, resolver, pools.evaluations(), pools.workbooks()),
            new ChecklistApi(snapshots, checklists, pools.workbooks()),
            pages,
            new ComparisonPages(snapshots, resolver, renderer, pools.evaluations()),
            checklistPages,
            new ResearchPages(snapshots, renderer, pools.evaluations()));
    Optional<Routes.Writing> write = Optional.ofNullable(editing).map(this::writing);
    Router router =
        Routes.of(
            vertx,
            read,
            write,
            new Operations(
                vertx,
                () -> snapshots.get() == null ? null : snapshots.get().catalogue().version(),
                clauseLibrary),
            new Failures(CatalogueApi.PREFIX, BODY_LIMIT, renderer),
            BODY_LIMIT);
    router.allowForward(forwarded.vertx());
    // gzip or deflate whenever the client accepts it: the JSON lists and pages shrink to a
    // fraction.
    server =
        vertx.createHttpServer(
            new HttpServerOptions()
                .setCompressionSupported(true)
                .setMaxInitialLineLength(URI_LIMIT)
                .setMaxFormFields(FORM_FIELD_LIMIT)
                // HTTP/1.1 only, as a TLS proxy speaks it to the app: over a cleartext HTTP/2
                // upgrade Vert.x would send the body of a HEAD answer.
                .setHttp2ClearTextEnabled(false));
    return server
        .requestHandler(router)
        .invalidRequestHandler(InvalidRequests::handle)
        .listen(port);
  }

  /**
   * Sign-in, the write and admin API, and the edit and admin pages; entity pages also show their
   * history.
   */
  private Routes.Writing writing(Editing editing) {
    ApiCredentials credentials =
        editing
            .auth()
            .oidc()
            .map(oidc -> oidc.credentials(editing.users()))
            .orElseGet(() -> new LocalCredentials(vertx, editing.users()));
    // One thread for catalogue writes and reloads: they queue here rather than hold worker threads
    // waiting on a lock.
    WorkerExecutor writes = vertx.createSharedWorkerExecutor("keuzevrij-catalogue-writes", 1);
    FormSchema forms = new FormSchema();
    // One for the form and the API: guesses spread over both still add up.
    SignInThrottle throttle = SignInThrottle.standard();
    pages.extras(new EntityHistoryView(editing.editor().audit(), forms, vertx));
    return new Routes.Writing(
        new Access(credentials, renderer, throttle),
        Sessions.handler(vertx, editing.auth().secureCookies()),
        new PageCaller(editing.users()::identity),
        new AdminApi(editing.users(), editing.reload(), vertx, writes),
        new EditApi(editing.editor(), vertx, writes),
        new LoginPages(vertx, editing.users(), renderer, throttle),
        editing.auth().oidc(),
        new EditPages(editing.editor(), forms, renderer, vertx, writes),
        new AdminPages(editing.users(), editing.reload(), renderer, vertx, writes),
        renderer);
  }

  /** The port actually bound, which differs from the requested one when that was 0. */
  public int actualPort() {
    return server.actualPort();
  }
}
