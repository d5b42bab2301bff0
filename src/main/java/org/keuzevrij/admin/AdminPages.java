package org.keuzevrij.admin;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.keuzevrij.browse.ValueFormatter;
import org.keuzevrij.catalogue.Problem;
import org.keuzevrij.editing.CatalogueReload;
import org.keuzevrij.editing.EditForm;
import org.keuzevrij.users.ApiToken;
import org.keuzevrij.users.User;
import org.keuzevrij.users.UserStore;
import org.keuzevrij.users.UserStoreException;
import org.keuzevrij.web.Answers;
import org.keuzevrij.web.LanguageChoice;
import org.keuzevrij.web.PageRenderer;
import org.keuzevrij.web.access.Caller;
import org.keuzevrij.web.access.CsrfTokens;
import org.keuzevrij.web.access.Role;

/**
 * The admin page: reload the catalogue from its folder, and manage users, their roles, passwords
 * and API tokens. Every change is a small form that posts and comes back here (post, redirect,
 * get), except a new API token, which is shown on the answer itself because it is shown only once.
 */
public final class AdminPages {

  public static final String PATH = "/admin";
  public static final String TEMPLATE = "admin/admin";

  /** Session key for the outcome of the last change, shown once after the redirect. */
  private static final String NOTICE = "admin.notice";

  private final UserStore users;
  private final CatalogueReload reload;
  private final PageRenderer renderer;
  private final Vertx vertx;
  private final WorkerExecutor writes;

  public AdminPages(
      UserStore users,
      CatalogueReload reload,
      PageRenderer renderer,
      Vertx vertx,
      WorkerExecutor writes) {
    this.users = users;
    this.reload = reload;
    this.renderer = renderer;
    this.vertx = vertx;
    this.writes = writes;
  }

  public void show(RoutingContext ctx) {
    send(ctx, 200, notice(ctx), null, null, null);
  }

  public void setRole(RoutingContext ctx) {
    change(
        ctx,
        () -> {
          users.setRole(ctx.pathParam("name"), role(ctx.request().getFormAttribute("role")));
          return "admin.done.role";
        });
  }

  public void resetPassword(RoutingContext ctx) {
    change(
        ctx,
        () -> {
          users.resetPassword(ctx.pathParam("name"), ctx.request().getFormAttribute("password"));
          return "admin.done.password";
        });
  }

  public void removeUser(RoutingContext ctx) {
    change(
        ctx,
        () -> {
          users.remove(ctx.pathParam("name"));
          return "admin.done.removed";
        });
  }

  public void revokeToken(RoutingContext ctx) {
    change(
        ctx,
        () -> {
          users.revokeToken(ctx.pathParam("name"), ctx.pathParam("token"));
          return "admin.done.revoked";
        });
  }

  public void reload(RoutingContext ctx) {
    String user = Caller.of(ctx).orElseThrow().name();
    Answers.when(
        ctx,
        writes.executeBlocking(() -> reload.reload(user), false),
        outcome -> {
          ValueFormatter format = format(ctx);
          if (outcome.ok()) {
            ctx.session()
                .put(
                    NOTICE,
                    format.text(
                        "admin.reload.done",
                        outcome.changed(),
                        outcome.version().substring(0, 12)));
            redirect(ctx);
          } else {
            send(
                ctx,
                422,
                null,
                format.text("admin.reload.failed", outcome.problems().size()),
                outcome.problems(),
                null);
          }
        });
  }

  public void addUser(RoutingContext ctx) {
    String name = ctx.request().getFormAttribute("name");
    String password = ctx.request().getFormAttribute("password");
    String role = ctx.request().getFormAttribute("role");
    change(
        ctx,
        () -> {
          users.add(name == null ? "" : name.strip(), password, role(role));
          return "admin.done.added";
        });
  }

  public void createToken(RoutingContext ctx) {
    String name = ctx.request().getFormAttribute("label");
    call(
        ctx,
        () -> users.createToken(ctx.pathParam("name"), name),
        created ->
            send(
                ctx,
                200,
                format(ctx).text("admin.token.created", ctx.pathParam("name")),
                null,
                null,
                created.token()));
  }

