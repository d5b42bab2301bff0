package org.keuzevrij.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding and number text shared by scores, totals and rationale lines, so every output shows the
 * same figure.
 */
public final class Numbers {

  private Numbers() {}

  /** Half up, like Excel's ROUND for the non-negative numbers we produce. */
  public static BigDecimal round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
  }

  /** Rounded to two decimals without trailing zeros, never in exponent form: 12.5, 30. */
  public static BigDecimal compact(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return BigDecimal.valueOf((long) value);
    }
    BigDecimal stripped = round(value, 2).stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Plain English number without trailing zeros: 12.5, 30. */
  public static String en(double value) {
    return plain(value);
  }

  /** Dutch number: decimal comma. */
  public static String nl(double value) {
    return plain(value).replace('.', ',');
  }

  private static String plain(double value) {
    return compact(value).toPlainString();
  }
}
