package org.keuzevrij.web;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Error answers as RFC 9457 problem details, so API clients get one shape for every failure. */
public final class Problems {

  public static final String CONTENT_TYPE = "application/problem+json";

  private Problems() {}

  public static JsonObject problem(int status, String detail) {
    return new JsonObject()
        .put("type", "about:blank")
        .put("title", HttpResponseStatus.valueOf(status).reasonPhrase())
        .put("status", status)
        .put("detail", detail);
  }

  public static void send(RoutingContext ctx, JsonObject problem) {
    ctx.response()
        .setStatusCode(problem.getInteger("status"))
        .putHeader("Content-Type", CONTENT_TYPE)
        .putHeader("Cache-Control", "no-store")
        .end(problem.put("instance", ctx.request().path()).encode());
  }

  public static void notFound(RoutingContext ctx, String detail) {
    send(ctx, problem(404, detail));
  }

  /** A bad query parameter: named in {@code invalid-params}, as RFC 9457 suggests. */
  public static void invalidParameter(RoutingContext ctx, String name, String reason) {
    send(ctx, problem(400, "Query parameter \"" + name + "\" " + reason + ".")
        .put("invalid-params", new JsonArray().add(new JsonObject().put("name", name).put("reason", reason))));
  }
}
