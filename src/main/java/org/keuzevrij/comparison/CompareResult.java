package org.keuzevrij.comparison;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keuzevrij.browse.PagePaths;
import org.keuzevrij.browse.SourceLink;
import org.keuzevrij.browse.ValueFormatter;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.comparison.sensitivity.SensitivityResult;
import org.keuzevrij.comparison.sensitivity.TippingPoint;
import org.keuzevrij.comparison.sensitivity.WinShare;
import org.keuzevrij.costs.Cost;
import org.keuzevrij.costs.CostView;
import org.keuzevrij.costs.Costs;
import org.keuzevrij.scoring.Assessment;
import org.keuzevrij.scoring.Criteria;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.Fit;
import org.keuzevrij.scoring.KnockOut;
import org.keuzevrij.scoring.Line;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.scoring.Unknown;
import org.keuzevrij.web.Language;

/**
 * The compare page's result: ranking with score bars, options that do not fit, knock-outs,
 * breakdown, reasons, sensitivity and questions.
 */
public record CompareResult(
    Summary summary,
    List<RankedRow> ranking,
    List<ExcludedRow> unfit,
    List<ExcludedRow> excluded,
    List<String> breakdownHeaders,
    List<BreakdownRow> breakdown,
    List<OptionDetail> details,
    SensitivityView sensitivity,
    CostView costs,
    Links links) {

  private static final String CLIMATE = "climate";

  /** Where the checklist pages live (another part of the app builds them). */
  static final String CHECKLISTS = "/checklists";

  public record Summary(
      String useCase,
      String useCaseHref,
      String profile,
      String profileHref,
      String version,
      String catalogueVersion,
      String changed,
      List<String> assumptions) {}

  /**
   * {@code bar} is the total on the 0-100 scale of the SVG bar, {@code scores} the criterion scores
   * for live recalculation.
   */
  public record RankedRow(
      int rank,
      String id,
      String name,
      String href,
      String anchor,
      String supplier,
      String fit,
      String total,
      String bar,
      String barLabel,
      String checklistHref,
      String checklistLabel,
      String scores,
      int questions) {}

  public record ExcludedRow(
      String name, String href, String anchor, String supplier, List<Rule> rules) {}

  public record Rule(String name, List<LineView> reasons) {}

  public record BreakdownRow(String criterion, String weight, List<String> scores) {}

  public record OptionDetail(
      String anchor,
      String name,
      String href,
      String headline,
      Rule fit,
      List<CriterionView> criteria,
      List<QuestionView> questions,
      int questionCount) {}

  public record CriterionView(
      String name, String score, String weight, String points, List<LineView> lines) {}

  /** {@code quoteLang} marks catalogue text, which is English, on a Dutch page. */
  public record LineView(
      String text,
      String quote,
      String quoteLang,
      String points,
      SourceLink source,
      boolean detail) {}

  /**
   * @param kind the kind of unknown ("not disclosed by the supplier", "not yet researched"), or
   *     null when the catalogue does not say
   * @param notDisclosed whether the supplier's public pages say nothing: a finding in itself
   */
  public record QuestionView(
      String subject, String question, String usedBy, String kind, boolean notDisclosed) {}

  public record SensitivityView(
      String winner, List<TippingRow> tipping, List<ShareRow> shares, String sharesIntro) {}

  public record TippingRow(
      String criterion, String weight, String range, String below, String above) {}

  public record ShareRow(String name, String percent, String bar) {}

  public record Links(String share, String json, String workbookNl, String workbookEn) {}

  static CompareResult of(Comparison comparison, ValueFormatter format) {
    Evaluation evaluation = comparison.evaluation();
    Map<String, String> names = new HashMap<>();
    all(evaluation).forEach(r -> names.put(r.id(), r.option().offering().name()));
    List<String> headers =
        evaluation.ranked().stream().map(r -> r.option().offering().name()).toList();
    String query = comparison.input().query().queryString();
    return new CompareResult(
        summary(evaluation, format),
        ranking(evaluation, format),
        unfit(evaluation, format),
        excluded(evaluation, format),
        headers,
        breakdown(evaluation, format),
        details(evaluation, comparison.costs(), format),
        sensitivity(comparison.sensitivity(), names, format),
        CostView.of(comparison.costs(), evaluation.ranked(), anchors(evaluation), format),
        new Links(
            Comparison.PAGE_PATH + "?" + query,
            Comparison.API_PATH + "?" + query,
            Comparison.WORKBOOK_PATH + "?" + query + "&lang=nl",
            Comparison.WORKBOOK_PATH + "?" + query + "&lang=en"));
  }

  private static Summary summary(Evaluation evaluation, ValueFormatter format) {
    Entity profile = evaluation.profile().entity();
    String changed =
        evaluation.weights().overridden().isEmpty()
            ? null
            : String.join(
                ", ",
                evaluation.weights().overridden().stream()
                    .map(
                        id ->
                            criterionName(id, format)
                                + " "
                                + format.number(evaluation.weights().get(id)))
                    .toList());
    List<String> assumptions =
        evaluation.useCase().assumptions().stream().map(r -> r.in(format.language())).toList();
    return new Summary(
        format.language().pick(evaluation.useCase().json().path("name")),
        PagePaths.entity(Kind.USECASE, evaluation.useCase().id()),
        format.language().pick(profile.json().path("name")),
        PagePaths.entity(Kind.PROFILE, profile.id()),
        evaluation.profile().version(),
        evaluation.catalogueVersion().substring(0, 12),
        changed,
        assumptions);
  }

  private static List<RankedRow> ranking(Evaluation evaluation, ValueFormatter format) {
    List<RankedRow> rows = new ArrayList<>();
    String useCase = evaluation.useCase().id();
    for (OptionResult result : evaluation.ranked()) {
      Entity offering = result.option().offering();
      String total = format.number(result.total());
      StringBuilder scores = new StringBuilder();
      for (String id : Criteria.IDS) {
        scores
            .append(scores.length() == 0 ? "" : " ")
            .append(result.assessment(id).score().toPlainString());
      }
      rows.add(
          new RankedRow(
              result.rank(),
              offering.id(),
              offering.name(),
              PagePaths.entity(Kind.OFFERING, offering.id()),
              anchor(offering.id()),
              result.option().supplier().name(),
              verdict(result.fit(), format),
              total,
              result.total().toPlainString(),
              format.text("compare.bar", total),
              CHECKLISTS + "?usecase=" + encode(useCase) + "&offering=" + encode(offering.id()),
              format.text("compare.checklist", offering.name()),
              scores.toString(),
              result.unknowns().size()));
    }
    return rows;
  }

  private static List<ExcludedRow> excluded(Evaluation evaluation, ValueFormatter format) {
    List<ExcludedRow> rows = new ArrayList<>();
    for (OptionResult result : evaluation.excluded()) {
      List<Rule> rules = new ArrayList<>();
      for (KnockOut knockOut : result.knockOuts()) {
        rules.add(
            new Rule(
                format.language().pick(knockOut.nl(), knockOut.en()),
                lines(knockOut.reasons(), format)));
      }
      rows.add(outRow(result, rules));
    }
    return rows;
  }

  private static List<ExcludedRow> unfit(Evaluation evaluation, ValueFormatter format) {
    return evaluation.unfit().stream()
        .map(result -> outRow(result, List.of(fitRule(result.fit(), format))))
        .toList();
  }

  private static ExcludedRow outRow(OptionResult result, List<Rule> rules) {
    Entity offering = result.option().offering();
    return new ExcludedRow(
        offering.name(),
        PagePaths.entity(Kind.OFFERING, offering.id()),
        anchor(offering.id()),
        result.option().supplier().name(),
        rules);
  }

  private static Rule fitRule(Fit fit, ValueFormatter format) {
    return new Rule(
        format.text("compare.fit.verdict", verdict(fit, format)), lines(fit.lines(), format));
  }

  private static String verdict(Fit fit, ValueFormatter format) {
    return format.language().pick(fit.verdict().nl(), fit.verdict().en());
  }

  private static List<BreakdownRow> breakdown(Evaluation evaluation, ValueFormatter format) {
    List<BreakdownRow> rows = new ArrayList<>();
    for (Criterion criterion : Criteria.ALL) {
      rows.add(
          new BreakdownRow(
              format.language().pick(criterion.nl(), criterion.en()),
              format.number(evaluation.weights().get(criterion.id())),
              evaluation.ranked().stream()
                  .map(r -> format.number(r.assessment(criterion.id()).score()))
                  .toList()));
    }
    return rows;
  }

  private static List<OptionDetail> details(
      Evaluation evaluation, Costs costs, ValueFormatter format) {
    List<OptionDetail> details = new ArrayList<>();
    double sum = evaluation.weights().sum();
    for (OptionResult result : all(evaluation)) {
      List<CriterionView> criteria = new ArrayList<>();
      for (Assessment assessment : result.assessments()) {
        double weight = evaluation.weights().get(assessment.criterion());
        List<LineView> lines = new ArrayList<>(lines(assessment.lines(), format));
        Cost cost = costs.of(result);
        if (assessment.criterion().equals(CLIMATE) && cost != null) {
          // The use case's own footprint, beside the climate rubric's proxies; it earns no points.
          lines.add(
              new LineView(
                  format.text("costs.climateLine", CostView.footprint(cost, format)),
                  null,
                  null,
                  null,
                  null,
                  true));
        }
        criteria.add(
            new CriterionView(
                criterionName(assessment.criterion(), format),
                format.number(assessment.score()),
                format.number(weight),
                format.number(round(weight * assessment.score().doubleValue() / sum)),
                lines));
      }
      List<QuestionView> questions = new ArrayList<>();
      for (Unknown unknown : result.unknowns()) {
        questions.add(
            new QuestionView(
                unknown.subject(),
                format.language().pick(unknown.question().nl(), unknown.question().en()),
                String.join(
                    ", ",
                    unknown.usedBy().stream()
                        .map(id -> result.usedBy(id).in(format.language()))
                        .toList()),
                unknown.reason() == null ? null : format.text("unknown.kind." + unknown.reason()),
                unknown.notDisclosed()));
      }
      String headline =
          result.rank() == null
              ? format.text("compare.details.excluded")
              : format.text("compare.details.ranked", result.rank(), format.number(result.total()));
      details.add(
          new OptionDetail(
              anchor(result.id()),
              result.option().offering().name(),
              PagePaths.entity(Kind.OFFERING, result.id()),
              headline,
              fitRule(result.fit(), format),
              criteria,
              questions,
              questions.size()));
    }
    return details;
  }

  private static SensitivityView sensitivity(
      SensitivityResult result, Map<String, String> names, ValueFormatter format) {
    if (result.winner() == null) {
      return null;
    }
    List<TippingRow> tipping = new ArrayList<>();
    String nobody = format.text("compare.sensitivity.nobody");
    for (TippingPoint point : result.tippingPoints()) {
      tipping.add(
          new TippingRow(
              criterionName(point.criterion(), format),
              format.number(point.weight()),
              format.text(
                  "compare.sensitivity.rangeValue",
                  format.number(round(point.from())),
                  format.number(round(point.to()))),
              point.takesOverBelow() == null ? nobody : names.get(point.takesOverBelow()),
              point.takesOverAbove() == null ? nobody : names.get(point.takesOverAbove())));
    }
    List<ShareRow> shares = new ArrayList<>();
    for (WinShare share : result.winShares()) {
      double percent = round(share.share() * 100);
      shares.add(
          new ShareRow(
              names.get(share.offering()), format.number(percent), Double.toString(percent)));
    }
    return new SensitivityView(
        names.get(result.winner()),
        tipping,
        shares,
        format.text(
            "compare.sensitivity.sharesIntro",
            format.number(result.samples()),
            format.number(round(result.perturbation() * 100)),
            result.seed()));
  }

  private static List<LineView> lines(List<Line> lines, ValueFormatter format) {
    List<LineView> views = new ArrayList<>();
    for (Line line : lines) {
      String points =
          line.scored()
              ? format.text(
                  "compare.details.points", format.number(line.points()), format.number(line.max()))
              : null;
      views.add(
          new LineView(
              format.language().pick(line.nl(), line.en()),
              line.quote(),
              format.language() == Language.EN ? null : Language.EN.code(),
              points,
              SourceLink.of(line.source()).orElse(null),
              line.depth() > 0));
    }
    return views;
  }

  private static List<OptionResult> all(Evaluation evaluation) {
    List<OptionResult> all = new ArrayList<>(evaluation.ranked());
    all.addAll(evaluation.excluded());
    return all;
  }

  static String criterionName(String id, ValueFormatter format) {
    return Criteria.find(id).map(c -> format.language().pick(c.nl(), c.en())).orElse(id);
  }

  private static Map<String, String> anchors(Evaluation evaluation) {
    Map<String, String> anchors = new HashMap<>();
    all(evaluation).forEach(r -> anchors.put(r.id(), anchor(r.id())));
    return anchors;
  }

  private static String anchor(String offering) {
    return "option-" + offering;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
