package org.keuzevrij.comparison;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.comparison.Comparison;
import org.keuzevrij.comparison.EvaluationInput;
import org.keuzevrij.comparison.InvalidRequestException;
import org.keuzevrij.comparison.QueryResolver;
import org.keuzevrij.comparison.Violation;
import org.keuzevrij.comparison.workbook.ComparisonWorkbook;
import org.keuzevrij.web.Language;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.web.Problems;
import org.keuzevrij.xlsx.Attachment;

/**
 * Evaluations: {@code POST /api/v1/evaluations} with a JSON body, the same question as a shareable
 * {@code GET /api/v1/evaluations?usecase=..&offering=..}, and {@code GET /api/v1/evaluations.xlsx} for the workbook.
 * Scoring and POI run on worker threads, never on the event loop.
 */
public final class EvaluationApi {

  private final SnapshotHolder snapshots;
  private final QueryResolver resolver;

  public EvaluationApi(SnapshotHolder snapshots, QueryResolver resolver) {
    this.snapshots = snapshots;
    this.resolver = resolver;
  }

  /** Mount before the catalogue API, whose {@code /api/v1/:kind} would otherwise take these paths. */
  public void mount(Router router) {
    router.post(Comparison.API_PATH).handler(this::evaluateBody);
    router.get(Comparison.API_PATH).handler(this::evaluateQuery);
    router.get(Comparison.WORKBOOK_PATH).handler(this::downloadWorkbook);
  }

  private void evaluateBody(RoutingContext ctx) {
    JsonNode body;
    try {
      body = CanonicalJson.read(ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes());
    } catch (IOException e) {
      invalid(ctx, List.of(new Violation("", null, "The body is not valid JSON.")));
      return;
    }
    EvaluationInput input;
    try {
      input = resolver.resolve(QueryParser.fromJson(body), snapshots.get(), false);
    } catch (InvalidRequestException e) {
      invalid(ctx, e.violations());
      return;
    }
    answer(ctx, input);
  }

  private void evaluateQuery(RoutingContext ctx) {
    EvaluationInput input = fromParameters(ctx);
    if (input != null) {
      answer(ctx, input);
    }
  }

  private void downloadWorkbook(RoutingContext ctx) {
    String lang = ctx.request().getParam("lang", Language.NL.code());
    Language language = Language.fromCode(lang).orElse(null);
    if (language == null) {
      invalid(ctx, List.of(new Violation("/lang", "lang", "The language must be nl or en.")));
      return;
    }
    EvaluationInput input = fromParameters(ctx);
    if (input == null) {
      return;
    }
    ctx.vertx().executeBlocking(() -> {
      Comparison comparison = Comparison.run(input, now());
      return new Download(ComparisonWorkbook.fileName(comparison, language),
          ComparisonWorkbook.write(comparison, language));
    }, false).onSuccess(download -> ctx.response()
        .putHeader("Content-Type", Attachment.CONTENT_TYPE)
        .putHeader("Content-Disposition", Attachment.disposition(download.name()))
        .putHeader("Cache-Control", "no-store")
        .end(Buffer.buffer(download.bytes()))).onFailure(ctx::fail);
  }

  private record Download(String name, byte[] bytes) {}

  /** The checked input, or null after answering 400. */
  private EvaluationInput fromParameters(RoutingContext ctx) {
    try {
      return resolver.resolve(QueryParser.fromParameters(ctx::queryParam, ctx.queryParams().names()),
          snapshots.get(), true);
    } catch (InvalidRequestException e) {
      invalid(ctx, e.violations());
      return null;
    }
  }

  private static void answer(RoutingContext ctx, EvaluationInput input) {
    ctx.vertx().executeBlocking(() -> CanonicalJson.compact(Comparison.run(input, now()).json()), false)
        .onSuccess(bytes -> ctx.response()
            .putHeader("Content-Type", "application/json")
            .putHeader("Cache-Control", "no-store")
            .end(Buffer.buffer(bytes)))
        .onFailure(ctx::fail);
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  /** 400 as problem details; each error carries the JSON pointer of the offending value, as RFC 9457 suggests. */
  static void invalid(RoutingContext ctx, List<Violation> violations) {
    JsonArray errors = new JsonArray();
    JsonArray parameters = new JsonArray();
    for (Violation violation : violations) {
      JsonObject error = new JsonObject().put("pointer", violation.pointer()).put("detail", violation.detail());
      if (violation.parameter() != null) {
        error.put("parameter", violation.parameter());
        parameters.add(new JsonObject().put("name", violation.parameter()).put("reason", violation.detail()));
      }
      errors.add(error);
    }
    JsonObject problem = Problems.problem(400, violations.size() == 1 ? violations.get(0).detail()
        : "The evaluation request has " + violations.size() + " problems; see errors.").put("errors", errors);
    if (!parameters.isEmpty()) {
      problem.put("invalid-params", parameters);
    }
    Problems.send(ctx, problem);
  }
}
