package org.keuzevrij.scoring;

/** The words for the two kinds of unknown fact, for texts built outside the message files. */
final class Unknowns {

  private Unknowns() {}

  static String nl(String reason) {
    return switch (reason) {
      case "not-disclosed" -> "niet openbaar gemaakt door de leverancier (een bevinding)";
      case "not-researched" -> "nog niet onderzocht (een gat in de catalogus)";
      default -> reason;
    };
  }

  static String en(String reason) {
    return switch (reason) {
      case "not-disclosed" -> "not disclosed by the supplier (a finding)";
      case "not-researched" -> "not yet researched (a gap in the catalogue)";
      default -> reason;
    };
  }
}
