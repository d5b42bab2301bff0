package org.keuzevrij.checklist.clauses;

import java.util.Arrays;
import java.util.Optional;
import org.keuzevrij.web.Language;

/**
 * How hard the city should hold on to a clause, in MoSCoW terms; declared from strongest to
 * weakest.
 */
public enum Priority {
  MUST("must", "moet", "must"),
  SHOULD("should", "zou moeten", "should"),
  COULD("could", "kan", "could");

  private final String key;
  private final String nl;
  private final String en;

  Priority(String key, String nl, String en) {
    this.key = key;
    this.nl = nl;
    this.en = en;
  }

  public String key() {
    return key;
  }

  public String label(Language language) {
    return language.pick(nl, en);
  }

  public boolean strongerThan(Priority other) {
    return ordinal() < other.ordinal();
  }

  public static Optional<Priority> fromKey(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
  }
}
