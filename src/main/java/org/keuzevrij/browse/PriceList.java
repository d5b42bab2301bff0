package org.keuzevrij.browse;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Kind;

/**
 * An offering's price list as its page shows it: a line per price with the models it applies to,
 * what one unit is, the amount in its currency, whether VAT is included, the GPU memory of an
 * instance, and the source with the date it was checked. Without a list nobody has looked yet; an
 * empty list means the offering has no supplier price (the city runs it itself, and the profile's
 * cost model gives its cost).
 *
 * @param researched whether the offering records a price list at all
 */
public record PriceList(boolean researched, List<Line> lines) {

  /** The field holding the price lines. */
  public static final String FIELD = "prices";

  public PriceList {
    lines = List.copyOf(lines);
  }

  /** One price line as a row of the table. */
  public record Line(
      DisplayValue models,
      String unit,
      DisplayValue amount,
      DisplayValue vatIncluded,
      String gpuMemory,
      DisplayValue note,
      SourceLink source,
      CheckedDate checked) {}

  /** Whether the offering has no supplier price: a list recorded empty on purpose. */
  public boolean none() {
    return researched && lines.isEmpty();
  }

  /** The price list of an offering, due-for-review dates against {@code today}. */
  public static PriceList of(Kind kind, JsonNode prices, ValueFormatter format, LocalDate today) {
    if (!prices.isArray()) {
      return new PriceList(false, List.of());
    }
    List<Line> lines = new ArrayList<>();
    for (JsonNode price : prices) {
      lines.add(line(kind, price, format, today));
    }
    return new PriceList(true, lines);
  }

  private static Line line(Kind kind, JsonNode price, ValueFormatter format, LocalDate today) {
    JsonNode models = price.path("models");
    String note = price.path("note").asText("");
    JsonNode gpu = price.path("gpuMemoryGb");
    return new Line(
        models.isArray()
            ? format.references(Kind.MODEL, models)
            : DisplayValue.of(format.text("price.models.all")),
        format.value("unit", "priceUnit", price.path("unit")).text(),
        amount(price, format),
        vat(price.path("vatIncluded"), format),
        gpu.isNumber() ? format.text("price.gpuMemory", format.number(gpu.numberValue())) : null,
        note.isEmpty() ? null : format.foreign(note),
        SourceLink.of(price.path("source").asText(null)).orElse(null),
        format.checked(kind, price, today).orElse(null));
  }

  /**
   * The amount with its currency ({@code € 0,10}, with as many decimals as the list gives), or
   * "unknown" with the kind of unknown.
   */
  static DisplayValue amount(JsonNode price, ValueFormatter format) {
    JsonNode amount = price.path("amount");
    if (!amount.isNumber()) {
      String reason = price.path("unknownReason").asText("");
      return reason.equals(Facts.NOT_DISCLOSED) || reason.equals(Facts.NOT_RESEARCHED)
          ? DisplayValue.unknown(format.text("value.unknown." + reason))
          : format.unknown();
    }
    BigDecimal number = amount.decimalValue().stripTrailingZeros();
    String code = price.path("currency").asText("");
    try {
      NumberFormat money = NumberFormat.getCurrencyInstance(format.language().locale());
      money.setCurrency(Currency.getInstance(code));
      money.setMaximumFractionDigits(Math.max(money.getMinimumFractionDigits(), number.scale()));
      return DisplayValue.of(money.format(number));
    } catch (IllegalArgumentException notInJava) {
      // A code the running Java does not know yet: the number and the code as written.
      return DisplayValue.of(format.number(number) + " " + code);
    }
  }

  private static DisplayValue vat(JsonNode vat, ValueFormatter format) {
    if (vat.isBoolean()) {
      return vat.booleanValue()
          ? DisplayValue.marked(format.text("value.yes"), "yes")
          : DisplayValue.marked(format.text("value.no"), "no");
    }
    return format.unknown();
  }
}
