package org.keuzevrij.catalogue;

import java.util.Set;

/** Which location codes lie inside the EU/EEA, where EU data-protection law applies in full. */
public final class Places {

  public static final Set<String> EU =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  /** The EEA is the EU plus Iceland, Liechtenstein and Norway. */
  public static final Set<String> EEA_NON_EU = Set.of("IS", "LI", "NO");

  private Places() {}

  /** True for an EU/EEA country or area code; EFTA is not, since it includes Switzerland. */
  public static boolean inEea(String code) {
    return "EU".equals(code)
        || "EEA".equals(code)
        || EU.contains(code)
        || EEA_NON_EU.contains(code);
  }
}
