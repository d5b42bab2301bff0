package org.keuzevrij.comparison;

/**
 * One thing wrong with an evaluation request.
 *
 * @param pointer JSON pointer into the request body, e.g. {@code /offerings/2}; for a query it points where the same
 *     value would sit in a body
 * @param parameter the query parameter, e.g. {@code offering} or {@code w.openness}
 */
public record Violation(String pointer, String parameter, String detail) {}
