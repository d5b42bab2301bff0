package org.keuzevrij.scoring;

/**
 * One scoring criterion: a documented rubric from an option's catalogue facts to a score from 0 to
 * 100. It reads only the option and the catalogue, never other options, so scores are absolute.
 */
public abstract class Criterion {

  /** Marks in a name where a narrow column may break a long word, with a hyphen. */
  private static final char SOFT_HYPHEN = '\u00AD';

  private final String id;
  private final String nl;
  private final String en;

  /**
   * @param id the key used in profiles, e.g. {@code dataLocality}
   * @param nl the Dutch name, as the profile page shows it, with soft hyphens (U+00AD) where a long
   *     word may break: "Over\u00ADdraag\u00ADbaar\u00ADheid"
   * @param en the English name, likewise
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
    return plain(nl);
  }

  public final String en() {
    return plain(en);
  }

  /** The name with its soft hyphens, for a narrow column that breaks a long word there. */
  public final String hyphenated(boolean dutch) {
    return dutch ? nl : en;
  }

  private static String plain(String name) {
    return name.replace(String.valueOf(SOFT_HYPHEN), "");
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
