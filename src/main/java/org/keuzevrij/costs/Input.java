package org.keuzevrij.costs;

import org.keuzevrij.web.Language;

/**
 * One number the cost model works with, and where it comes from, so every cost line can be traced
 * to a sourced fact or to a value the officer chose.
 *
 * @param value null when not known
 * @param source the URL of the fact it was taken from, or null
 * @param origin where the value was read
 */
public record Input(String id, Double value, String source, String note, Origin origin) {

  public enum Origin {
    /** The profile's cost model. */
    PROFILE("uit het profiel", "from the profile"),
    /** The use case: its volume and contract dates. */
    USE_CASE("uit de toepassing", "from the use case"),
    /** Changed for this comparison on the compare page or in the request. */
    CHANGED("aangepast voor deze vergelijking", "changed for this comparison"),
    /** Worked out from other inputs. */
    DERIVED("berekend", "worked out");

    private final String nl;
    private final String en;

    Origin(String nl, String en) {
      this.nl = nl;
      this.en = en;
    }

    public String in(Language language) {
      return language.pick(nl, en);
    }
  }

  public boolean known() {
    return value != null;
  }
}
