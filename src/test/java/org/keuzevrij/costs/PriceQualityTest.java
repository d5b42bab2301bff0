package org.keuzevrij.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.Reason;
import org.keuzevrij.costs.PriceQuality.Entry;
import org.keuzevrij.costs.PriceQuality.Interval;
import org.keuzevrij.scoring.Option;
import org.keuzevrij.scoring.OptionResult;

/** Price against quality by fictitious discount ("gunnen op waarde"). */
class PriceQualityTest {

  private static final CostInputs INPUTS =
      new CostInputs("EUR", "pages", "rent", "fictitious-discount", List.of(), Map.of());

  @Test
  @DisplayName(
      "the worked example of the method's source: a bid of EUR 80,000 meeting a sub-criterion worth"
          + " EUR 2,500 partly (60%) compares at EUR 78,500")
  void workedExample() {
    // On the 0-100 scale, a sub-criterion worth EUR 2,500 at full marks is EUR 25 per point.
    assertEquals(78_500, PriceQuality.price(80_000, 60, 25), 1e-9);
    PriceQuality one =
        PriceQuality.of(List.of(result("a", 60)), costs(Map.of("a", 80_000.0)), 25.0);
    assertEquals(78_500, one.ranked().get(0).comparisonPrice(), 1e-9);
  }

  @Test
  @DisplayName(
      "the lowest comparison price wins; equal prices go to the higher score; who wins at each"
          + " value per point, from the cheapest at 0 to the best at a high value")
  void ranking() {
    List<OptionResult> ranked = List.of(result("c", 90), result("a", 80), result("b", 60));
    Map<String, Cost> costs = costs(Map.of("a", 100_000.0, "b", 90_000.0, "c", 120_000.0));
    PriceQuality atThousand = PriceQuality.of(ranked, costs, 1000.0);
    assertEquals(List.of("a", "c", "b"), ids(atThousand.ranked()));
    assertEquals(20_000, atThousand.ranked().get(0).comparisonPrice(), 1e-9);
    // b is cheapest; a catches up at (100k - 90k) / (80 - 60) = 500; c passes a at 20k / 10.
    List<Interval> winners = atThousand.winners();
    assertEquals(3, winners.size());
    assertInterval(winners.get(0), 0, 500.0, "b");
    assertInterval(winners.get(1), 500, 2000.0, "a");
    assertInterval(winners.get(2), 2000, null, "c");
    assertEquals("a", atThousand.current().winner().id());
    assertEquals("b", PriceQuality.of(ranked, costs, 0.0).ranked().get(0).option().id());
    assertEquals("c", PriceQuality.of(ranked, costs, 2500.0).ranked().get(0).option().id());
  }

  @Test
  @DisplayName("an option whose cost is not known never wins on price: it is listed apart")
  void costNotKnown() {
    List<OptionResult> ranked = List.of(result("a", 80), result("free", 95));
    Map<String, Cost> costs = new LinkedHashMap<>(costs(Map.of("a", 100_000.0)));
    costs.put("free", unknownCost());
    PriceQuality priceQuality = PriceQuality.of(ranked, costs, 1000.0);
    assertEquals(List.of("a"), ids(priceQuality.ranked()));
    assertEquals("free", priceQuality.costUnknown().get(0).id());
    assertEquals(1, priceQuality.winners().size());
  }

  @Test
  @DisplayName(
      "without a value per point nothing is ranked on price, but who wins at which value is"
          + " still shown")
  void noValue() {
    List<OptionResult> ranked = List.of(result("a", 80), result("b", 60));
    PriceQuality priceQuality =
        PriceQuality.of(ranked, costs(Map.of("a", 100_000.0, "b", 90_000.0)), null);
    assertTrue(priceQuality.ranked().isEmpty());
    assertNull(priceQuality.current());
    assertEquals(2, priceQuality.winners().size());
  }

  @Test
  @DisplayName(
      "absolute: an option's comparison price depends on its own cost and score alone, so adding"
          + " or removing another never reorders the rest")
  void absolute() {
    Map<String, Cost> costs =
        costs(Map.of("a", 100_000.0, "b", 90_000.0, "c", 120_000.0, "d", 95_000.0));
    List<OptionResult> all =
        List.of(result("c", 90), result("a", 80), result("d", 70), result("b", 60));
    for (double value : new double[] {0, 300, 700, 1500, 5000}) {
      List<String> order = ids(PriceQuality.of(all, costs, value).ranked());
      for (OptionResult left : all) {
        List<OptionResult> fewer = all.stream().filter(r -> r != left).toList();
        List<String> without = ids(PriceQuality.of(fewer, costs, value).ranked());
        assertEquals(order.stream().filter(id -> !id.equals(left.id())).toList(), without);
      }
    }
  }

  private static void assertInterval(Interval interval, double from, Double to, String winner) {
    assertEquals(from, interval.from(), 1e-9);
    if (to == null) {
      assertNull(interval.to());
    } else {
      assertEquals(to, interval.to(), 1e-9);
    }
    assertEquals(winner, interval.winner().id());
  }

  private static List<String> ids(List<Entry> entries) {
    return entries.stream().map(e -> e.option().id()).toList();
  }

  private static OptionResult result(String id, double total) {
    Entity offering =
        new Entity(
            Kind.OFFERING, id, JsonNodeFactory.instance.objectNode().put("id", id).put("name", id));
    Option option = new Option(null, offering, null, List.of(), false, null);
    return new OptionResult(
        option, null, List.of(), List.of(), List.of(), total, BigDecimal.valueOf(total), 1);
  }

  /** A known cost of exactly {@code amount} per offering, as one constant line. */
  private static Map<String, Cost> costs(Map<String, Double> amounts) {
    Map<String, Cost> costs = new LinkedHashMap<>();
    amounts.forEach(
        (id, amount) ->
            costs.put(
                id,
                new Cost(
                    "m",
                    "m",
                    INPUTS,
                    List.of(
                        new CostLine(
                            "fees",
                            Reason.of("vast", "fixed"),
                            List.of(Factor.times(amount)),
                            null)),
                    List.of(),
                    List.of(),
                    List.of(),
                    null)));
    return costs;
  }

  private static Cost unknownCost() {
    return new Cost(
        "m",
        "m",
        INPUTS,
        List.of(),
        List.of(Reason.of("Wat kost het?", "What does it cost?")),
        List.of(),
        List.of(),
        null);
  }
}
