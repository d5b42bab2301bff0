package org.keuzevrij.browse;

/**
 * The date a source was checked: ISO for the {@code <time>} element, and written out for the
 * reader.
 */
public record CheckedDate(String iso, String text, CheckedDate reviewDue) {

  public CheckedDate(String iso, String text) {
    this(iso, text, null);
  }
}
