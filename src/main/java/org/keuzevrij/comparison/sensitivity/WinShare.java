package org.keuzevrij.comparison.sensitivity;

/** How often an option came out first over the random weight samples. */
public record WinShare(String offering, int wins, double share) {}
