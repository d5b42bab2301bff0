package org.keuzevrij.xlsx;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Which addresses may become a clickable link in a workbook: http and https with a host, nothing
 * else.
 */
public final class Hyperlinks {

  private Hyperlinks() {}

  /** False for javascript:, file:, relative and malformed addresses, and for none. */
  public static boolean allowed(String url) {
    if (url == null) {
      return false;
    }
    try {
      URI uri = new URI(url);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
