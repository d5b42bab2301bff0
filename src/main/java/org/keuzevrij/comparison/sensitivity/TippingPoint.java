package org.keuzevrij.comparison.sensitivity;

/**
 * For one criterion, the range of its weight within which the winner stays the winner, all other
 * weights unchanged.
 *
 * @param from lowest weight at which the winner still wins (0 when it wins all the way down)
 * @param to highest weight at which the winner still wins ({@link
 *     org.keuzevrij.scoring.Weights#MAX} when it wins all the way up)
 * @param takesOverBelow the offering that wins below {@code from}, or null
 * @param takesOverAbove the offering that wins above {@code to}, or null
 */
public record TippingPoint(
    String criterion,
    double weight,
    double from,
    double to,
    String takesOverBelow,
    String takesOverAbove) {}
