package org.keuzevrij.scoring;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A catalogue fact a score rests on, as it stood in the catalogue: {@code fact} is {@code
 * <folder>/<id>#<pointer>}, or {@code derived:<folder>/<id>#<name>} for a derived fact.
 */
public record Evidence(String fact, JsonNode value, String source, String checked) {}
