package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reading sourced facts ({@code {"value": ..., "source": ..., "checked": ...}}) without caring how
 * they are nested.
 */
public final class Facts {

  public static final String UNKNOWN = "unknown";
  public static final String NO_STORAGE = "none";
  public static final String NOT_DISCLOSED = "not-disclosed";
  public static final String NOT_RESEARCHED = "not-researched";

  private Facts() {}

  public static JsonNode value(JsonNode fact) {
    return fact.path("value");
  }

  public static boolean isUnknown(JsonNode fact) {
    return isUnknownValue(value(fact));
  }

  /** The same for a fact's value, already read. */
  public static boolean isUnknownValue(JsonNode value) {
    return value.isMissingNode() || value.isTextual() && UNKNOWN.equals(value.textValue());
  }

  /**
   * Whether a storage fact's value says the service stores no customer content at all: a finding of
   * its own, unlike an unknown location.
   */
  public static boolean isNoStorage(JsonNode value) {
    return value.isTextual() && NO_STORAGE.equals(value.textValue());
  }

  /** True, false or null for unknown. */
  public static Boolean bool(JsonNode fact) {
    JsonNode value = value(fact);
    return value.isBoolean() ? value.booleanValue() : null;
  }

  public static String text(JsonNode fact) {
    JsonNode value = value(fact);
    return value.isTextual() ? value.textValue() : null;
  }

  /**
   * Why an unknown fact is unknown: {@link #NOT_DISCLOSED} (the supplier's public pages say
   * nothing, a finding in itself), {@link #NOT_RESEARCHED} (a gap in the catalogue), or null when
   * the fact is known or does not say.
   */
  public static String unknownReason(JsonNode fact) {
    if (!isUnknown(fact)) {
      return null;
    }
    String reason = fact.path("unknownReason").asText(null);
    return NOT_DISCLOSED.equals(reason) || NOT_RESEARCHED.equals(reason) ? reason : null;
  }

  public static boolean isNotDisclosed(JsonNode fact) {
    return NOT_DISCLOSED.equals(unknownReason(fact));
  }

  public static String source(JsonNode fact) {
    return fact.path("source").asText(null);
  }
}
