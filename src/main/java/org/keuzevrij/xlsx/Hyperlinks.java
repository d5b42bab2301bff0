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

  /**
   * The text a link shows in a column {@code columnChars} wide: the address without its scheme, cut
   * with an ellipsis where it would run past the column. LibreOffice never wraps a linked cell, and
   * a linked text wider than its column prints over the page's edge and shrinks the whole sheet to
   * fit; the link itself keeps the whole address.
   */
  public static String label(String url, double columnChars) {
    if (url == null) {
      return null;
    }
    String shown = url.replaceFirst("^(?i)https?://", "");
    double room = (columnChars - 1.2) * 0.97;
    if (RowHeight.width(shown) <= room) {
      return shown;
    }
    int end = shown.length();
    while (end > 1 && RowHeight.width(shown.substring(0, end) + "\u2026") > room) {
      end--;
    }
    return shown.substring(0, end) + "\u2026";
  }
}
