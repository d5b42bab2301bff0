package org.keuzevrij.scoring;

/**
 * One scoring criterion: a documented rubric from an option's catalogue facts to a score from 0 to 100. It reads only
 * the option and the catalogue, never other options, so scores are absolute.
 */
public interface Criterion {

  /** The key used in profiles, e.g. {@code dataLocality}. */
  String id();

  String nl();

  String en();

  Assessment assess(Option option);
}
