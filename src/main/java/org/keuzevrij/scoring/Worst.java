package org.keuzevrij.scoring;

/**
 * Why a line scored an unknown fact as its worst value, as the line says it in full and as a
 * workbook, where the phrase would repeat on a hundred lines, says it in short.
 */
public enum Worst {
  NOT_DISCLOSED(
      " (niet openbaar gemaakt door de leverancier: een bevinding; telt als slechtste waarde)",
      " (not disclosed by the supplier: a finding; counts as the worst value)",
      "niet openbaar",
      "not disclosed"),
  NOT_RESEARCHED(
      " (nog niet onderzocht: telt als slechtste waarde)",
      " (not yet researched: counts as the worst value)",
      "niet onderzocht",
      "not researched"),
  UNKNOWN(
      " (onbekend: telt als slechtste waarde)",
      " (unknown: counts as the worst value)",
      "onbekend",
      "unknown");

  private final String nl;
  private final String en;
  private final String shortNl;
  private final String shortEn;

  Worst(String nl, String en, String shortNl, String shortEn) {
    this.nl = nl;
    this.en = en;
    this.shortNl = shortNl;
    this.shortEn = shortEn;
  }

  static Worst of(Fact fact) {
    if (fact.notDisclosed()) {
      return NOT_DISCLOSED;
    }
    return "not-researched".equals(fact.unknownReason()) ? NOT_RESEARCHED : UNKNOWN;
  }

  /** What the line adds to its text: " (not disclosed by the supplier: …)". */
  public String nl() {
    return nl;
  }

  public String en() {
    return en;
  }

  /** The kind in two words: "not disclosed". */
  public String shortNl() {
    return shortNl;
  }

  public String shortEn() {
    return shortEn;
  }
}
