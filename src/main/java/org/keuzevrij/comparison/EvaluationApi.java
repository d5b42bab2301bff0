package org.keuzevrij.comparison;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.comparison.workbook.ComparisonWorkbook;
import org.keuzevrij.web.InvalidInput.Violation;
import org.keuzevrij.web.JsonBodies;
import org.keuzevrij.web.Language;
import org.keuzevrij.web.WorkPool;
import org.keuzevrij.xlsx.Attachment;

/**
 * Evaluations: {@code POST /api/v1/evaluations} with a JSON body, the same question as a shareable
 * {@code GET /api/v1/evaluations?usecase=..&offering=..}, and {@code GET /api/v1/evaluations.xlsx}
 * for the workbook. Scoring and POI run on bounded worker pools, never on the event loop; a full
 * pool answers 503.
 */
public final class EvaluationApi {

  private final SnapshotHolder snapshots;
  private final QueryResolver resolver;
  private final WorkPool evaluations;
  private final WorkPool workbooks;

  public EvaluationApi(
      SnapshotHolder snapshots, QueryResolver resolver, WorkPool evaluations, WorkPool workbooks) {
    this.snapshots = snapshots;
    this.resolver = resolver;
    this.evaluations = evaluations;
    this.workbooks = workbooks;
  }

  public void evaluateBody(RoutingContext ctx) {
    JsonBodies.requireJson(ctx, "the evaluation request");
    JsonNode body;
    try {
      body =
          CanonicalJson.read(
              ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes());
    } catch (IOException e) {
      throw QueryParser.invalid(List.of(Violation.at("", "The body is not valid JSON.")));
    }
    answer(ctx, resolver.resolve(QueryParser.fromJson(body), snapshots.get(), false));
  }

  public void evaluateQuery(RoutingContext ctx) {
    answer(ctx, fromParameters(ctx));
  }

  public void downloadWorkbook(RoutingContext ctx) {
    String lang = ctx.request().getParam("lang", Language.NL.code());
    Language language = Language.fromCode(lang).orElse(null);
    if (language == null) {
      throw QueryParser.invalid(
          List.of(new Violation("/lang", "lang", "The language must be nl or en.")));
    }
    EvaluationInput input = fromParameters(ctx);
    workbooks
        .submit(
            () -> {
              Comparison comparison = Comparison.run(input, now());
              return new Download(
                  ComparisonWorkbook.fileName(comparison, language),
                  ComparisonWorkbook.write(comparison, language));
            })
        .onSuccess(
            download ->
                ctx.response()
                    .putHeader("Content-Type", Attachment.CONTENT_TYPE)
                    .putHeader("Content-Disposition", Attachment.disposition(download.name()))
                    .putHeader("Cache-Control", "no-store")
                    .end(Buffer.buffer(download.bytes())))
        .onFailure(ctx::fail);
  }

  private record Download(String name, byte[] bytes) {}

  private EvaluationInput fromParameters(RoutingContext ctx) {
    return resolver.resolve(
        QueryParser.fromParameters(ctx::queryParam, ctx.queryParams().names()),
        snapshots.get(),
        true);
  }

  private void answer(RoutingContext ctx, EvaluationInput input) {
    evaluations
        .submit(() -> CanonicalJson.compact(Comparison.run(input, now()).json()))
        .onSuccess(
            bytes ->
                ctx.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "no-store")
                    .end(Buffer.buffer(bytes)))
        .onFailure(ctx::fail);
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }
}
