package org.keuzevrij.admin;

import org.keuzevrij.editing.Control;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.keuzevrij.users.ApiToken;
import org.keuzevrij.web.access.Role;
import org.keuzevrij.users.User;
import org.keuzevrij.users.UserStore;
import org.keuzevrij.users.UserStoreException;
import org.keuzevrij.catalogue.Problem;
import org.keuzevrij.editing.CatalogueReload;
import org.keuzevrij.web.Answers;
import org.keuzevrij.browse.CatalogueApi;
import org.keuzevrij.web.Problems;
import org.keuzevrij.web.access.Access;
import org.keuzevrij.web.access.Caller;

/** Admin-only API: reload the catalogue from its folder, and manage users and their API tokens. */
public final class AdminApi {

  static final String ADMIN = CatalogueApi.PREFIX + "/admin";

  private final UserStore users;
  private final CatalogueReload reload;
  private final Access access;
  private final Vertx vertx;
  private final WorkerExecutor writes;

  public AdminApi(UserStore users, CatalogueReload reload, Access access, Vertx vertx, WorkerExecutor writes) {
    this.users = users;
    this.reload = reload;
    this.access = access;
    this.vertx = vertx;
    this.writes = writes;
  }

  /** Mount before the read API: {@code /api/v1/admin/users} would otherwise look like an entity address. */
  public void mount(Router router) {
    router.get(CatalogueApi.PREFIX + "/me").handler(access.api(Role.VIEWER)).handler(AdminApi::me);
    router.post(ADMIN + "/reload").handler(access.api(Role.ADMIN)).handler(this::reload);
    router.get(ADMIN + "/users").handler(access.api(Role.ADMIN)).handler(this::list);
    router.put(ADMIN + "/users/:name").handler(access.api(Role.ADMIN)).handler(this::putUser);
    router.delete(ADMIN + "/users/:name").handler(access.api(Role.ADMIN)).handler(this::deleteUser);
    router.post(ADMIN + "/users/:name/tokens").handler(access.api(Role.ADMIN)).handler(this::createToken);
    router.delete(ADMIN + "/users/:name/tokens/:token").handler(access.api(Role.ADMIN)).handler(this::revokeToken);
  }

  private static void me(RoutingContext ctx) {
    var caller = Caller.of(ctx).orElseThrow();
    json(ctx, 200, new JsonObject().put("name", caller.name()).put("role", caller.role().code()));
  }

  private void reload(RoutingContext ctx) {
    String user = Caller.of(ctx).orElseThrow().name();
    Answers.when(ctx, writes.executeBlocking(() -> reload.reload(user), false), outcome -> {
      if (outcome.ok()) {
        json(ctx, 200, new JsonObject().put("version", outcome.version()).put("changed", outcome.changed()));
        return;
      }
      JsonArray errors = new JsonArray();
      for (Problem problem : outcome.problems()) {
        errors.add(new JsonObject().put("file", problem.file()).put("pointer", problem.pointer())
            .put("detail", problem.message()));
      }
      Problems.send(ctx, Problems.problem(422, "The catalogue folder has " + outcome.problems().size()
          + " problem(s); the catalogue served is unchanged (version " + outcome.version() + ").")
          .put("version", outcome.version()).put("errors", errors));
    });
  }

  private void list(RoutingContext ctx) {
    JsonArray items = new JsonArray();
    users.all().forEach(user -> items.add(toJson(user)));
    json(ctx, 200, new JsonObject().put("items", items));
  }

