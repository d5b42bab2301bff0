package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reading sourced facts ({@code {"value": ..., "source": ..., "checked": ...}}) without caring how
 * they are nested.
 */
public final class Facts {

  public static final String UNKNOWN = "unknown";
  public static final String NO_STORAGE = "none";

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

  public static String source(JsonNode fact) {
    return fact.path("source").asText(null);
  }
}
