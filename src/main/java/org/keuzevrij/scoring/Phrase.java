package org.keuzevrij.scoring;

/**
 * The text of one rationale line in both languages the product speaks.
 *
 * @param quote catalogue text quoted after the line, or null
 */
public record Phrase(String nl, String en, String quote) {

  public Phrase(String nl, String en) {
    this(nl, en, null);
  }
}
