package org.keuzevrij.comparison;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keuzevrij.browse.CatalogueQuery;
import org.keuzevrij.browse.ValueFormatter;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.costs.CostChanges;
import org.keuzevrij.costs.CostForm;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.Evaluator;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.scoring.UseCase;
import org.keuzevrij.scoring.Weights;
import org.keuzevrij.web.InvalidInput;
import org.keuzevrij.web.LanguageChoice;
import org.keuzevrij.web.PageRenderer;
import org.keuzevrij.web.WorkPool;

/**
 * The compare page, {@code GET /compare}: the same query parameters as {@code GET
 * /api/v1/evaluations}, plus the catalogue filters for the shortlist, so a comparison is a link
 * that can be shared and reopened. Everything works with plain form submits; {@code
 * /assets/compare.js} only adds live recalculation while weights are edited.
 */
public final class ComparisonPages {

  public static final String TEMPLATE = "comparison/compare";

  private final SnapshotHolder snapshots;
  private final QueryResolver resolver;
  private final PageRenderer renderer;
  private final WorkPool evaluations;

  /**
   * @param evaluations the pool comparisons run on, shared with the evaluation API
   */
  public ComparisonPages(
      SnapshotHolder snapshots,
      QueryResolver resolver,
      PageRenderer renderer,
      WorkPool evaluations) {
    this.snapshots = snapshots;
    this.resolver = resolver;
    this.renderer = renderer;
    this.evaluations = evaluations;
  }

  /** The resolver the evaluation API shares, so both check requests alike. */
  public QueryResolver resolver() {
    return resolver;
  }

  public void compare(RoutingContext ctx) {
    MultiMap parameters;
    try {
      parameters = ctx.queryParams();
    } catch (IllegalArgumentException malformedQuery) {
      renderer.sendError(ctx, 400, null);
      return;
    }
    Snapshot snapshot = snapshots.get();
    ValueFormatter format =
        new ValueFormatter(renderer.messages(), LanguageChoice.of(ctx), snapshot.catalogue());
    PageErrors errors = new PageErrors(format);
    CatalogueQuery filters = filters(parameters, errors);
    Selection selection = Selection.of(parameters, snapshot);
    EvaluationInput input = null;
    if (selection.wantsComparison()) {
      try {
        input =
            resolver.resolve(
                QueryParser.fromParameters(
                    parameters::getAll, selection.parameterNames(parameters)),
                snapshot,
                true);
      } catch (InvalidInput e) {
        errors.add(e.violations(), selection.offerings());
      }
    }
    EvaluationInput checked = errors.any() ? null : input;
    evaluations
        .submit(
            () -> {
              Map<String, Object> page = new LinkedHashMap<>();
              Map<String, OptionResult> quick = provisional(snapshot, selection, checked);
              page.put(
                  "form",
                  CompareForm.of(
                      snapshot, format, selection, filters, quick, errors.weightErrors()));
              page.put("errors", errors.list());
              page.put("costs", costForm(snapshot, selection, parameters, checked, errors, format));
              page.put(
                  "result",
                  checked == null
                      ? null
                      : CompareResult.of(Comparison.run(checked, now()), format));
              return page;
            })
        .onSuccess(
            page ->
                renderer.send(
                    ctx, errors.any() ? 400 : 200, TEMPLATE, format.text("compare.title"), page))
        .onFailure(ctx::fail);
  }

  /**
   * The cost fields, once a use case is chosen: the values in use, or what was typed for a field
   * that could not be read.
   */
  private static CostForm costForm(
      Snapshot snapshot,
      Selection selection,
      MultiMap parameters,
      EvaluationInput checked,
      PageErrors errors,
      ValueFormatter format) {
    Entity useCase = chosenUseCase(snapshot, selection);
    if (useCase == null) {
      return null;
    }
    Map<String, String> typed = new HashMap<>();
    if (selection.costsApply()) {
      for (String name : parameters.names()) {
        if (name.startsWith(EvaluationQuery.COST_PREFIX)) {
          typed.put(name.substring(EvaluationQuery.COST_PREFIX.length()), parameters.get(name));
        }
      }
    }
    return CostForm.of(
        selection.profile(),
        new UseCase(useCase.id(), useCase.json()),
        checked == null ? CostChanges.NONE : checked.query().costs(),
        typed,
        errors.costErrors(),
        Selection.costsFor(selection.useCase(), selection.profile()),
        format);
  }

  private static CatalogueQuery filters(MultiMap parameters, PageErrors errors) {
    try {
      return CatalogueQuery.from(parameters::get);
    } catch (InvalidInput e) {
      errors.filter(e.parameter());
      return CatalogueQuery.none();
    }
  }

  /** The use case the form names, if the catalogue has it. */
  private static Entity chosenUseCase(Snapshot snapshot, Selection selection) {
    return selection.useCase() == null
        ? null
        : snapshot.catalogue().find(Kind.USECASE, selection.useCase()).orElse(null);
  }

  /**
   * Provisional totals for every offering in the list, so the officer sees what is knocked out
   * before choosing it; only once a use case is chosen, since knock-outs depend on it.
   */
  private static Map<String, OptionResult> provisional(
      Snapshot snapshot, Selection selection, EvaluationInput input) {
    Map<String, OptionResult> provisional = new HashMap<>();
    Entity useCase = chosenUseCase(snapshot, selection);
    if (useCase == null) {
      return provisional;
    }
    Weights weights = input == null ? selection.profile().weights() : input.weights();
    List<String> all = snapshot.catalogue().all(Kind.OFFERING).stream().map(Entity::id).toList();
    Evaluation evaluation =
        Evaluator.evaluate(
            snapshot,
            new UseCase(useCase.id(), useCase.json()),
            selection.profile(),
            weights,
            all,
            now());
    evaluation.ranked().forEach(result -> provisional.put(result.id(), result));
    evaluation.excluded().forEach(result -> provisional.put(result.id(), result));
    evaluation.unfit().forEach(result -> provisional.put(result.id(), result));
    return provisional;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }
}
