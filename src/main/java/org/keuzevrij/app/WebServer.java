package org.keuzevrij.app;

import org.keuzevrij.checklist.ChecklistApi;
import org.keuzevrij.checklist.Checklists;
import org.keuzevrij.web.Resources;
import org.keuzevrij.checklist.ChecklistPages;
import org.keuzevrij.web.Problems;
import org.keuzevrij.browse.CatalogueApi;
import org.keuzevrij.web.SecurityHeaders;
import org.keuzevrij.browse.CataloguePages;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.keuzevrij.catalogue.SchemaValidator;
import org.keuzevrij.checklist.clauses.ClauseLibrary;
import org.keuzevrij.checklist.clauses.ClauseLibraryLoader;
import org.keuzevrij.comparison.QueryResolver;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.users.LoginPages;
import org.keuzevrij.admin.AdminPages;
import org.keuzevrij.editing.EditPages;
import org.keuzevrij.app.EditingRoutes;
import org.keuzevrij.comparison.ComparisonPages;
import org.keuzevrij.comparison.EvaluationApi;
import org.keuzevrij.checklist.ChecklistPage;
import org.keuzevrij.browse.EntityPage;
import org.keuzevrij.web.Messages;
import org.keuzevrij.browse.OverviewPage;
import org.keuzevrij.web.PageRenderer;
import org.keuzevrij.browse.ProfilePage;
import org.keuzevrij.web.Templates;
import org.keuzevrij.browse.UseCasePage;

/** The HTTP server: API under {@code /api/v1}, pages everywhere else, assets from the jar. */
public final class WebServer extends VerticleBase {

  private static final Logger LOG = Logger.getLogger(WebServer.class.getName());
  /** Catalogue entities are a few kilobytes; a megabyte leaves room without inviting abuse. */
  public static final long BODY_LIMIT = 1024 * 1024;

  private final SnapshotHolder snapshots;
  private final Checklists checklists;
  private final int port;
  /** Built here rather than in start(), off the event loop: loading the messages and Handlebars takes a while. */
  private final PageRenderer renderer;
  private final CataloguePages pages;
  private final ComparisonPages comparisons;
  private final ChecklistPages checklistPages;
  private HttpServer server;
  private Editing editing;

  public WebServer(SnapshotHolder snapshots, int port) {
    this(snapshots, ClauseLibraryLoader.bundled(), port);
  }

  public WebServer(SnapshotHolder snapshots, ClauseLibrary clauses, int port) {
    this(snapshots, CompletableFuture.completedStage(Objects.requireNonNull(clauses, "clause library")), port);
  }

  /**
   * A server whose checklists wait for {@code clauses}, so that it can answer everything else while the library is
   * still loading.
   */
  public WebServer(SnapshotHolder snapshots, CompletionStage<ClauseLibrary> clauses, int port) {
    this.snapshots = snapshots;
    this.checklists = new Checklists(clauses, Clock.systemDefaultZone());
    this.port = port;
    Messages messages = Messages.load();
    this.renderer = new PageRenderer(new Templates(messages), messages,
        () -> snapshots.get().catalogue().version());
    this.pages = new CataloguePages(snapshots, renderer);
    this.comparisons = new ComparisonPages(snapshots, new QueryResolver(SchemaValidator.catalogue()), renderer);
    this.checklistPages = new ChecklistPages(snapshots, checklists, renderer);
  }

  /**
   * Compiles every page template now, so that no visitor waits for one; a page asked for earlier compiles its own.
   * Handlebars takes about a second for all of them on a cold JVM, so the app does this once it answers; a template
   * that does not compile cannot reach the jar, since a test compiles them all.
   */
  public void compileTemplates() {
    for (String template : List.of(OverviewPage.TEMPLATE, EntityPage.TEMPLATE, UseCasePage.TEMPLATE,
        ProfilePage.TEMPLATE, PageRenderer.ERROR_TEMPLATE, ComparisonPages.TEMPLATE, ChecklistPage.TEMPLATE,
        LoginPages.TEMPLATE, EditPages.TEMPLATE, AdminPages.TEMPLATE)) {
      renderer.templates().get(template);
    }
  }

  /** Lets people sign in and edit; without this call the server is read-only. */
  public WebServer withEditing(Editing editing) {
    this.editing = editing;
    return this;
  }

  @Override
  public Future<?> start() {
    Router router = Router.router(vertx);
    router.route().handler(SecurityHeaders::add);
    for (HttpMethod method : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH}) {
      router.route().method(method).handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));
    }
    EditingRoutes editRoutes = editing == null ? null : new EditingRoutes(editing, vertx, pages, renderer);
    if (editRoutes != null) {
      editRoutes.mountSessions(router);
    }
    router.get("/assets/*").handler(StaticHandler.create("webroot/assets").setCachingEnabled(true).setMaxAgeSeconds(3600));
    Buffer openApi = Resources.read("openapi/openapi.json");
    router.get(CatalogueApi.PREFIX + "/openapi.json").handler(ctx -> ctx.response()
        .putHeader("Content-Type", "application/json").end(openApi));
    if (editRoutes != null) {
      editRoutes.mountApi(router);
    }
    new EvaluationApi(snapshots, comparisons.resolver()).mount(router);
    new ChecklistApi(vertx, snapshots, checklists).mount(router);
    new CatalogueApi(snapshots).mount(router);
    router.route(CatalogueApi.PREFIX + "/*").handler(ctx -> Problems.notFound(ctx, "No such API resource."));
    if (editRoutes != null) {
      editRoutes.mountPages(router);
    }
    pages.mount(router);
    comparisons.mount(router);
    checklistPages.mount(router);
    // Unmatched page addresses get an HTML page in the reader's language; API paths never get here (see above).
    // A route is needed, not only errorHandler(404): the body-handler routes match every path for POST, PUT and
    // PATCH, so Vert.x would answer an unmatched GET with 405.
    router.get().handler(ctx -> pages.error(ctx, 404));
    router.route().failureHandler(ctx -> failure(ctx, ctx.statusCode() > 0 ? ctx.statusCode() : 500));
    // Route-match failures (404, 405, and 400 for an undecodable path) get the same split as failures; the
    // context does not always carry the status then, so it is passed along.
    for (int status : new int[] {400, 404, 405}) {
      router.errorHandler(status, ctx -> failure(ctx, status));
    }
    server = vertx.createHttpServer();
    return server.requestHandler(router).listen(port);
  }

  /** The port actually bound, which differs from the requested one when that was 0. */
  public int actualPort() {
    return server.actualPort();
  }

  private void failure(RoutingContext ctx, int status) {
    if (status >= 500) {
      LOG.log(Level.SEVERE, "Request failed: " + ctx.request().method() + " " + ctx.request().path(), ctx.failure());
    }
    String path = ctx.request().path();
    if (path == null || !path.startsWith(CatalogueApi.PREFIX + "/")) {
      pages.error(ctx, status);
      return;
    }
    String detail = status == 413 ? "The request body is larger than " + BODY_LIMIT + " bytes."
        : status >= 500 ? "Something went wrong on our side; it has been logged." : "The request could not be handled.";
    Problems.send(ctx, Problems.problem(status, detail));
  }
}
