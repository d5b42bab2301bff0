package org.keuzevrij.checklist.clauses;

import java.util.Arrays;
import java.util.Optional;
import org.keuzevrij.web.Language;

/**
 * Why a clause is there: the law asks for it, the city chose it, or it is good practice. Tells
 * negotiators what is tradeable.
 */
public enum Basis {
  LEGAL_DUTY("legal-duty", "wettelijke plicht", "legal duty"),
  POLICY_CHOICE("policy-choice", "beleidskeuze", "policy choice"),
  GOOD_PRACTICE("good-practice", "goede praktijk", "good practice");

  private final String key;
  private final String nl;
  private final String en;

  Basis(String key, String nl, String en) {
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

  public static Optional<Basis> fromKey(String key) {
    return Arrays.stream(values()).filter(b -> b.key.equals(key)).findFirst();
  }
}
