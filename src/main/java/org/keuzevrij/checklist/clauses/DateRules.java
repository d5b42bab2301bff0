package org.keuzevrij.checklist.clauses;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.keuzevrij.web.Language;

/**
 * Contract dates against legal deadlines. The deadlines are the dates as enacted; where a pending
 * amendment would move one later, the earlier one counts, because that is when the obligation can
 * bite first.
 */
final class DateRules {

  /** Data Act, Article 29: reduced switching charges until this date, none from it. */
  static final LocalDate SWITCHING_CHARGE_BAN = LocalDate.of(2027, 1, 12);

  /** AI Act, Article 113 as enacted: Annex III high-risk obligations apply from this date. */
  static final LocalDate HIGH_RISK_OBLIGATIONS = LocalDate.of(2026, 8, 2);

  private static final DateTimeFormatter NL =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
  private static final DateTimeFormatter EN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private DateRules() {}

  static Finding startsBeforeChargeBan(ProcurementCase c) {
    return compare(
        c.contractStart(), "begin", "start", date -> date.isBefore(SWITCHING_CHARGE_BAN));
  }

  static Finding reachesChargeBan(ProcurementCase c) {
    return compare(c.contractEnd(), "einde", "end", date -> !date.isBefore(SWITCHING_CHARGE_BAN));
  }

  static Finding reachesHighRiskDate(ProcurementCase c) {
    return compare(c.contractEnd(), "einde", "end", date -> !date.isBefore(HIGH_RISK_OBLIGATIONS));
  }

  static String format(LocalDate date, Language language) {
    return (language == Language.NL ? NL : EN).format(date);
  }

  private static Finding compare(
      Optional<LocalDate> date,
      String nl,
      String en,
      java.util.function.Predicate<LocalDate> test) {
    if (date.isEmpty()) {
      return new Finding(
          Truth.UNKNOWN,
          nl + " van het contract niet vastgelegd in de toepassing",
          "contract " + en + " not recorded in the use case");
    }
    return new Finding(
        Truth.of(test.test(date.get())),
        nl + " van het contract: " + format(date.get(), Language.NL),
        "contract " + en + ": " + format(date.get(), Language.EN));
  }
}
