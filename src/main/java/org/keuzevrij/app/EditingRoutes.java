package org.keuzevrij.app;

import org.keuzevrij.admin.AdminPages;
import org.keuzevrij.editing.FormSchema;
import org.keuzevrij.editing.EditPages;
import org.keuzevrij.editing.EntityHistory;
import org.keuzevrij.editing.EditApi;
import org.keuzevrij.admin.AdminApi;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.SessionHandler;
import org.keuzevrij.browse.CatalogueApi;
import org.keuzevrij.browse.CataloguePages;
import org.keuzevrij.app.Editing;
import org.keuzevrij.web.access.Access;
import org.keuzevrij.web.access.ApiCredentials;
import org.keuzevrij.users.LocalCredentials;
import org.keuzevrij.users.LoginPages;
import org.keuzevrij.users.PageCaller;
import org.keuzevrij.web.access.Sessions;
import org.keuzevrij.web.PageRenderer;

/** Mounts sign-in, the write API, the admin API and the edit pages on the app's router. */
public final class EditingRoutes {

  private final Editing editing;
  private final Vertx vertx;
  private final CataloguePages pages;
  private final PageRenderer renderer;
  private final Access access;
  /** One thread for catalogue writes and reloads: they queue here rather than hold worker threads waiting on a lock. */
  private final WorkerExecutor writes;

  public EditingRoutes(Editing editing, Vertx vertx, CataloguePages pages, PageRenderer renderer) {
    this.editing = editing;
    this.vertx = vertx;
    this.pages = pages;
    this.renderer = renderer;
    ApiCredentials credentials = editing.auth().oidc().map(oidc -> oidc.credentials(editing.users()))
        .orElseGet(() -> new LocalCredentials(vertx, editing.users()));
    this.access = new Access(credentials, renderer);
    this.writes = vertx.createSharedWorkerExecutor("keuzevrij-catalogue-writes", 1);
  }

  /** Sessions and the signed-in user for every page (not for the API, which is stateless). Mount before all pages. */
  public void mountSessions(Router router) {
    SessionHandler sessions = Sessions.handler(vertx, editing.auth().secureCookies());
    PageCaller caller = new PageCaller(editing.users());
    router.route().handler(pagesOnly(sessions));
    router.route().handler(pagesOnly(caller::handle));
  }

  /** The write and admin API; mount before the read API, whose {@code /:kind/:id} would match admin addresses. */
  public void mountApi(Router router) {
    new AdminApi(editing.users(), editing.reload(), access, vertx, writes).mount(router);
    new EditApi(editing.editor(), access, vertx, writes).mount(router);
  }

  /** Login and the edit and admin pages, and the history on entity pages; mount before the catalogue pages. */
  public void mountPages(Router router) {
    FormSchema forms = new FormSchema();
    LoginPages login = new LoginPages(vertx, editing.users(), renderer);
    if (editing.auth().oidc().isPresent()) {
      // Signing in happens at the provider; there is no password form, only logout.
      editing.auth().oidc().get().mount(vertx, router, renderer);
      login.mountLogout(router);
    } else {
      login.mount(router);
    }
    new EditPages(editing.editor(), forms, renderer, access, vertx, writes).mount(router);
    new AdminPages(editing.users(), editing.reload(), renderer, access, vertx, writes).mount(router);
    pages.extras(new EntityHistory(editing.editor().audit(), forms, vertx));
  }

  /** Runs {@code handler} for pages only: the API is stateless, and assets need no user. */
  private static Handler<RoutingContext> pagesOnly(Handler<RoutingContext> handler) {
    return ctx -> {
      String path = ctx.request().path();
      if (path == null || path.startsWith(CatalogueApi.PREFIX + "/") || path.startsWith("/assets/")) {
        ctx.next();
      } else {
        handler.handle(ctx);
      }
    };
  }
}
