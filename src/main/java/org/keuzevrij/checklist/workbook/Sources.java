package org.keuzevrij.checklist.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keuzevrij.checklist.Checklist;
import org.keuzevrij.checklist.clauses.Source;
import org.keuzevrij.web.Language;

/**
 * The checklist's sources, numbered in the order the checklist first cites them. A checklist row
 * cites a source by number, short name and article, with its legal status: "[1] AI Act, Art. 5 (in
 * force)"; the Sources sheet gives each number's full title, status, citing clauses and link once.
 * The full title of the AI Act is 40 characters, and it is cited on half the rows.
 */
final class Sources {

  /**
   * One source as the Sources sheet lists it, with the clauses that cite it (their rows give the
   * article).
   */
  record Entry(int number, Source source, List<String> citedBy) {}

  private final Language language;
  private final Map<List<String>, Entry> entries = new LinkedHashMap<>();

  Sources(Checklist checklist) {
    this.language = checklist.language();
    for (Checklist.Row clause : checklist.rows()) {
      for (Source source : clause.sources()) {
        Entry entry =
            entries.computeIfAbsent(
                key(source), k -> new Entry(entries.size() + 1, source, new ArrayList<>()));
        entry.citedBy().add(clause.id());
      }
    }
  }

  List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /** "[1] AI Act, Art. 5 (in force)": number, short name, article and legal status. */
  String citation(Source source) {
    Entry entry = entries.get(key(source));
    String name = shortName(source.title(language));
    String article = source.article();
    return "["
        + entry.number()
        + "] "
        + (article == null || article.isBlank() ? name : name + ", " + article)
        + " ("
        + source.status().label(language)
        + ")";
  }

  /**
   * A title up to its first comma: "AI Act, Regulation (EU) 2024/1689" is cited as "AI Act", "GIBIT
   * 2023, municipal terms ..." as "GIBIT 2023". The number beside it leads to the full title.
   */
  static String shortName(String title) {
    int comma = title.indexOf(", ");
    return comma > 2 ? title.substring(0, comma) : title;
  }

  /** A source is the same when its title, status and address are. */
  private List<String> key(Source source) {
    return Arrays.asList(source.title(language), source.status().key(), source.url());
  }
}
