package org.keuzevrij.web.edit;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.SessionHandler;
import org.keuzevrij.web.CatalogueApi;
import org.keuzevrij.web.Editing;
import org.keuzevrij.web.auth.Access;
import org.keuzevrij.web.auth.ApiCredentials;
import org.keuzevrij.web.auth.LocalCredentials;
import org.keuzevrij.web.auth.LoginPages;
import org.keuzevrij.web.auth.PageCaller;
import org.keuzevrij.web.auth.Sessions;
import org.keuzevrij.web.page.PageRenderer;

/** Mounts sign-in, the write API, the admin API and the edit pages on the app's router. */
public final class EditingRoutes {

  private final Editing editing;
  private final Vertx vertx;
  private final PageRenderer renderer;
  private final Access access;
  /** One thread for catalogue writes and reloads: they queue here rather than hold worker threads waiting on a lock. */
  private final WorkerExecutor writes;

  public EditingRoutes(Editing editing, Vertx vertx, PageRenderer renderer) {
    this.editing = editing;
    this.vertx = vertx;
    this.renderer = renderer;
    ApiCredentials credentials = new LocalCredentials(vertx, editing.users());
    this.access = new Access(credentials, renderer);
    this.writes = vertx.createSharedWorkerExecutor("keuzevrij-catalogue-writes", 1);
  }

  /** Sessions and the signed-in user for every page (not for the API, which is stateless). Mount before all pages. */
  public void mountSessions(Router router) {
    SessionHandler sessions = Sessions.handler(vertx, editing.auth().secureCookies());
    PageCaller caller = new PageCaller(editing.users());
    router.route().handler(ctx -> {
      if (isApi(ctx.request().path())) {
        ctx.next();
      } else {
        sessions.handle(ctx);
      }
    });
    router.route().handler(ctx -> {
      if (isApi(ctx.request().path())) {
        ctx.next();
      } else {
        caller.handle(ctx);
      }
    });
  }

  /** The write and admin API; mount before the read API, whose {@code /:kind/:id} would match admin addresses. */
  public void mountApi(Router router) {
    new AdminApi(editing.users(), editing.reload(), access, vertx, writes).mount(router);
    new EditApi(editing.editor(), access, vertx, writes).mount(router);
  }

  /** Login and the edit and admin pages; mount before the catalogue pages. */
  public void mountPages(Router router) {
    new LoginPages(vertx, editing.users(), renderer).mount(router);
  }

  private static boolean isApi(String path) {
    return path != null && path.startsWith(CatalogueApi.PREFIX + "/");
  }
}
