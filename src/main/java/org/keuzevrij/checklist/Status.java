package org.keuzevrij.checklist;

import java.util.Arrays;
import org.keuzevrij.web.Language;

/**
 * Where legal staff are with a clause; the workbook's drop-down offers exactly these, in the
 * workbook's language.
 */
public enum Status {
  TO_DO("te doen", "to do", false),
  DRAFTING("in concept", "drafting", false),
  NEGOTIATING("in onderhandeling", "negotiating", false),
  AGREED("overeengekomen", "agreed", true),
  DEVIATION_APPROVED("afwijking goedgekeurd", "deviation approved", true),
  NOT_APPLICABLE("niet van toepassing", "not applicable", true);

  private final String nl;
  private final String en;
  private final boolean done;

  Status(String nl, String en, boolean done) {
    this.nl = nl;
    this.en = en;
    this.done = done;
  }

  public String label(Language language) {
    return language.pick(nl, en);
  }

  /**
   * Whether the clause needs no more work: agreed, a deviation approved, or judged not applicable.
   */
  public boolean done() {
    return done;
  }

  public static String[] labels(Language language) {
    return Arrays.stream(values()).map(status -> status.label(language)).toArray(String[]::new);
  }
}
