package org.keuzevrij.app;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.Optional;
import org.keuzevrij.admin.AdminApi;
import org.keuzevrij.admin.AdminPages;
import org.keuzevrij.browse.CatalogueApi;
import org.keuzevrij.browse.CataloguePages;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.checklist.ChecklistApi;
import org.keuzevrij.checklist.ChecklistPages;
import org.keuzevrij.comparison.ComparisonPages;
import org.keuzevrij.comparison.EvaluationApi;
import org.keuzevrij.editing.EditApi;
import org.keuzevrij.editing.EditPages;
import org.keuzevrij.editing.FormSchema;
import org.keuzevrij.research.ResearchPages;
import org.keuzevrij.users.LoginPages;
import org.keuzevrij.users.OidcPages;
import org.keuzevrij.web.Failures;
import org.keuzevrij.web.PageRenderer;
import org.keuzevrij.web.Problems;
import org.keuzevrij.web.RequestIds;
import org.keuzevrij.web.SecurityHeaders;
import org.keuzevrij.web.access.Access;
import org.keuzevrij.web.access.CsrfTokens;
import org.keuzevrij.web.access.PageCaller;
import org.keuzevrij.web.access.Role;

/**
 * The whole HTTP surface, in the order the router tries it: the API under {@code /api/v1}, then the
 * pages. Routes with fixed paths come before the {@code :kind} routes that would otherwise take
 * them.
 */
final class Routes {

  /** Handlers every server has. */
  record Reading(
      Buffer openApi,
      CatalogueApi catalogue,
      EvaluationApi evaluations,
      ChecklistApi checklists,
      CataloguePages pages,
      ComparisonPages comparisons,
      ChecklistPages checklistPages,
      ResearchPages research) {}

  /** Handlers for signing in and editing; a read-only server has none. */
  record Writing(
      Access access,
      SessionHandler sessions,
      PageCaller caller,
      AdminApi admin,
      EditApi edits,
      LoginPages login,
      Optional<OidcPages> oidc,
      EditPages editPages,
      AdminPages adminPages,
      PageRenderer renderer) {}

  private Routes() {}

