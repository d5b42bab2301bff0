package org.keuzevrij.browse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.keuzevrij.catalogue.Kind;

/**
 * Where each page lives: {@code /{kind}/{id}} for an entity, {@code /?kind={kind}} for a section of
 * the overview.
 */
public final class PagePaths {

  public static final String OVERVIEW = "/";
  public static final String COMPARE = "/compare";

  private PagePaths() {}

  public static String entity(Kind kind, String id) {
    return "/" + kind.folder() + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  /**
   * The compare page for a use case with a shortlist of offerings: {@code
   * /compare?usecase=…&offering=…}, the parameters the compare form sends.
   */
  /** The shortlist that means every offering of the catalogue (the comparison's {@code ALL}). */
  public static final String ALL_OFFERINGS = "all";

  public static String compare(String useCase, List<String> offerings) {
    StringBuilder href = new StringBuilder(COMPARE).append("?usecase=").append(encode(useCase));
    offerings.forEach(id -> href.append("&offering=").append(encode(id)));
    return href.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public static String section(Kind kind) {
    return OVERVIEW + "?kind=" + kind.folder();
  }
}
