package org.keuzevrij.scoring;

/** A question for the supplier about one unknown fact, in both languages. */
public record Question(String nl, String en) {}
