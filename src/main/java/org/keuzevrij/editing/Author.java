package org.keuzevrij.editing;

/**
 * Who makes a change and through what, as the audit log records it.
 *
 * @param via {@code api}, {@code page} or {@code reload}
 */
public record Author(String user, String via) {

  public static final String API = "api";
  public static final String PAGE = "page";
  public static final String RELOAD = "reload";
}
