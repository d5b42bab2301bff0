package org.keuzevrij.scoring;

import java.math.BigDecimal;

/**
 * One line of a criterion's rationale. Scored lines carry the points they earned out of their
 * maximum; detail lines (depth 1) explain the line above them and carry no points.
 *
 * @param quote catalogue text quoted after the line, as written in the catalogue (English), or
 *     null; kept apart so pages can mark its language
 */
public record Line(
    String nl,
    String en,
    String quote,
    String source,
    BigDecimal points,
    BigDecimal max,
    int depth) {

  public boolean scored() {
    return points != null;
  }

  /** The Dutch line with its quote, for plain text such as a spreadsheet cell. */
  public String nlText() {
    return quote == null ? nl : nl + " \u201c" + quote + "\u201d";
  }

  public String enText() {
    return quote == null ? en : en + " \u201c" + quote + "\u201d";
  }
}
