package org.keuzevrij.admin;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.keuzevrij.browse.CatalogueApi;
import org.keuzevrij.catalogue.Problem;
import org.keuzevrij.editing.CatalogueReload;
import org.keuzevrij.users.ApiToken;
import org.keuzevrij.users.User;
import org.keuzevrij.users.UserStore;
import org.keuzevrij.users.UserStoreException;
import org.keuzevrij.web.Answers;
import org.keuzevrij.web.InvalidInput;
import org.keuzevrij.web.InvalidInput.Violation;
import org.keuzevrij.web.Problems;
import org.keuzevrij.web.access.Caller;
import org.keuzevrij.web.access.Role;

/** Admin-only API: reload the catalogue from its folder, and manage users and their API tokens. */
public final class AdminApi {

  static final String ADMIN = CatalogueApi.PREFIX + "/admin";

  private final UserStore users;
  private final CatalogueReload reload;
  private final Vertx vertx;
  private final WorkerExecutor writes;

  public AdminApi(UserStore users, CatalogueReload reload, Vertx vertx, WorkerExecutor writes) {
    this.users = users;
    this.reload = reload;
    this.vertx = vertx;
    this.writes = writes;
  }

  public static void me(RoutingContext ctx) {
    var caller = Caller.of(ctx).orElseThrow();
    json(ctx, 200, new JsonObject().put("name", caller.name()).put("role", caller.role().code()));
  }

  public void reload(RoutingContext ctx) {
    String user = Caller.of(ctx).orElseThrow().name();
    Answers.when(
        ctx,
        writes.executeBlocking(() -> reload.reload(user), false),
        outcome -> {
          if (outcome.ok()) {
            json(
                ctx,
                200,
                new JsonObject()
                    .put("version", outcome.version())
                    .put("changed", outcome.changed()));
            return;
          }
          JsonArray errors = new JsonArray();
          for (Problem problem : outcome.problems()) {
            errors.add(
                new JsonObject()
                    .put("file", problem.file())
                    .put("pointer", problem.pointer())
                    .put("detail", problem.message()));
          }
          Problems.send(
              ctx,
              Problems.problem(
                      422,
                      "The catalogue folder has "
                          + outcome.problems().size()
                          + " problem(s); the catalogue served is unchanged (version "
                          + outcome.version()
                          + ").")
                  .put("version", outcome.version())
                  .put("errors", errors));
        });
  }

  public void list(RoutingContext ctx) {
    JsonArray items = new JsonArray();
    users.all().forEach(user -> items.add(toJson(user)));
    json(ctx, 200, new JsonObject().put("items", items));
  }

  /**
   * Creates a user (a password is then required) or changes the role and/or password of an existing
   * one.
   */
  public void putUser(RoutingContext ctx) {
    JsonObject body = body(ctx);
    String name = ctx.pathParam("name");
    String password = body.getValue("password") instanceof String text ? text : null;
    Object roleValue = body.getValue("role");
    Optional<Role> role = roleValue instanceof String code ? Role.fromCode(code) : Optional.empty();
    if (roleValue != null && role.isEmpty()) {
      throw invalid("role", "Choose a role: viewer, editor or admin.");
    }
    boolean exists = users.find(name).isPresent();
    if (!exists && role.isEmpty()) {
      throw invalid("role", "A new user needs a role: viewer, editor or admin.");
    }
    call(
        ctx,
        () -> {
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
        },
        user -> json(ctx, exists ? 200 : 201, toJson(user)));
  }

  public void deleteUser(RoutingContext ctx) {
    String name = ctx.pathParam("name");
    call(
        ctx,
        () -> {
          users.remove(name);
          return name;
        },
        done -> ctx.response().setStatusCode(204).end());
  }

  public void createToken(RoutingContext ctx) {
    JsonObject body = body(ctx);
    String name = ctx.pathParam("name");
    String label = body.getValue("label") instanceof String text ? text : null;
    call(
        ctx,
        () -> users.createToken(name, label),
        created -> json(ctx, 201, tokenJson(created.stored()).put("token", created.token())));
  }

  public void revokeToken(RoutingContext ctx) {
    String name = ctx.pathParam("name");
    String token = ctx.pathParam("token");
    call(
        ctx,
        () -> {
          users.revokeToken(name, token);
          return token;
        },
        done -> ctx.response().setStatusCode(204).end());
  }

  /**
   * Runs a user-store change off the event loop (hashing and fsync both block), mapping its
   * refusals to problems.
   */
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
                      switch (refused.reason()) {
                        case INVALID -> 400;
                        case NOT_FOUND -> 404;
                        case CONFLICT -> 409;
                      };
                  return Future.failedFuture(
                      new InvalidInput(
                          status,
                          refused.getMessage(),
                          status == 400 && refused.field() != null
                              ? List.of(Violation.parameter(refused.field(), refused.getMessage()))
                              : List.of()));
                }),
        answer);
  }

  private static JsonObject body(RoutingContext ctx) {
    JsonObject body;
    try {
      body = ctx.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      throw new InvalidInput(400, "The body is not a JSON object.");
    }
    if (body == null) {
      throw new InvalidInput(400, "Send a JSON object.");
    }
    return body;
  }

  private static InvalidInput invalid(String field, String reason) {
    return new InvalidInput(reason, List.of(Violation.parameter(field, reason)));
  }

  private static JsonObject toJson(User user) {
    JsonArray tokens = new JsonArray();
    user.tokens().forEach(token -> tokens.add(tokenJson(token)));
    return new JsonObject()
        .put("name", user.name())
        .put("role", user.role().code())
        .put("tokens", tokens);
  }

  private static JsonObject tokenJson(ApiToken token) {
    return new JsonObject()
        .put("id", token.id())
        .put("label", token.label())
        .put("created", token.created().toString());
  }

  private static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .putHeader("Cache-Control", "no-store")
        .end(body.encode());
  }
}
