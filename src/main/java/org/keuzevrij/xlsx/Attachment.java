package org.keuzevrij.xlsx;

import java.util.regex.Pattern;

/** The headers that make a browser save a workbook instead of showing it. */
public final class Attachment {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

  private Attachment() {}

  /**
   * The Content-Disposition value for {@code fileName}. Our file names are built from ids
   * (lowercase slugs) and dates, so they are ASCII without quotes and need neither escaping nor the
   * {@code filename*} form; should a name ever hold anything else (a quote, CR or LF, a slash), it
   * becomes an underscore, so no value can end the header or the quoted name.
   */
  public static String disposition(String fileName) {
    return "attachment; filename=\"" + UNSAFE.matcher(fileName).replaceAll("_") + "\"";
  }
}
