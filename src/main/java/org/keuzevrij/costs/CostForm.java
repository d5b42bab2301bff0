package org.keuzevrij.costs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keuzevrij.browse.SourceLink;
import org.keuzevrij.browse.ValueFormatter;
import org.keuzevrij.scoring.EvaluationJson;
import org.keuzevrij.scoring.Profile;
import org.keuzevrij.scoring.UseCase;
import org.keuzevrij.web.Language;

/**
 * The compare page's cost fields: every parameter of the cost model with the value in use (or what
 * was typed, when it could not be read), where it comes from, and the two choices.
 *
 * @param costsFor the use case and profile the fields were filled from
 * @param open whether the fields are shown unfolded: when one was changed or has an error
 */
public record CostForm(
    String costsFor,
    List<ParameterField> parameters,
    List<Choice> hosting,
    List<Choice> methods,
    boolean open) {

  /** One number of the cost model, with what the profile or use case says and its source. */
  public record ParameterField(
      String inputId,
      String name,
      String label,
      String unit,
      String value,
      String origin,
      SourceLink source,
      String note,
      boolean error) {}

  public record Choice(String value, String label, boolean selected) {}

  /** The form input id of a parameter, which error messages link to. */
  public static String inputId(String parameter) {
    return "cost-" + parameter.replace('.', '-');
  }

  /**
   * @param typed what was sent per parameter id, shown back when it has an error
   * @param errors ids of parameters that could not be read
   */
  public static CostForm of(
      Profile profile,
      UseCase useCase,
      CostChanges changes,
      Map<String, String> typed,
      Set<String> errors,
      String costsFor,
      ValueFormatter format) {
    CostInputs inputs =
        CostInputs.of(profile, useCase, changes.numbers(), changes.hosting(), changes.method());
    Language language = format.language();
    List<ParameterField> parameters = new ArrayList<>();
    for (Input input : inputs.all()) {
      if (input.origin() == Input.Origin.DERIVED) {
        continue;
      }
      String id = input.id();
      parameters.add(
          new ParameterField(
              inputId(id),
              "c." + id,
              inputs.label(id, language),
              inputs.unit(id, language),
              errors.contains(id)
                  ? typed.getOrDefault(id, "")
                  : input.known() ? EvaluationJson.number(input.value()).asText() : "",
              input.origin().in(language),
              SourceLink.of(input.source()).orElse(null),
              input.note(),
              errors.contains(id)));
    }
    return new CostForm(
        costsFor,
        parameters,
        List.of(
            choice(CostInputs.RENT, "costs.hosting.rent", inputs.hosting(), format),
            choice(CostInputs.BUY, "costs.hosting.buy", inputs.hosting(), format)),
        List.of(
            choice(CostInputs.SIDE_BY_SIDE, "costs.method.side-by-side", inputs.method(), format),
            choice(
                CostInputs.FICTITIOUS_DISCOUNT,
                "costs.method.fictitious-discount",
                inputs.method(),
                format)),
        !changes.none() || !errors.isEmpty());
  }

  private static Choice choice(String value, String key, String current, ValueFormatter format) {
    return new Choice(value, format.text(key), value.equals(current));
  }
}
