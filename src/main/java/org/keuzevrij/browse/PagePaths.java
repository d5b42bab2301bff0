package org.keuzevrij.browse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.keuzevrij.catalogue.Kind;

/**
 * Where each page lives: {@code /{kind}/{id}} for an entity, {@code /?kind={kind}} for a section of
 * the overview.
 */
public final class PagePaths {

  public static final String OVERVIEW = "/";

  private PagePaths() {}

  public static String entity(Kind kind, String id) {
    return "/" + kind.folder() + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  public static String section(Kind kind) {
    return OVERVIEW + "?kind=" + kind.folder();
  }
}
