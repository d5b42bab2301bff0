package org.keuzevrij.checklist.clauses;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.web.Language;

/**
 * The facts a clause text may name, filled for one case in one language. Every value is a non-empty
 * string: an unknown fact reads as "unknown", never as a gap in a sentence.
 */
public final class TemplateFacts {

  /** Every variable a clause template may use; the library loader rejects any other. */
  public static final Set<String> VARIABLES =
      Set.of(
          "supplier.name",
          "supplier.legalEntity",
          "offering.name",
          "offering.delivery",
          "offering.processing",
          "offering.storage",
          "offering.terminationForConvenience",
          "offering.priceChangeNoticeDays",
          "offering.exportFormats",
          "offering.exitAssistanceDays",
          "models",
          "licences",
          "usecase.name",
          "contract.start",
          "contract.end");

  private TemplateFacts() {}

  public static Map<String, Object> of(ProcurementCase c, Language language) {
    Map<String, Object> facts = new LinkedHashMap<>();
    // When the city runs the model itself there is no outside supplier; the duties fall on its own
    // operation or on
    // whoever it engages, and the texts say so rather than having the city contract with itself.
    String inHouse =
        c.runByCity()
            ? language.pick(
                " (in eigen beheer, of een leverancier die de gemeente daarvoor" + " inschakelt)",
                " (run in-house, or a supplier the city engages for it)")
            : "";
    facts.put(
        "supplier",
        Map.of(
            "name", c.supplier().name() + inHouse,
            "legalEntity", text(c.supplier().json().path("legalEntity"), language) + inHouse));
    String notApplicable =
        language.pick(
            "niet van toepassing, de gemeente draait het zelf", "not applicable, the city runs it");
    facts.put(
        "offering",
        Map.of(
            "name",
            c.offering().json().path("name").asText(c.offering().id()),
            "delivery",
            delivery(c.offering().json().path("delivery").asText(), language),
            "processing",
            locations(c.offering().json().path("processingLocations"), language),
            "storage",
            locations(c.offering().json().path("storageLocations"), language),
            "terminationForConvenience",
            c.runByCity()
                ? notApplicable
                : convenience(c.offering().json().path("terminationForConvenience"), language),
            "priceChangeNoticeDays",
            c.runByCity()
                ? notApplicable
                : days(c.offering().json().path("priceChangeNoticeDays"), language),
            "exportFormats",
            c.runByCity()
                ? notApplicable
                : formats(c.offering().json().path("exportFormats"), language),
            "exitAssistanceDays",
            c.runByCity()
                ? notApplicable
                : days(c.offering().json().path("exitAssistanceDays"), language)));
    facts.put("models", join(c.models().stream().map(Entity::name).toList(), language));
    facts.put("licences", join(licences(c, language), language));
    facts.put("usecase", Map.of("name", c.usecaseName(language)));
    String notSet = language.pick("nog niet vastgelegd", "not yet set");
    facts.put(
        "contract",
        Map.of(
            "start", c.contractStart().map(d -> DateRules.format(d, language)).orElse(notSet),
            "end", c.contractEnd().map(d -> DateRules.format(d, language)).orElse(notSet)));
    return facts;
  }

  /** Sample facts with every variable set, to check at load time that each template renders. */
  static Map<String, Object> sample() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("supplier", Map.of("name", "Supplier", "legalEntity", "Supplier B.V."));
    facts.put(
        "offering",
        Map.of(
            "name",
            "Offering",
            "delivery",
            "shared API",
            "processing",
            "NL",
            "storage",
            "NL",
            "terminationForConvenience",
            "yes",
            "priceChangeNoticeDays",
            "30 days",
            "exportFormats",
            "JSON, CSV",
            "exitAssistanceDays",
            "30 days"));
    facts.put("models", "Model");
    facts.put("licences", "Apache License 2.0");
    facts.put("usecase", Map.of("name", "Use case"));
    facts.put("contract", Map.of("start", "1 January 2027", "end", "31 December 2029"));
    return facts;
  }

  private static String delivery(String delivery, Language language) {
    return switch (delivery) {
      case "hosted-api" ->
          language.pick("gedeelde API van de leverancier", "shared API of the supplier");
      case "dedicated" ->
          language.pick(
              "aparte omgeving bij de leverancier", "dedicated deployment at the supplier");
      default -> language.pick("zelf gehost door de gemeente", "self-hosted by the city");
    };
  }

  private static String locations(JsonNode fact, Language language) {
    if (Facts.isUnknown(fact)) {
      return unknown(language);
    }
    if (Facts.isNoStorage(Facts.value(fact))) {
      return language.pick(
          "nergens: de dienst bewaart geen klantgegevens",
          "nowhere: the service keeps no customer data");
    }
    List<String> places = new ArrayList<>();
    for (JsonNode code : Facts.value(fact)) {
      places.add(
          switch (code.asText()) {
            case "GLOBAL" ->
                language.pick(
                    "wereldwijd, naar keuze van de leverancier",
                    "anywhere, as the supplier chooses");
            case "EFTA" -> language.pick("EVA-landen", "EFTA countries");
            default -> code.asText();
          });
    }
    return places.isEmpty() ? unknown(language) : join(places, language);
  }

  private static List<String> licences(ProcurementCase c, Language language) {
    Set<String> names = new LinkedHashSet<>();
    for (Entity model : c.models()) {
      names.add(text(model.json().path("licence").path("name"), language));
    }
    return new ArrayList<>(names);
  }

  private static String text(JsonNode fact, Language language) {
    String text = Facts.isUnknown(fact) ? null : Facts.text(fact);
    return text == null || text.isBlank() ? unknown(language) : text;
  }

  /**
   * Whether the supplier's terms let the customer end the contract at any time without a reason.
   */
  private static String convenience(JsonNode fact, Language language) {
    Boolean value = Facts.bool(fact);
    if (value == null) {
      return Facts.isNotDisclosed(fact)
          ? language.pick("niet openbaar gemaakt", "not disclosed")
          : unknown(language);
    }
    return value ? language.pick("ja", "yes") : language.pick("nee", "no");
  }

  /** A number of days, e.g. "30 dagen"; "unknown" or "not disclosed" when not known. */
  private static String days(JsonNode fact, Language language) {
    JsonNode value = Facts.value(fact);
    if (!value.isNumber()) {
      return Facts.isNotDisclosed(fact)
          ? language.pick("niet openbaar gemaakt", "not disclosed")
          : unknown(language);
    }
    long days = Math.round(value.doubleValue());
    return days + language.pick(days == 1 ? " dag" : " dagen", days == 1 ? " day" : " days");
  }

  /** The export formats the supplier names, "none named", or why they are not known. */
  private static String formats(JsonNode fact, Language language) {
    JsonNode value = Facts.value(fact);
    if (!value.isArray()) {
      return Facts.isNotDisclosed(fact)
          ? language.pick("niet openbaar gemaakt", "not disclosed")
          : unknown(language);
    }
    List<String> formats = new ArrayList<>();
    value.forEach(format -> formats.add(format.asText()));
    return formats.isEmpty()
        ? language.pick("geen genoemd", "none named")
        : join(formats, language);
  }

  private static String unknown(Language language) {
    return language.pick("onbekend", "unknown");
  }

  /** "A, B and C" / "A, B en C". */
  public static String join(List<String> items, Language language) {
    if (items.isEmpty()) {
      return unknown(language);
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + language.pick(" en ", " and ")
        + items.get(items.size() - 1);
  }
}
