package org.keuzevrij.comparison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.keuzevrij.comparison.sensitivity.Sensitivity;
import org.keuzevrij.costs.CostChanges;
import org.keuzevrij.costs.CostInputs;
import org.keuzevrij.costs.Parameter;
import org.keuzevrij.scoring.Criteria;
import org.keuzevrij.scoring.Weights;
import org.keuzevrij.web.InvalidInput;
import org.keuzevrij.web.InvalidInput.Violation;

/**
 * Reads an evaluation request from a JSON body or from query parameters into one {@link
 * EvaluationQuery}. Both forms report problems with the JSON pointer of the body form, and the
 * query form also names the parameter.
 */
public final class QueryParser {

  public static final int MAX_OFFERINGS = 50;
  public static final int MAX_SAMPLES = 100_000;
  public static final double MAX_PERTURBATION_PERCENT = 90;
  private static final Set<String> BODY_FIELDS =
      Set.of("usecase", "profile", "weights", "offerings", "sensitivity", "costs");
  private static final String WEIGHT_PREFIX = "w.";
  private static final String HOSTING = "hosting";
  private static final String METHOD = "method";

  /** Large enough for any volume or price a city meets, small enough to stay exact in a double. */
  private static final double MAX_COST_NUMBER = 1e12;

  private final List<Violation> violations = new ArrayList<>();

  private QueryParser() {}

  public static EvaluationQuery fromJson(JsonNode body) {
    QueryParser parser = new QueryParser();
    EvaluationQuery query = parser.json(body);
    parser.finish();
    return query;
  }

  /**
   * From query parameters: {@code usecase}, {@code profile}, repeated {@code offering}, {@code
   * w.<criterion>}, {@code seed}, {@code samples}, {@code perturbation} (percent), {@code c.<cost
   * parameter>}, {@code c.hosting}, {@code c.method}. Other parameters, such as the compare page's
   * catalogue filters, are left alone; an empty value means "not given".
   */
  public static EvaluationQuery fromParameters(
      Function<String, List<String>> all, Iterable<String> names) {
    QueryParser parser = new QueryParser();
    EvaluationQuery query = parser.parameters(all, names);
    parser.finish();
    return query;
  }

  private void finish() {
    if (!violations.isEmpty()) {
      throw invalid(violations);
    }
  }

  /**
   * An evaluation request that cannot be answered: one problem is the detail, more are counted and
   * listed.
   */
  static InvalidInput invalid(List<Violation> violations) {
    return new InvalidInput(
        violations.size() == 1
            ? violations.get(0).detail()
            : "The evaluation request has " + violations.size() + " problems; see errors.",
        violations);
  }

  private EvaluationQuery json(JsonNode body) {
    if (body == null || !body.isObject()) {
      violations.add(new Violation("", null, "The request body must be a JSON object."));
      return null;
    }
    body.fieldNames()
        .forEachRemaining(
            name -> {
              if (!BODY_FIELDS.contains(name)) {
                violations.add(
                    new Violation(
                        "/" + escape(name),
                        null,
                        "Unknown property; expected one of usecase, profile, "
                            + "weights, offerings, sensitivity, costs."));
              }
            });
    JsonNode useCase = body.get("usecase");
    String useCaseId = null;
    ObjectNode inline = null;
    if (useCase == null || useCase.isNull()) {
      violations.add(
          new Violation(
              "/usecase", null, "A use case is required: its id or the use case itself."));
    } else if (useCase.isTextual()) {
      useCaseId = useCase.textValue();
    } else if (useCase.isObject()) {
      inline = (ObjectNode) useCase;
    } else {
      violations.add(
          new Violation("/usecase", null, "Must be a use case id or a use case object."));
    }
    String profile = text(body.get("profile"), "/profile", null);
    Map<String, Double> weights = new LinkedHashMap<>();
    JsonNode weightsNode = body.get("weights");
    if (weightsNode != null && !weightsNode.isObject()) {
      violations.add(new Violation("/weights", null, "Must be an object of criterion weights."));
    } else if (weightsNode != null) {
      weightsNode
          .fields()
          .forEachRemaining(
              e ->
                  weight(
                      e.getKey(),
                      e.getValue().isNumber() ? e.getValue().doubleValue() : null,
                      weights,
                      null));
    }
    List<String> offerings = offeringsFromJson(body.get("offerings"));
    JsonNode sensitivity = body.path("sensitivity");
    if (!sensitivity.isMissingNode() && !sensitivity.isObject()) {
      violations.add(
          new Violation(
              "/sensitivity", null, "Must be an object with seed, samples and perturbation."));
    }
    long seed =
        sensitivity.has("seed")
            ? seed(sensitivity.get("seed").asText(), null)
            : Sensitivity.DEFAULT_SEED;
    int samples =
        sensitivity.has("samples")
            ? samples(sensitivity.get("samples").asText(), null)
            : Sensitivity.DEFAULT_SAMPLES;
    double perturbation =
        sensitivity.has("perturbation")
            ? perturbation(sensitivity.get("perturbation").asText(), null)
            : Sensitivity.DEFAULT_PERTURBATION;
    return new EvaluationQuery(
        useCaseId,
        inline,
        profile,
        weights,
        offerings,
        seed,
        samples,
        perturbation,
        costsFromJson(body.get("costs")));
  }

