package org.keuzevrij.costs;

/** How each unit of a price list reads, in Dutch and English. */
final class PriceUnits {

  private PriceUnits() {}

  /** "per million input tokens", for after an amount. */
  static String en(String unit) {
    return switch (unit) {
      case CostModel.TOKENS_IN -> "per million input tokens";
      case CostModel.TOKENS_OUT -> "per million output tokens";
      case "page" -> "per page";
      case "image" -> "per image";
      case "audio-hour" -> "per audio hour";
      case "endpoint-hour" -> "per endpoint hour";
      case "gpu-hour" -> "per GPU hour";
      case CostModel.MONTH -> "per month";
      default -> "per " + unit;
    };
  }

  static String nl(String unit) {
    return switch (unit) {
      case CostModel.TOKENS_IN -> "per miljoen invoertokens";
      case CostModel.TOKENS_OUT -> "per miljoen uitvoertokens";
      case "page" -> "per pagina";
      case "image" -> "per afbeelding";
      case "audio-hour" -> "per uur audio";
      case "endpoint-hour" -> "per uur endpoint";
      case "gpu-hour" -> "per GPU-uur";
      case CostModel.MONTH -> "per maand";
      default -> "per " + unit;
    };
  }

  /** What a line of that unit pays for. */
  static String labelEn(String unit) {
    return switch (unit) {
      case CostModel.TOKENS_IN -> "Input tokens";
      case CostModel.TOKENS_OUT -> "Output tokens";
      case "endpoint-hour", "gpu-hour" -> "Dedicated instance";
      case CostModel.MONTH -> "Monthly fee";
      default -> "Usage";
    };
  }

  static String labelNl(String unit) {
    return switch (unit) {
      case CostModel.TOKENS_IN -> "Invoertokens";
      case CostModel.TOKENS_OUT -> "Uitvoertokens";
      case "endpoint-hour", "gpu-hour" -> "Toegewijde instantie";
      case CostModel.MONTH -> "Maandbedrag";
      default -> "Gebruik";
    };
  }
}
