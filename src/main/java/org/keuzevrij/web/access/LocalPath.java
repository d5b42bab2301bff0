package org.keuzevrij.web.access;

/**
 * Where a form may send a user back to: only a path on this site, never "//elsewhere" or another
 * scheme.
 */
public final class LocalPath {

  private LocalPath() {}

  public static String orHome(String path) {
    if (path == null
        || !path.startsWith("/")
        || path.startsWith("//")
        || path.contains("\\")
        || path.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    return path;
  }
}
