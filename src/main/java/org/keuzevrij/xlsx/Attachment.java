package org.keuzevrij.xlsx;

/** The headers that make a browser save a workbook instead of showing it. */
public final class Attachment {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Attachment() {}

  /**
   * The Content-Disposition value for {@code fileName}. Our file names are built from ids
   * (lowercase slugs) and dates, so they are ASCII without quotes and need neither escaping nor the
   * {@code filename*} form.
   */
  public static String disposition(String fileName) {
    return "attachment; filename=\"" + fileName + "\"";
  }
}
