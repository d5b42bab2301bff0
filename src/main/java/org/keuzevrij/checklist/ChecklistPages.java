package org.keuzevrij.checklist;

import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.checklist.clauses.ProcurementCase;
import org.keuzevrij.web.InvalidInput;
import org.keuzevrij.web.LanguageChoice;
import org.keuzevrij.web.PageRenderer;

/**
 * {@code /checklists?usecase=…&offering=…}: the clause checklist for one use case and one offering
 * as a page, in the reader's language, with the workbook download. Without both parameters it shows
 * the form to choose them.
 */
public final class ChecklistPages {

  private final SnapshotHolder snapshots;
  private final Checklists checklists;
  private final PageRenderer renderer;

  public ChecklistPages(SnapshotHolder snapshots, Checklists checklists, PageRenderer renderer) {
    this.snapshots = snapshots;
    this.checklists = checklists;
    this.renderer = renderer;
  }

  public void page(RoutingContext ctx) {
    Snapshot snapshot = snapshots.get();
    ChecklistPage page = new ChecklistPage(renderer.messages(), LanguageChoice.of(ctx), snapshot);
    Function<String, String> parameter;
    try {
      parameter = ctx.request().params()::get;
    } catch (IllegalArgumentException malformedQuery) {
      renderer.sendError(ctx, 400, null);
      return;
    }
    String usecase = parameter.apply(ChecklistPage.USECASE);
    String offering = parameter.apply(ChecklistPage.OFFERING);
    if (usecase == null && offering == null) {
      renderer.send(
          ctx, 200, ChecklistPage.TEMPLATE, page.title(), page.form(null, null, null, null));
      return;
    }
    ChecklistRequest request;
    try {
      // The page's language comes from the layout's choice (parameter or cookie), not from a strict
      // parameter.
      request =
          ChecklistRequest.from(
              name -> "lang".equals(name) ? page.language().code() : parameter.apply(name));
    } catch (InvalidInput e) {
      String given = parameter.apply(e.parameter());
      invalid(
          ctx,
          page,
          usecase,
          offering,
          e.parameter(),
          given == null || given.isEmpty() ? ".missing" : "");
      return;
    }
    if (!page.exists(Kind.USECASE, request.usecase())) {
      notFound(ctx, page, request, ChecklistPage.USECASE);
      return;
    }
    ProcurementCase procurementCase =
        ProcurementCase.of(snapshot, request.usecase(), request.offering()).orElse(null);
    if (procurementCase == null) {
      notFound(ctx, page, request, ChecklistPage.OFFERING);
      return;
    }
    checklists
        .builder(ctx.vertx().getOrCreateContext())
        .onFailure(ctx::fail)
        .onSuccess(
            builder ->
                renderer.send(
                    ctx,
                    200,
                    ChecklistPage.TEMPLATE,
                    page.title() + ": " + procurementCase.usecaseName(page.language()),
                    page.withChecklist(request, builder.build(procurementCase, page.language()))));
  }

  private void invalid(
      RoutingContext ctx,
      ChecklistPage page,
      String usecase,
      String offering,
      String field,
      String suffix) {
    String error =
        renderer.messages().text(LanguageChoice.of(ctx), "checklist.invalid." + field + suffix);
    renderer.send(
        ctx, 400, ChecklistPage.TEMPLATE, page.title(), page.form(usecase, offering, field, error));
  }

  private void notFound(
      RoutingContext ctx, ChecklistPage page, ChecklistRequest request, String field) {
    String error = renderer.messages().text(LanguageChoice.of(ctx), "checklist.unknown." + field);
    renderer.send(
        ctx,
        404,
        ChecklistPage.TEMPLATE,
        page.title(),
        page.form(request.usecase(), request.offering(), field, error));
  }
}