  private List<String> offeringsFromJson(JsonNode offerings) {
    List<String> ids = new ArrayList<>();
    if (offerings == null || !offerings.isArray()) {
      violations.add(new Violation("/offerings", null, "Required: an array of offering ids."));
      return ids;
    }
    for (int i = 0; i < offerings.size(); i++) {
      if (offerings.get(i).isTextual()) {
        ids.add(offerings.get(i).textValue());
      } else {
        violations.add(
            new Violation("/offerings/" + i, null, "Must be an offering id (a string)."));
      }
    }
    countOfferings(offerings.size(), null);
    return ids;
  }

  private EvaluationQuery parameters(Function<String, List<String>> all, Iterable<String> names) {
    String useCaseId = single(all, "usecase");
    if (useCaseId == null) {
      violations.add(new Violation("/usecase", "usecase", "A use case is required."));
    }
    String profile = single(all, "profile");
    List<String> offerings = new ArrayList<>();
    for (String id : all.apply("offering")) {
      if (!id.isBlank()) {
        offerings.add(id.strip());
      }
    }
    if (offerings.isEmpty()) {
      violations.add(new Violation("/offerings", "offering", "Choose at least one offering."));
    }
    countOfferings(offerings.size(), "offering");
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String name : names) {
      String value = name.startsWith(WEIGHT_PREFIX) ? single(all, name) : null;
      if (value != null) {
        weight(name.substring(WEIGHT_PREFIX.length()), number(value), weights, name);
      }
    }
    String seed = single(all, "seed");
    String samples = single(all, "samples");
    String perturbation = single(all, "perturbation");
    return new EvaluationQuery(
        useCaseId,
        null,
        profile,
        weights,
        offerings,
        seed == null ? Sensitivity.DEFAULT_SEED : seed(seed, "seed"),
        samples == null ? Sensitivity.DEFAULT_SAMPLES : samples(samples, "samples"),
        perturbation == null
            ? Sensitivity.DEFAULT_PERTURBATION
            : perturbation(perturbation, "perturbation"),
        costsFromParameters(all, names));
  }

  private CostChanges costsFromJson(JsonNode costs) {
    if (costs == null || costs.isNull()) {
      return CostChanges.NONE;
    }
    if (!costs.isObject()) {
      violations.add(
          new Violation("/costs", null, "Must be an object of cost parameters and choices."));
      return CostChanges.NONE;
    }
    Map<String, Double> numbers = new TreeMap<>();
    String hosting = null;
    String method = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = costs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = entry.getKey();
      JsonNode value = entry.getValue();
      if (name.equals(HOSTING) || name.equals(METHOD)) {
        String choice = choice(name, value.isTextual() ? value.textValue() : null, null);
        hosting = name.equals(HOSTING) ? choice : hosting;
        method = name.equals(METHOD) ? choice : method;
      } else {
        costNumber(name, value.isNumber() ? value.doubleValue() : null, numbers, null);
      }
    }
    return changes(numbers, hosting, method, null);
  }

  private CostChanges costsFromParameters(
      Function<String, List<String>> all, Iterable<String> names) {
    Map<String, Double> numbers = new TreeMap<>();
    String hosting = null;
    String method = null;
    for (String name : names) {
      String value = name.startsWith(EvaluationQuery.COST_PREFIX) ? single(all, name) : null;
      if (value == null) {
        continue;
      }
      String id = name.substring(EvaluationQuery.COST_PREFIX.length());
      if (id.equals(HOSTING)) {
        hosting = choice(id, value, name);
      } else if (id.equals(METHOD)) {
        method = choice(id, value, name);
      } else {
        costNumber(id, number(value), numbers, name);
      }
    }
    return changes(numbers, hosting, method, EvaluationQuery.COST_PREFIX);
  }

  private CostChanges changes(
      Map<String, Double> numbers, String hosting, String method, String prefix) {
    Double low = numbers.get(Parameter.VOLUME_LOW.id());
    Double high = numbers.get(Parameter.VOLUME_HIGH.id());
    if (low != null && high != null && low > high) {
      violations.add(
          new Violation(
              "/costs/" + Parameter.VOLUME_HIGH.id(),
              prefix == null ? null : prefix + Parameter.VOLUME_HIGH.id(),
              "The high volume must be at least the low volume."));
    }
    return new CostChanges(numbers, hosting, method);
  }

  private void costNumber(String id, Double value, Map<String, Double> numbers, String parameter) {
    String pointer = "/costs/" + escape(id);
    if (!Parameter.known(id) || id.startsWith(Parameter.RATE) && !currency(id)) {
      violations.add(
          new Violation(
              pointer,
              parameter,
              "Not a cost parameter; use one of "
                  + Arrays.stream(Parameter.values())
                      .map(Parameter::id)
                      .collect(Collectors.joining(", "))
                  + ", hosting, method, or rate.<ISO 4217 code>."));
    } else if (value == null || value < 0 || value.isNaN() || value > MAX_COST_NUMBER) {
      violations.add(
          new Violation(
              pointer, parameter, "Must be a number from 0 to " + (long) MAX_COST_NUMBER + "."));
    } else {
      numbers.put(id, value);
    }
  }

  private static boolean currency(String rateId) {
    String code = rateId.substring(Parameter.RATE.length());
    try {
      return code.equals(Currency.getInstance(code).getCurrencyCode());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private String choice(String name, String value, String parameter) {
    List<String> allowed =
        name.equals(HOSTING)
            ? List.of(CostInputs.RENT, CostInputs.BUY)
            : List.of(CostInputs.SIDE_BY_SIDE, CostInputs.FICTITIOUS_DISCOUNT);
    if (value == null || !allowed.contains(value)) {
      violations.add(
          new Violation(
              "/costs/" + name, parameter, "Must be one of " + String.join(", ", allowed) + "."));
      return null;
    }
    return value;
  }

  private void countOfferings(int count, String parameter) {
    if (count > MAX_OFFERINGS) {
      violations.add(
          new Violation(
              "/offerings", parameter, "At most " + MAX_OFFERINGS + " offerings per comparison."));
    } else if (count == 0 && parameter == null) {
      violations.add(new Violation("/offerings", null, "Choose at least one offering."));
    }
  }

  private void weight(
      String criterion, Double value, Map<String, Double> weights, String parameter) {
    String pointer = "/weights/" + escape(criterion);
    if (Criteria.find(criterion).isEmpty()) {
      violations.add(
          new Violation(
              pointer,
              parameter,
              "Not a criterion; use one of " + String.join(", ", Criteria.IDS) + "."));
    } else if (value == null || value < 0 || value > Weights.MAX || value.isNaN()) {
      violations.add(new Violation(pointer, parameter, "A weight must be a number from 0 to 100."));
    } else {
      weights.put(criterion, value);
    }
  }

  private long seed(String value, String parameter) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      violations.add(
          new Violation("/sensitivity/seed", parameter, "The seed must be a whole number."));
      return Sensitivity.DEFAULT_SEED;
    }
  }

  private int samples(String value, String parameter) {
    Double number = number(value);
    if (number == null || number != Math.rint(number) || number < 1 || number > MAX_SAMPLES) {
      violations.add(
          new Violation(
              "/sensitivity/samples",
              parameter,
              "The number of samples must be a whole number " + "from 1 to " + MAX_SAMPLES + "."));
      return Sensitivity.DEFAULT_SAMPLES;
    }
    return number.intValue();
  }

  private double perturbation(String value, String parameter) {
    Double percent = number(value);
    if (percent == null || percent < 0 || percent > MAX_PERTURBATION_PERCENT) {
      violations.add(
          new Violation(
              "/sensitivity/perturbation",
              parameter,
              "The perturbation is a percentage from 0 "
                  + "to "
                  + (int) MAX_PERTURBATION_PERCENT
                  + "."));
      return Sensitivity.DEFAULT_PERTURBATION;
    }
    return percent / 100;
  }

  private String text(JsonNode node, String pointer, String parameter) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      violations.add(new Violation(pointer, parameter, "Must be a string."));
      return null;
    }
    return node.textValue();
  }

  private static String single(Function<String, List<String>> all, String name) {
    List<String> values = all.apply(name);
    return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
  }

  private static Double number(String value) {
    try {
      double parsed = Double.parseDouble(value.strip().replace(',', '.'));
      return Double.isFinite(parsed) ? parsed : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** RFC 6901 escaping of one reference token. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
