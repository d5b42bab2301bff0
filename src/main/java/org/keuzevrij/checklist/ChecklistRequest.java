package org.keuzevrij.checklist;

import java.util.function.Function;
import org.keuzevrij.web.InvalidInput;
import org.keuzevrij.web.Language;

/**
 * The query of a checklist request: {@code usecase}, {@code offering} and {@code lang} (nl by
 * default). Shared by the API and the page, so both accept and refuse the same things.
 */
public record ChecklistRequest(String usecase, String offering, Language language) {

  private static final int MAX_ID = 64;

  /**
   * Reads and checks the parameters; a missing id or an unknown language is an {@link
   * InvalidInput}.
   */
  public static ChecklistRequest from(Function<String, String> parameters) {
    String usecase = id(parameters, "usecase");
    String offering = id(parameters, "offering");
    String lang = parameters.apply("lang");
    Language language =
        lang == null || lang.isEmpty()
            ? Language.NL
            : Language.fromCode(lang)
                .orElseThrow(() -> InvalidInput.parameter("lang", "must be nl or en"));
    return new ChecklistRequest(usecase, offering, language);
  }

  /**
   * {@code keuzevrij-checklist-<usecase>-<offering>-<lang>.xlsx}: ids are lowercase slugs, safe in
   * a header.
   */
  public String fileName() {
    return "keuzevrij-checklist-" + usecase + "-" + offering + "-" + language.code() + ".xlsx";
  }

  /** The query string that asks for this checklist again, e.g. for the download link. */
  public String query() {
    return "usecase=" + usecase + "&offering=" + offering + "&lang=" + language.code();
  }

  private static String id(Function<String, String> parameters, String name) {
    String value = parameters.apply(name);
    if (value == null || value.isEmpty()) {
      throw InvalidInput.parameter(name, "is required");
    }
    if (value.length() > MAX_ID || !value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw InvalidInput.parameter(
          name, "must be an id: lowercase letters, digits and single hyphens");
    }
    return value;
  }
}
