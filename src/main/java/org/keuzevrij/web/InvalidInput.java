package org.keuzevrij.web;

import java.util.List;

/**
 * Input the app cannot use: a bad query parameter, body or path segment, with everything wrong with
 * it. Parsers and handlers throw it; {@link Failures} turns it into problem details for the API or
 * an error page, and pages that show the mistakes next to their form fields catch it and read its
 * violations.
 */
public final class InvalidInput extends RuntimeException {

  /**
   * One thing wrong with the input.
   *
   * @param pointer JSON pointer into the body, e.g. {@code /offerings/2}; for a query it points
   *     where the same value would sit in a body; null when the input has no body form
   * @param parameter the query parameter or path segment, e.g. {@code offering} or {@code
   *     w.openness}; null for a body
   */
  public record Violation(String pointer, String parameter, String detail) {

    public static Violation at(String pointer, String detail) {
      return new Violation(pointer, null, detail);
    }

    public static Violation parameter(String name, String detail) {
      return new Violation(null, name, detail);
    }
  }

  private final int status;
  private final transient List<Violation> violations;

  /**
   * @param detail the problem's {@code detail}: one sentence for people, the violations say where
   */
  public InvalidInput(int status, String detail, List<Violation> violations) {
    super(detail);
    this.status = status;
    this.violations = List.copyOf(violations);
  }

  public InvalidInput(String detail, List<Violation> violations) {
    this(400, detail, violations);
  }

  /**
   * A refusal with nothing to point at, such as a body that is not JSON or an id that names
   * nothing.
   */
  public InvalidInput(int status, String detail) {
    this(status, detail, List.of());
  }

  /** One bad query parameter, worded {@code Query parameter "name" reason.} */
  public static InvalidInput parameter(String name, String reason) {
    return new InvalidInput(
        "Query parameter \"" + name + "\" " + reason + ".",
        List.of(Violation.parameter(name, reason)));
  }

  public int status() {
    return status;
  }

  public String detail() {
    return getMessage();
  }

  public List<Violation> violations() {
    return violations;
  }

  /**
   * The parameter the first violation names, for pages that mark one form field; null if none does.
   */
  public String parameter() {
    return violations.stream()
        .map(Violation::parameter)
        .filter(p -> p != null)
        .findFirst()
        .orElse(null);
  }
}