  /** Creates a user (a password is then required) or changes the role and/or password of an existing one. */
  private void putUser(RoutingContext ctx) {
    Optional<JsonObject> body = body(ctx);
    if (body.isEmpty()) {
      return;
    }
    String name = ctx.pathParam("name");
    String password = body.get().getValue("password") instanceof String text ? text : null;
    Object roleValue = body.get().getValue("role");
    Optional<Role> role = roleValue instanceof String code ? Role.fromCode(code) : Optional.empty();
    if (roleValue != null && role.isEmpty()) {
      invalid(ctx, "role", "Choose a role: viewer, editor or admin.");
      return;
    }
    boolean exists = users.find(name).isPresent();
    if (!exists && role.isEmpty()) {
      invalid(ctx, "role", "A new user needs a role: viewer, editor or admin.");
      return;
    }
    call(ctx, () -> {
      if (!exists) {
        users.add(name, password, role.get());
      } else {
        if (role.isPresent()) {
          users.setRole(name, role.get());
        }
        if (password != null) {
          users.resetPassword(name, password);
        }
      }
      return users.find(name).orElseThrow();
    }, user -> json(ctx, exists ? 200 : 201, toJson(user)));
  }

  private void deleteUser(RoutingContext ctx) {
    String name = ctx.pathParam("name");
    call(ctx, () -> {
      users.remove(name);
      return name;
    }, done -> ctx.response().setStatusCode(204).end());
  }

  private void createToken(RoutingContext ctx) {
    Optional<JsonObject> body = body(ctx);
    if (body.isEmpty()) {
      return;
    }
    String name = ctx.pathParam("name");
    String label = body.get().getValue("label") instanceof String text ? text : null;
    call(ctx, () -> users.createToken(name, label), created -> json(ctx, 201,
        tokenJson(created.stored()).put("token", created.token())));
  }

  private void revokeToken(RoutingContext ctx) {
    String name = ctx.pathParam("name");
    String token = ctx.pathParam("token");
    call(ctx, () -> {
      users.revokeToken(name, token);
      return token;
    }, done -> ctx.response().setStatusCode(204).end());
  }

  /** Runs a user-store change off the event loop (hashing and fsync both block), mapping its refusals to problems. */
  private <T> void call(RoutingContext ctx, Callable<T> change, Consumer<T> answer) {
    Answers.when(ctx, vertx.executeBlocking(change, false).recover(failure -> {
      if (!(failure instanceof UserStoreException refused)) {
        return Future.failedFuture(failure);
      }
      int status = switch (refused.reason()) {
        case INVALID -> 400;
        case NOT_FOUND -> 404;
        case CONFLICT -> 409;
      };
      JsonObject problem = Problems.problem(status, refused.getMessage());
      if (status == 400 && refused.field() != null) {
        problem.put("invalid-params", new JsonArray().add(new JsonObject().put("name", refused.field())
            .put("reason", refused.getMessage())));
      }
      Problems.send(ctx, problem);
      return Future.succeededFuture(null);
    }), result -> {
      if (!ctx.response().ended()) {
        answer.accept(result);
      }
    });
  }

  private static Optional<JsonObject> body(RoutingContext ctx) {
    try {
      JsonObject body = ctx.body().asJsonObject();
      if (body == null) {
        Problems.send(ctx, Problems.problem(400, "Send a JSON object."));
        return Optional.empty();
      }
      return Optional.of(body);
    } catch (DecodeException | ClassCastException e) {
      Problems.send(ctx, Problems.problem(400, "The body is not a JSON object."));
      return Optional.empty();
    }
  }

  private static void invalid(RoutingContext ctx, String field, String reason) {
    Problems.send(ctx, Problems.problem(400, reason)
        .put("invalid-params", new JsonArray().add(new JsonObject().put("name", field).put("reason", reason))));
  }

  private static JsonObject toJson(User user) {
    JsonArray tokens = new JsonArray();
    user.tokens().forEach(token -> tokens.add(tokenJson(token)));
    return new JsonObject().put("name", user.name()).put("role", user.role().code()).put("tokens", tokens);
  }

  private static JsonObject tokenJson(ApiToken token) {
    return new JsonObject().put("id", token.id()).put("label", token.label()).put("created", token.created().toString());
  }

  private static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
        .putHeader("Cache-Control", "no-store").end(body.encode());
  }
}
