package org.keuzevrij.browse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a fact comes from, shown by its host name so a reader sees at a glance whose page it is.
 */
public record SourceLink(String href, String host) {

  /**
   * Only http and https become links: the schema requires that already, and checking again here
   * keeps a {@code javascript:} URL out of the page should the schema ever loosen.
   */
  public static Optional<SourceLink> of(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        return Optional.empty();
      }
      String host = uri.getHost().startsWith("www.") ? uri.getHost().substring(4) : uri.getHost();
      return Optional.of(new SourceLink(url, host));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
