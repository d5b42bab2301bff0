package org.keuzevrij.browse;

import java.util.List;
import java.util.Set;

/**
 * A value as a page shows it: its text, an optional marker for values on a fixed scale (open,
 * partial, closed, yes, no, unknown), drawn as a labelled badge so that meaning never rests on
 * colour alone, the language of the text when it differs from the page's (catalogue notes are in
 * English), and any links it consists of.
 */
public record DisplayValue(String text, String marker, String lang, List<Link> links) {

  public static final String UNKNOWN = "unknown";
  private static final Set<String> MARKERS =
      Set.of(UNKNOWN, "yes", "no", "open", "partial", "closed");

  public DisplayValue {
    links = List.copyOf(links);
    if (marker != null && !MARKERS.contains(marker)) {
      throw new IllegalArgumentException("Not a marker: " + marker);
    }
  }

  public static DisplayValue of(String text) {
    return new DisplayValue(text, null, null, List.of());
  }

  public static DisplayValue marked(String text, String marker) {
    return new DisplayValue(text, marker, null, List.of());
  }

  public static DisplayValue inLanguage(String text, String lang) {
    return new DisplayValue(text, null, lang, List.of());
  }

  public static DisplayValue unknown(String text) {
    return marked(text, UNKNOWN);
  }

  public static DisplayValue links(List<Link> links, String textWhenEmpty) {
    return new DisplayValue(textWhenEmpty, null, null, links);
  }

  public boolean unknown() {
    return UNKNOWN.equals(marker);
  }

  /** A link to a page of this app, or to an outside site (then with {@code rel="noopener"}). */
  public record Link(String text, String href, boolean external) {

    public static Link internal(String text, String href) {
      return new Link(text, href, false);
    }
  }
}
