package org.keuzevrij.catalogue.derived;

/** The openness scale of the European Open Source AI Index, plus unknown. */
public enum Openness {
  OPEN(1.0),
  PARTIAL(0.5),
  CLOSED(0.0),
  UNKNOWN(0.0);

  private final double points;

  Openness(double points) {
    this.points = points;
  }

  /**
   * Points towards the index score: open 1, partial 0.5; unknown counts as closed, the worst case.
   */
  public double points() {
    return points;
  }

  public static Openness parse(String value) {
    if (value == null) {
      return UNKNOWN;
    }
    return switch (value) {
      case "open" -> OPEN;
      case "partial" -> PARTIAL;
      case "closed" -> CLOSED;
      default -> UNKNOWN;
    };
  }

  public String nl() {
    return switch (this) {
      case OPEN -> "open";
      case PARTIAL -> "deels open";
      case CLOSED -> "gesloten";
      case UNKNOWN -> "onbekend";
    };
  }

  public String en() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
