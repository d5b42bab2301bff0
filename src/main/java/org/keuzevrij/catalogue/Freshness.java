package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When each fact is due for another check: its own {@code reviewBy} date, or the date it was
 * checked plus the review period of its entity's kind ({@code reviewPeriodMonths} in the kind's
 * schema). A line of an offering's price list is a fact in this sense, with its amount for a value.
 */
public final class Freshness {

  /** A fact past its review date. */
  public record Stale(Entity entity, String pointer, String checked, LocalDate reviewBy) {

    @Override
    public String toString() {
      return entity.kind().folder()
          + "/"
          + entity.id()
          + ".json: "
          + pointer
          + ": checked "
          + checked
          + ", due for review since "
          + reviewBy;
    }
  }

  /** A price line holds its amount where a fact holds its value. */
  private static final String AMOUNT = "amount";

  private Freshness() {}

  /** The review period of a kind in months, or empty for kinds whose facts are not reviewed. */
  private static Optional<Integer> period(Kind kind) {
    JsonNode months = SchemaModel.bundled().document(kind).path("reviewPeriodMonths");
    return months.isInt() ? Optional.of(months.intValue()) : Optional.empty();
  }

  /** When a fact of an entity of this kind is due for review, or empty when it has no date. */
  private static Optional<LocalDate> reviewBy(Kind kind, JsonNode fact) {
    Optional<LocalDate> own = date(fact.path("reviewBy").asText(null));
    if (own.isPresent()) {
      return own;
    }
    return period(kind)
        .flatMap(months -> date(fact.path("checked").asText(null)).map(d -> d.plusMonths(months)));
  }

  /** The date a fact has been due for review since, when that is before {@code today}. */
  public static Optional<LocalDate> dueSince(Kind kind, JsonNode fact, LocalDate today) {
    return reviewBy(kind, fact).filter(due -> due.isBefore(today));
  }

  /** Every fact of the catalogue past its review date on {@code today}, in catalogue order. */
  public static List<Stale> stale(Catalogue catalogue, LocalDate today) {
    List<Stale> stale = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      for (Entity entity : catalogue.all(kind)) {
        stale.addAll(stale(entity, today));
      }
    }
    return stale;
  }

  /** The facts of one entity past their review date on {@code today}. */
  public static List<Stale> stale(Entity entity, LocalDate today) {
    List<Stale> stale = new ArrayList<>();
    if (period(entity.kind()).isPresent()) {
      collect(entity, entity.json(), "", today, stale);
    }
    return stale;
  }

  private static void collect(
      Entity entity, JsonNode node, String pointer, LocalDate today, List<Stale> stale) {
    if (node.isArray()) {
      // Lines of a list, such as an offering's prices, each checked on a date of its own.
      for (int i = 0; i < node.size(); i++) {
        collect(entity, node.get(i), pointer + "/" + i, today, stale);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (node.has("checked") && (node.has("value") || node.has(AMOUNT))) {
      dueSince(entity.kind(), node, today)
          .ifPresent(
              due -> stale.add(new Stale(entity, pointer, node.path("checked").asText(), due)));
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      collect(entity, field.getValue(), pointer + "/" + field.getKey(), today, stale);
    }
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
