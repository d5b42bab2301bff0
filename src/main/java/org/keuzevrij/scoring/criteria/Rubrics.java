package org.keuzevrij.scoring.criteria;

import java.util.regex.Pattern;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Reason;
import org.keuzevrij.catalogue.derived.EeaLocality;
import org.keuzevrij.scoring.Fact;
import org.keuzevrij.scoring.Phrase;
import org.keuzevrij.scoring.Scorecard;

/**
 * Sub-items that several criteria share: a yes/no fact, a stated term, a location inside the
 * EU/EEA.
 */
final class Rubrics {

  private static final int QUOTE_LENGTH = 160;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Rubrics() {}

  /**
   * Full points when the boolean fact has the good value, none when it has the other, worst case
   * when unknown.
   */
  static void bool(
      Scorecard card,
      Fact fact,
      double max,
      boolean good,
      String nlGood,
      String enGood,
      String nlBad,
      String enBad,
      String nlUnknown,
      String enUnknown) {
    Boolean value = fact.bool();
    if (value == null) {
      card.worst(max, fact, nlUnknown, enUnknown);
    } else if (value == good) {
      card.award(max, max, fact, nlGood, enGood);
    } else {
      card.award(0, max, fact, nlBad, enBad);
    }
  }

  /**
   * A contract term recorded as free text earns its points for being known and is quoted for the
   * reader to judge: the tool does not interpret contract prose. Unknown counts as the worst case.
   */
  static void stated(Scorecard card, Fact fact, double max, String nlLabel, String enLabel) {
    String text = fact.text();
    if (fact.unknown() || text == null) {
      card.worst(max, fact, nlLabel, enLabel);
      return;
    }
    card.award(
        max, max, fact, new Phrase(nlLabel + " vastgelegd:", enLabel + " stated:", quote(text)));
  }

  /**
   * Full points when every location of the fact lies inside the EU/EEA; the check is the derived
   * one.
   */
  static void inEea(Scorecard card, Fact fact, double max, String nlActivity, String enActivity) {
    Derivation locality = EeaLocality.ofLocations(fact.node(), nlActivity, enActivity);
    Reason first = locality.reasons().get(0);
    Phrase reason = new Phrase(first.nl(), first.en());
    if (Derivation.YES.equals(locality.value())) {
      card.award(max, max, fact, reason);
    } else if (Derivation.NO.equals(locality.value())) {
      card.award(0, max, fact, reason);
    } else {
      card.worst(max, fact, reason);
    }
  }

  static String quote(String text) {
    String flat = WHITESPACE.matcher(text).replaceAll(" ").strip();
    return flat.length() <= QUOTE_LENGTH
        ? flat
        : flat.substring(0, QUOTE_LENGTH - 1).stripTrailing() + "\u2026";
  }
}
