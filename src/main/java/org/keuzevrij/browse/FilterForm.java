package org.keuzevrij.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.keuzevrij.catalogue.Kind;

/**
 * The overview's filter form as the user filled it in. It is built from the raw parameters, not the
 * parsed query, so that after an invalid value the form shows what was typed next to the error.
 */
public record FilterForm(
    String kind,
    String q,
    List<Option> deliveries,
    List<Option> modalities,
    boolean eea,
    boolean openai,
    boolean openWeights,
    boolean osi,
    boolean offerings,
    boolean models,
    String error,
    String errorField) {

  /** The select options, in the order a reader would look for them rather than alphabetically. */
  static final List<String> DELIVERIES = List.of("hosted-api", "dedicated", "self-hosted");

  public record Option(String value, String label, boolean selected) {}

  public static FilterForm of(
      Kind kind,
      Function<String, String> parameter,
      ValueFormatter format,
      String errorField,
      String error) {
    return new FilterForm(
        kind.folder(),
        blankToEmpty(parameter.apply("q")),
        options("delivery", DELIVERIES, parameter.apply("delivery"), format),
        options("modality", CatalogueQuery.MODALITIES, parameter.apply("modality"), format),
        checked(parameter.apply("eea")),
        checked(parameter.apply("openai")),
        checked(parameter.apply("openWeights")),
        checked(parameter.apply("osi")),
        kind == Kind.OFFERING,
        kind == Kind.MODEL,
        error,
        errorField);
  }

  /** The id of the input an error belongs to, for the link in the error summary. */
  public String errorTarget() {
    return errorField == null ? null : "filter-" + errorField;
  }

  public boolean errorOnQ() {
    return "q".equals(errorField);
  }

  public boolean errorOnDelivery() {
    return "delivery".equals(errorField);
  }

  public boolean errorOnModality() {
    return "modality".equals(errorField);
  }

  private static List<Option> options(
      String vocabulary, List<String> values, String chosen, ValueFormatter format) {
    List<Option> options = new ArrayList<>();
    for (String value : values) {
      options.add(
          new Option(
              value, format.text("value." + vocabulary + "." + value), value.equals(chosen)));
    }
    return options;
  }

  private static boolean checked(String value) {
    return "true".equals(value) || "on".equals(value);
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value;
  }
}
