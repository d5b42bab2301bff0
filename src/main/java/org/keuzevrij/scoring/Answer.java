package org.keuzevrij.scoring;

import com.fasterxml.jackson.databind.JsonNode;

/** A use-case answer given by the city: yes, no, or unknown, which counts as the worst case. */
public enum Answer {
  YES,
  NO,
  UNKNOWN;

  public static Answer of(JsonNode value) {
    if (value != null && value.isBoolean()) {
      return value.booleanValue() ? YES : NO;
    }
    return UNKNOWN;
  }

  /** Whether a rule triggered by this answer applies: unknown counts as yes, the worst case. */
  public boolean applies() {
    return this != NO;
  }
}
