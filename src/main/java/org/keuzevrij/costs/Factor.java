package org.keuzevrij.costs;

/**
 * One factor of a cost line: an input of the cost model (which the workbook keeps in a cell of its
 * own, so changing it there recalculates) or a constant such as a list price. A line is the product
 * of its factors, which is as far as the arithmetic goes, so the page, the JSON and the workbook's
 * formula cannot disagree.
 *
 * @param input the input's id, {@link #VOLUME} for the use case's volume (low or high), or null for
 *     a constant
 * @param constant the constant's value, null when it is not known
 * @param divide whether the line is divided by the factor rather than multiplied
 */
public record Factor(String input, Double constant, boolean divide) {

  /** The use case's volume per month: its low end for the low figure, its high end for the high. */
  public static final String VOLUME = "volume";

  public static Factor times(String input) {
    return new Factor(input, null, false);
  }

  public static Factor times(Double constant) {
    return new Factor(null, constant, false);
  }

  public static Factor per(String input) {
    return new Factor(input, null, true);
  }

  public static Factor per(double constant) {
    return new Factor(null, constant, true);
  }

  /** The input this factor reads for the low or high figure, or null for a constant. */
  public String inputFor(boolean high) {
    if (VOLUME.equals(input)) {
      return high ? Parameter.VOLUME_HIGH.id() : Parameter.VOLUME_LOW.id();
    }
    return input;
  }
}
