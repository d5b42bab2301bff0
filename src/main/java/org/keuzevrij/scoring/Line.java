package org.keuzevrij.scoring;

import java.math.BigDecimal;

/**
 * One line of a criterion's rationale. Scored lines carry the points they earned out of their
 * maximum; detail lines (depth 1) explain the line above them and carry no points.
 *
 * @param quote catalogue text quoted after the line, as written in the catalogue (English), or
 *     null; kept apart so pages can mark its language
 * @param worst why the line scored its fact as the worst value, which its text also says; null for
 *     a known fact
 * @param model the id of the model whose share of the criterion the line belongs to, for a
 *     criterion that counts one model of the offering; null for the offering's own lines
 */
public record Line(
    String nl,
    String en,
    String quote,
    String source,
    BigDecimal points,
    BigDecimal max,
    int depth,
    Worst worst,
    String model) {

  Line(
      String nl,
      String en,
      String quote,
      String source,
      BigDecimal points,
      BigDecimal max,
      int depth) {
    this(nl, en, quote, source, points, max, depth, null, null);
  }

  /** This line as part of the share of {@code model}. */
  Line of(String model) {
    return new Line(nl, en, quote, source, points, max, depth, worst, model);
  }

  /** The line without what {@link #worst} adds, Dutch or English. */
  public String bare(boolean dutch) {
    String text = dutch ? nl : en;
    String phrase = worst == null ? "" : dutch ? worst.nl() : worst.en();
    return text.endsWith(phrase) ? text.substring(0, text.length() - phrase.length()) : text;
  }

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
