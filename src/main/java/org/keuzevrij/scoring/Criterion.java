package org.keuzevrij.scoring;

/**
 * One scoring criterion: a documented rubric from an option's catalogue facts to a score from 0 to
 * 100. It reads only the option and the catalogue, never other options, so scores are absolute.
 */
public abstract class Criterion {

  private final String id;
  private final String nl;
  private final String en;

  /**
   * @param id the key used in profiles, e.g. {@code dataLocality}
   * @param nl the Dutch name, as the profile page shows it
   * @param en the English name
   */
  protected Criterion(String id, String nl, String en) {
    this.id = id;
    this.nl = nl;
    this.en = en;
  }

  public final String id() {
    return id;
  }

  public final String nl() {
    return nl;
  }

  public final String en() {
    return en;
  }

  /** The score for the use case's needs, with every line, fact and question behind it. */
  public final Assessment assess(Option option, Needs needs) {
    Scorecard card = new Scorecard(id);
    rate(card, option, needs);
    return card.assessment();
  }

  /** The score when nothing is known of the use case's needs. */
  public final Assessment assess(Option option) {
    return assess(option, Needs.NONE);
  }

  /**
   * The rubric: scores the option on the card. Only the fit-for-purpose criterion reads the needs;
   * the independence criteria read the option alone.
   */
  protected abstract void rate(Scorecard card, Option option, Needs needs);
}
