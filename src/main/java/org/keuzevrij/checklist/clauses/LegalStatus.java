package org.keuzevrij.checklist.clauses;

import java.util.Arrays;
import java.util.Optional;
import org.keuzevrij.web.Language;

/** How binding a source is, from law in force to guidance; declared from strongest to weakest. */
public enum LegalStatus {
  IN_FORCE("in-force", "van kracht", "in force"),
  ADOPTED("adopted", "aangenomen, nog niet van kracht", "adopted, not yet in force"),
  PROPOSED("proposed", "voorgesteld", "proposed"),
  GUIDANCE("guidance", "richtsnoer", "guidance");

  private final String key;
  private final String nl;
  private final String en;

  LegalStatus(String key, String nl, String en) {
    this.key = key;
    this.nl = nl;
    this.en = en;
  }

  public String key() {
    return key;
  }

  public String label(Language language) {
    return language.pick(nl, en);
  }

  public static Optional<LegalStatus> fromKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }
}
