package org.keuzevrij.editing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.keuzevrij.browse.ValueFormatter;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.editing.audit.AuditEntry;

/**
 * An entity's audit entries as its page shows them: who, when, how, and what changed, newest first.
 */
public final class HistoryView {

  /**
   * The city's own time zone: an architect in Amsterdam reads times as the clock on the wall showed
   * them.
   */
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  /** Enough to see recent work; the API gives the whole history. */
  public static final int SHOWN = 20;

  /**
   * One change.
   *
   * @param summary what happened in a sentence: created, changed, deleted, or taken in by a reload
   * @param changes the changed values, for updates
   */
  public record Entry(
      String iso, String when, String user, String summary, List<ChangeDescriber.Row> changes) {}

  private final ChangeDescriber describer;
  private final ValueFormatter format;

  public HistoryView(ChangeDescriber describer, ValueFormatter format) {
    this.describer = describer;
    this.format = format;
  }

  public List<Entry> of(Kind kind, List<AuditEntry> entries) {
    DateTimeFormatter when =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(format.language().locale())
            .withZone(ZONE);
    List<Entry> shown = new ArrayList<>();
    for (AuditEntry entry : entries.subList(0, Math.min(SHOWN, entries.size()))) {
      String summary = format.text("history." + entry.action().code() + "." + entry.via());
      shown.add(
          new Entry(
              entry.time().toString(),
              when.format(entry.time()),
              entry.user(),
              summary,
              describer.rows(kind, entry.changes())));
    }
    return shown;
  }
}
