package org.keuzevrij.costs;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keuzevrij.browse.SourceLink;
import org.keuzevrij.browse.ValueFormatter;
import org.keuzevrij.catalogue.Reason;
import org.keuzevrij.costs.PriceQuality.Entry;
import org.keuzevrij.costs.PriceQuality.Interval;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.web.Language;

/**
 * The compare page's costs: each ranked option's cost over the term with its lines, and price
 * against quality. The parameters are the form's ({@link CostForm}).
 */
public record CostView(
    String currency,
    List<OptionCost> options,
    String euroPerPoint,
    boolean fictitiousDiscount,
    List<WinnerRow> winners,
    List<String> costUnknown) {

  public record OptionCost(
      String anchor,
      String name,
      String model,
      String total,
      boolean known,
      String knownLow,
      List<LineView> lines,
      List<LineView> footprint,
      String footprintUnknown,
      List<String> questions,
      List<String> assumptions,
      String comparisonPrice,
      String priceRank) {}

  public record LineView(String label, String figure, SourceLink source) {}

  public record WinnerRow(String range, String winner) {}

  public static CostView of(
      Costs costs, List<OptionResult> ranked, Map<String, String> anchors, ValueFormatter format) {
    CostInputs inputs = costs.inputs();
    Language language = format.language();
    String currency = inputs.currency();
    PriceQuality priceQuality = costs.priceQuality();
    List<OptionCost> options = new ArrayList<>();
    for (OptionResult result : ranked) {
      Cost cost = costs.of(result);
      Entry entry =
          priceQuality.ranked().stream()
              .filter(e -> e.option().id().equals(result.id()))
              .findFirst()
              .orElse(null);
      options.add(
          new OptionCost(
              anchors.get(result.id()),
              result.option().offering().name(),
              cost.modelName(),
              cost.known()
                  ? range(cost.low(), cost.high(), currency, format)
                  : format.text("costs.unknown"),
              cost.known(),
              cost.known() ? null : money(cost.knownLow(), currency, format),
              lines(cost.lines(), inputs, currency, format),
              lines(cost.footprint(), inputs, null, format),
              cost.footprintUnknown() == null ? null : cost.footprintUnknown().in(language),
              texts(cost.questions(), language),
              texts(cost.assumptions(), language),
              entry == null || entry.comparisonPrice() == null
                  ? null
                  : money(entry.comparisonPrice(), currency, format),
              entry == null ? null : String.valueOf(priceQuality.ranked().indexOf(entry) + 1)));
    }
    List<WinnerRow> winners = new ArrayList<>();
    for (Interval interval : priceQuality.winners()) {
      String from = money(interval.from(), currency, format);
      winners.add(
          new WinnerRow(
              interval.to() == null
                  ? format.text("costs.winners.from", from)
                  : format.text(
                      "costs.winners.between", from, money(interval.to(), currency, format)),
              interval.winner().option().offering().name()));
    }
    Double euroPerPoint = inputs.value(Parameter.EURO_PER_POINT.id());
    return new CostView(
        currency,
        options,
        euroPerPoint == null ? null : money(euroPerPoint, currency, format),
        inputs.fictitiousDiscount() && euroPerPoint != null,
        winners,
        priceQuality.costUnknown().stream().map(r -> r.option().offering().name()).toList());
  }

  private static List<LineView> lines(
      List<CostLine> lines, CostInputs inputs, String currency, ValueFormatter format) {
    List<LineView> views = new ArrayList<>();
    for (CostLine line : lines) {
      Double low = line.low(inputs);
      Double high = line.high(inputs);
      String figure;
      if (low == null || high == null) {
        figure =
            format.text("costs.unknown")
                + " ("
                + String.join(", ", line.unknownInputs(inputs))
                + ")";
      } else if (currency == null) {
        String unit = line.part().equals("kwh") ? " kWh" : " kg CO2e";
        figure =
            low.equals(high)
                ? whole(low, format) + unit
                : whole(low, format) + " – " + whole(high, format) + unit;
      } else {
        figure = range(low, high, currency, format);
      }
      views.add(
          new LineView(
              line.label().in(format.language()),
              figure,
              SourceLink.of(line.source()).orElse(null)));
    }
    return views;
  }

  /** The energy and emissions estimate over the term in one line, or why there is none. */
  public static String footprint(Cost cost, ValueFormatter format) {
    if (cost.footprint().isEmpty()) {
      return cost.footprintUnknown() == null
          ? format.text("costs.unknown")
          : cost.footprintUnknown().in(format.language());
    }
    return String.join(
        "; ",
        lines(cost.footprint(), cost.inputs(), null, format).stream()
            .map(LineView::figure)
            .toList());
  }

  private static List<String> texts(List<Reason> reasons, Language language) {
    return reasons.stream().map(r -> r.in(language)).distinct().toList();
  }

  static String range(double low, double high, String currency, ValueFormatter format) {
    String from = money(low, currency, format);
    return Math.round(low) == Math.round(high)
        ? from
        : from + " – " + money(high, currency, format);
  }

  /** Whole euros: a cost over years is not read to the cent. */
  static String money(double amount, String currency, ValueFormatter format) {
    return currency + " " + whole(amount, format);
  }

  private static String whole(double value, ValueFormatter format) {
    NumberFormat number = NumberFormat.getIntegerInstance(format.language().locale());
    number.setRoundingMode(RoundingMode.HALF_UP);
    return number.format(value);
  }
}
