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

  /**
   * Invalid input as problem details: violations with a JSON pointer are listed in {@code errors}
   * (with their parameter, if any), and violations naming a parameter in {@code invalid-params}, as
   * RFC 9457 suggests.
   */
  public static JsonObject invalid(InvalidInput invalid) {
    JsonArray errors = new JsonArray();
    JsonArray parameters = new JsonArray();
    for (InvalidInput.Violation violation : invalid.violations()) {
      if (violation.pointer() != null) {
        JsonObject error =
            new JsonObject().put("pointer", violation.pointer()).put("detail", violation.detail());
        if (violation.parameter() != null) {
          error.put("parameter", violation.parameter());
        }
        errors.add(error);
      }
      if (violation.parameter() != null) {
        parameters.add(
            new JsonObject().put("name", violation.parameter()).put("reason", violation.detail()));
      }
    }
    JsonObject problem = problem(invalid.status(), invalid.detail());
    if (!errors.isEmpty()) {
      problem.put("errors", errors);
    }
    if (!parameters.isEmpty()) {
      problem.put("invalid-params", parameters);
    }
    return problem;
  }
}