  static Router of(
      Vertx vertx,
      Reading read,
      Optional<Writing> write,
      Operations operations,
      Failures failures,
      long bodyLimit) {
    Router router = Router.router(vertx);
    // HEAD is GET without the body (RFC 9110): the GET routes answer it, and Vert.x leaves the
    // body of a HEAD response out. First, so the rerouted request is handled once.
    router
        .route()
        .method(HttpMethod.HEAD)
        .handler(ctx -> ctx.reroute(HttpMethod.GET, ctx.request().uri()));
    router.route().handler(RequestIds::assign);
    router.route().handler(SecurityHeaders::add);
    // Before sessions and bodies: a probe every few seconds must cost next to nothing.
    router.get(Operations.LIVE).handler(operations::live);
    router.get(Operations.READY).handler(operations::ready);
    router.get(Operations.METRICS).handler(operations::metrics);
    router.route().handler(failures::malformedQuery);
    for (HttpMethod method : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH}) {
      router.route().method(method).handler(BodyHandler.create(false).setBodyLimit(bodyLimit));
    }
    router
        .get("/assets/*")
        .handler(
            StaticHandler.create("webroot/assets").setCachingEnabled(true).setMaxAgeSeconds(3600));
    router.route(CatalogueApi.PREFIX + "/*").subRouter(api(vertx, read, write));
    write.ifPresent(w -> pagesWithSessions(vertx, router, w));
    router.get("/").handler(read.pages()::overview);
    for (Kind kind : Kind.values()) {
      router.get("/" + kind.folder() + "/:id").handler(ctx -> read.pages().entity(ctx, kind));
    }
    router.get("/compare").handler(read.comparisons()::compare);
    router.get("/checklists").handler(read.checklistPages()::page);
    router.get("/research").handler(read.research()::page);
    // A route, not only errorHandler(404): the body-handler routes match every path for POST, PUT
    // and PATCH, so Vert.x would answer an unmatched GET with 405.
    router.get().handler(failures.status(404));
    // Error handlers on the root router only: Vert.x ignores those of a sub-router.
    router.route().failureHandler(failures::handle);
    for (int status : new int[] {400, 404, 405}) {
      router.errorHandler(status, failures.status(status));
    }
    return router;
  }

  /** The stateless API: no sessions, every caller says who they are on each request. */
  private static Router api(Vertx vertx, Reading read, Optional<Writing> write) {
    Router api = Router.router(vertx);
    api.get("/openapi.json")
        .handler(
            ctx ->
                ctx.response().putHeader("Content-Type", "application/json").end(read.openApi()));
    api.get("/catalogue/version").handler(read.catalogue()::version);
    api.post("/evaluations").handler(read.evaluations()::evaluateBody);
    api.get("/evaluations").handler(read.evaluations()::evaluateQuery);
    api.get("/evaluations.xlsx").handler(read.evaluations()::downloadWorkbook);
    api.get("/checklists.xlsx").handler(read.checklists()::workbook);
    api.get("/checklists").handler(read.checklists()::json);
    if (write.isPresent()) {
      Access access = write.get().access();
      AdminApi admin = write.get().admin();
      EditApi edits = write.get().edits();
      api.get("/me").handler(access.api(Role.VIEWER)).handler(AdminApi::me);
      api.post("/admin/reload").handler(access.api(Role.ADMIN)).handler(admin::reload);
      api.get("/admin/users").handler(access.api(Role.ADMIN)).handler(admin::list);
      api.put("/admin/users/:name").handler(access.api(Role.ADMIN)).handler(admin::putUser);
      api.delete("/admin/users/:name").handler(access.api(Role.ADMIN)).handler(admin::deleteUser);
      api.post("/admin/users/:name/tokens")
          .handler(access.api(Role.ADMIN))
          .handler(admin::createToken);
      api.delete("/admin/users/:name/tokens/:token")
          .handler(access.api(Role.ADMIN))
          .handler(admin::revokeToken);
      api.get("/:kind/:id/history").handler(edits::history);
      // The address is checked before the caller, so a bad one is the same answer for everyone.
      api.put("/:kind/:id")
          .handler(edits::checkAddress)
          .handler(access.api(Role.EDITOR))
          .handler(edits::put);
      api.delete("/:kind/:id")
          .handler(edits::checkAddress)
          .handler(access.api(Role.EDITOR))
          .handler(edits::delete);
    }
    api.get("/:kind").handler(read.catalogue()::list);
    api.get("/:kind/:id").handler(read.catalogue()::detail);
    // Without this an unmatched API request would fall through to the pages and get HTML.
    api.route().handler(ctx -> Problems.notFound(ctx, "No such API resource."));
    return api;
  }

  /**
   * Sessions and the signed-in user for every page from here on, then sign-in, editing and
   * administration.
   */
  private static void pagesWithSessions(Vertx vertx, Router router, Writing write) {
    Access access = write.access();
    router.route().handler(write.sessions());
    router.route().handler(write.caller()::handle);
    if (write.oidc().isPresent()) {
      // Signing in happens at the provider; there is no password form, only logout.
      OidcPages oidc = write.oidc().get();
      router
          .get("/login")
          .handler(oidc.toProvider(vertx, router.get("/login/callback")))
          .handler(ctx -> oidc.signIn(ctx, write.renderer()));
    } else {
      router.get("/login").handler(write.login()::form);
      router.post("/login").handler(CsrfTokens::check).handler(write.login()::login);
    }
    router.post("/logout").handler(CsrfTokens::check).handler(LoginPages::logout);
    EditPages edit = write.editPages();
    for (Kind kind : Kind.values()) {
      if (FormSchema.editable(kind)) {
        String path = EditPages.newPath(kind);
        router.get(path).handler(access.page(Role.EDITOR)).handler(ctx -> edit.blank(ctx, kind));
        router
            .post(path)
            .handler(CsrfTokens::check)
            .handler(access.page(Role.EDITOR))
            .handler(ctx -> edit.submit(ctx, kind, null));
        router
            .get(path + "/:id")
            .handler(access.page(Role.EDITOR))
            .handler(ctx -> edit.open(ctx, kind));
        router
            .post(path + "/:id")
            .handler(CsrfTokens::check)
            .handler(access.page(Role.EDITOR))
            .handler(ctx -> edit.submit(ctx, kind, ctx.pathParam("id")));
      }
    }
    AdminPages admin = write.adminPages();
    router.get("/admin").handler(access.page(Role.ADMIN)).handler(admin::show);
    adminForm(router, access, "/admin/reload", admin::reload);
    adminForm(router, access, "/admin/users", admin::addUser);
    adminForm(router, access, "/admin/users/:name/role", admin::setRole);
    adminForm(router, access, "/admin/users/:name/password", admin::resetPassword);
    adminForm(router, access, "/admin/users/:name/delete", admin::removeUser);
    adminForm(router, access, "/admin/users/:name/tokens", admin::createToken);
    adminForm(router, access, "/admin/users/:name/tokens/:token/revoke", admin::revokeToken);
  }

  /** An admin page's form: a POST with a CSRF token, by an admin. */
  private static void adminForm(
      Router router, Access access, String path, Handler<RoutingContext> handler) {
    router.post(path).handler(CsrfTokens::check).handler(access.page(Role.ADMIN)).handler(handler);
  }
}
