package org.keuzevrij.scoring;

import java.math.BigDecimal;

/**
 * One line of a criterion's rationale. Scored lines carry the points they earned out of their maximum; detail lines
 * (depth 1) explain the line above them and carry no points.
 */
public record Line(String nl, String en, String source, BigDecimal points, BigDecimal max, int depth) {

  public boolean scored() {
    return points != null;
  }
}