  /**
   * Runs a change off the event loop (hashing and fsync block), then back to the admin page with a
   * notice.
   */
  private void change(RoutingContext ctx, Callable<String> change) {
    call(
        ctx,
        change,
        key -> {
          ctx.session()
              .put(
                  NOTICE,
                  format(ctx)
                      .text(
                          key,
                          ctx.pathParam("name") == null
                              ? ctx.request().getFormAttribute("name")
                              : ctx.pathParam("name")));
          redirect(ctx);
        });
  }

  private <T> void call(RoutingContext ctx, Callable<T> change, Consumer<T> answer) {
    Answers.when(
        ctx,
        vertx
            .executeBlocking(change, false)
            .recover(
                failure -> {
                  if (!(failure instanceof UserStoreException refused)) {
                    return Future.failedFuture(failure);
                  }
                  int status =
                      refused.reason() == UserStoreException.Reason.NOT_FOUND
                          ? 404
                          : refused.reason() == UserStoreException.Reason.CONFLICT ? 409 : 400;
                  send(
                      ctx,
                      status,
                      null,
                      format(ctx)
                          .text(
                              "admin.error."
                                  + refused.reason().name().toLowerCase(Locale.ROOT)
                                  + (refused.field() == null ? "" : "." + refused.field())),
                      null,
                      null);
                  return Future.succeededFuture(null);
                }),
        result -> {
          if (!ctx.response().ended()) {
            answer.accept(result);
          }
        });
  }

  private static Role role(String code) throws UserStoreException {
    return Role.fromCode(code)
        .orElseThrow(
            () ->
                new UserStoreException(
                    UserStoreException.Reason.INVALID, "role", "Choose a role."));
  }

  private void send(
      RoutingContext ctx,
      int status,
      String notice,
      String error,
      List<Problem> problems,
      String token) {
    ValueFormatter format = format(ctx);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("csrf", CsrfTokens.token(ctx));
    page.put("notice", notice);
    page.put("error", error);
    page.put(
        "problems",
        problems == null ? List.of() : problems.stream().map(Problem::toString).toList());
    page.put("token", token);
    page.put("me", Caller.of(ctx).orElseThrow().name());
    List<Map<String, Object>> list = new ArrayList<>();
    for (User user : users.all()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", user.name());
      row.put("id", EditForm.id("/" + user.name()));
      row.put("role", format.text("admin.role." + user.role().code()));
      row.put("roles", roles(format, user.role()));
      row.put("tokens", user.tokens().stream().map(t -> tokenRow(format, t)).toList());
      list.add(row);
    }
    page.put("users", list);
    page.put("newRoles", roles(format, Role.EDITOR));
    renderer.send(ctx, status, TEMPLATE, format.text("admin.title"), page);
  }

  private static List<Map<String, Object>> roles(ValueFormatter format, Role current) {
    List<Map<String, Object>> roles = new ArrayList<>();
    for (Role role : Role.values()) {
      roles.add(
          Map.of(
              "value",
              role.code(),
              "label",
              format.text("admin.role." + role.code()),
              "selected",
              role == current));
    }
    return roles;
  }

  private static Map<String, Object> tokenRow(ValueFormatter format, ApiToken token) {
    return Map.of(
        "id",
        token.id(),
        "label",
        token.label(),
        "created",
        format.date(token.created().toString().substring(0, 10)));
  }

  private String notice(RoutingContext ctx) {
    return Optional.ofNullable(ctx.session())
        .map(session -> session.<String>remove(NOTICE))
        .orElse(null);
  }

  private ValueFormatter format(RoutingContext ctx) {
    return new ValueFormatter(renderer.messages(), LanguageChoice.of(ctx), null);
  }

  private static void redirect(RoutingContext ctx) {
    ctx.response().setStatusCode(303).putHeader("Location", PATH).end();
  }
}
