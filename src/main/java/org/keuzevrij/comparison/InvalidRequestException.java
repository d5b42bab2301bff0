package org.keuzevrij.comparison;

import java.util.List;

/** An evaluation request that cannot be answered, with everything wrong with it. */
public final class InvalidRequestException extends RuntimeException {

  private final transient List<Violation> violations;

  public InvalidRequestException(List<Violation> violations) {
    super(violations.isEmpty() ? "invalid request" : violations.get(0).pointer() + ": " + violations.get(0).detail());
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
