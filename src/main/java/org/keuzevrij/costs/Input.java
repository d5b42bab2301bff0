package org.keuzevrij.costs;

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
    PROFILE,
    /** The use case: its volume and contract dates. */
    USE_CASE,
    /** Changed for this comparison on the compare page or in the request. */
    CHANGED,
    /** Worked out from other inputs. */
    DERIVED
  }

  public boolean known() {
    return value != null;
  }
}
