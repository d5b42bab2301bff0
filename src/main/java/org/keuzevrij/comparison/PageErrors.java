package org.keuzevrij.comparison;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.keuzevrij.browse.ValueFormatter;
import org.keuzevrij.costs.CostForm;
import org.keuzevrij.costs.Parameter;
import org.keuzevrij.web.InvalidInput.Violation;

/**
 * The compare page's error summary: each problem in plain words, linked to the field it is about.
 * The API's violations name JSON pointers; here they become the form's fields.
 */
final class PageErrors {

  /** One problem, and the id of the form field it links to. */
  record PageError(String text, String target) {}

  private final ValueFormatter format;
  private final List<PageError> errors = new ArrayList<>();
  private final Set<String> weightErrors = new LinkedHashSet<>();
  private final Set<String> costErrors = new LinkedHashSet<>();

  PageErrors(ValueFormatter format) {
    this.format = format;
  }

  void filter(String parameter) {
    errors.add(new PageError(format.text("filter.invalid." + parameter), "compare-" + parameter));
  }

  void add(List<Violation> violations, List<String> offerings) {
    for (Violation violation : violations) {
      String pointer = violation.pointer();
      if (pointer.equals("/usecase")) {
        errors.add(new PageError(format.text("compare.error.usecase"), "compare-usecase"));
      } else if (pointer.equals("/profile")) {
        errors.add(new PageError(format.text("compare.error.profile"), "compare-profile"));
      } else if (pointer.equals("/offerings")) {
        errors.add(
            new PageError(
                format.text(
                    violation.detail().startsWith("At most")
                        ? "compare.error.tooMany"
                        : "compare.error.noOffering",
                    QueryParser.MAX_OFFERINGS),
                "compare-offerings"));
      } else if (pointer.startsWith("/offerings/")) {
        int index = Integer.parseInt(pointer.substring("/offerings/".length()));
        String id = index < offerings.size() ? offerings.get(index) : "";
        errors.add(new PageError(format.text("compare.error.offering", id), "compare-offerings"));
      } else if (pointer.startsWith("/weights/")) {
        String criterion = pointer.substring("/weights/".length());
        weightErrors.add(criterion);
        errors.add(
            new PageError(
                format.text("compare.error.weight", CompareResult.criterionName(criterion, format)),
                "weight-" + criterion));
      } else if (pointer.startsWith("/costs/")) {
        String parameter = pointer.substring("/costs/".length());
        costErrors.add(parameter);
        String key =
            parameter.equals("hosting") || parameter.equals("method")
                ? "compare.error.costChoice"
                : violation.detail().contains("at least the low")
                    ? "compare.error.costVolume"
                    : "compare.error.cost";
        errors.add(
            new PageError(
                format.text(key, Parameter.name(parameter, format.language())),
                CostForm.inputId(parameter)));
      } else if (pointer.equals("/weights")) {
        errors.add(new PageError(format.text("compare.error.weightsZero"), "weight-openness"));
      } else {
        errors.add(new PageError(format.text("compare.error.sensitivity"), "compare-usecase"));
      }
    }
  }

  boolean any() {
    return !errors.isEmpty();
  }

  List<PageError> list() {
    return List.copyOf(errors);
  }

  Set<String> costErrors() {
    return Set.copyOf(costErrors);
  }

  Set<String> weightErrors() {
    return Set.copyOf(weightErrors);
  }
}
