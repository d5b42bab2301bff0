package org.keuzevrij.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.Reason;
import org.keuzevrij.catalogue.derived.DerivedFacts;
import org.keuzevrij.catalogue.derived.OpennessAssessor;

/**
 * Derived facts as pages show them: the value, and the reasons that lead to it, each with its
 * source where known.
 */
public final class Explanations {

  public record Line(String text, SourceLink source) {}

  public record Explained(String name, String label, DisplayValue value, List<Line> reasons) {}

  private final ValueFormatter format;

  public Explanations(ValueFormatter format) {
    this.format = format;
  }

  public List<Explained> of(DerivedFacts derived, Kind kind, String id) {
    List<Explained> explained = new ArrayList<>();
    for (Map.Entry<String, Derivation> entry : derived.get(kind, id).entrySet()) {
      explained.add(explain(entry.getKey(), entry.getValue()));
    }
    return explained;
  }

  public Explained explain(String name, Derivation derivation) {
    List<Line> reasons = new ArrayList<>();
    for (Reason reason : derivation.reasons()) {
      reasons.add(
          new Line(reason.in(format.language()), SourceLink.of(reason.source()).orElse(null)));
    }
    return new Explained(
        name, format.text("derived." + name), value(name, derivation.value()), reasons);
  }

  /** The value alone, for the overview tables. */
  public DisplayValue value(String name, Object value) {
    if (value == null || Facts.UNKNOWN.equals(String.valueOf(value))) {
      return format.unknown();
    }
    return switch (name) {
      case DerivedFacts.OSAI_SCORE ->
          DisplayValue.of(
              format.text(
                  "derived.osaiScore.value",
                  format.number((Number) value),
                  OpennessAssessor.OSAI_MAX));
      case DerivedFacts.MOF_CLASS -> mofClass(String.valueOf(value));
      case DerivedFacts.HOSTS -> DisplayValue.of(format.number((Number) value));
      default -> format.answer(value);
    };
  }

  private DisplayValue mofClass(String value) {
    if (value.startsWith("Class ")) {
      return DisplayValue.of(
          format.text("derived.mofClass.class", value.substring("Class ".length())));
    }
    return DisplayValue.of(format.text("derived.mofClass.none"));
  }
}
