package org.keuzevrij.checklist.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.keuzevrij.checklist.Checklist;
import org.keuzevrij.checklist.clauses.Condition;
import org.keuzevrij.checklist.clauses.Source;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Hyperlinks;
import org.keuzevrij.xlsx.Palette.Style;

/**
 * The read-only sheets behind the checklist: what did not apply, the facts and assumptions it rests
 * on, and every source with the clauses that cite it and its link.
 */
final class ListSheets {

  private ListSheets() {}

  static void notApplicable(SheetWriter writer, Checklist checklist) {
    Language language = checklist.language();
    writer.header(
        0,
        new Words[] {Words.ID, Words.CATEGORY, Words.REQUIREMENT, Words.RULE, Words.WHY_NOT},
        new int[] {9, 11, 96, 28, 34},
        language);
    int r = 1;
    for (Checklist.NotApplicable clause : checklist.notApplicable()) {
      Row row = writer.row(r++);
      writer.text(row, 0, clause.id(), Style.TEXT);
      writer.text(row, 1, clause.category().label(language), Style.WRAPPED);
      writer.text(
          row, 2, ChecklistSheet.requirement(clause.requirement(), checklist), Style.WRAPPED);
      writer.text(row, 3, clause.trigger(), Style.WRAPPED);
      // The facts' details are on the facts sheet, once each.
      writer.text(row, 4, clause.briefFailed(), Style.WRAPPED);
    }
    writer.table(5, r - 1);
  }

  /**
   * What the checklist rests on: every fact that decided whether a clause applies or its priority,
   * once, with its answer and detail (the rows say only "Hosted: yes"), and the clauses it decided;
   * the unknown ones first, assumed as the worst case, with whom to confirm them; then the fit
   * check and the facts due for review.
   */
  static void facts(SheetWriter writer, Checklist checklist) {
    Language language = checklist.language();
    writer.header(
        0,
        new Words[] {
          Words.CONDITION,
          Words.MEANING,
          Words.ANSWER,
          Words.RESTS_ON,
          Words.CONFIRM_WITH,
          Words.DECIDED
        },
        new int[] {20, 36, 9, 72, 16, 24},
        language);
    Map<Condition, Checklist.Matched> facts = new LinkedHashMap<>();
    Map<Condition, List<String>> clauses = new LinkedHashMap<>();
    for (Checklist.Row clause : checklist.rows()) {
      for (Checklist.Matched matched : clause.matched()) {
        facts.putIfAbsent(matched.condition(), matched);
        clauses.computeIfAbsent(matched.condition(), k -> new ArrayList<>()).add(clause.id());
      }
    }
    for (Checklist.NotApplicable clause : checklist.notApplicable()) {
      for (Checklist.Matched matched : clause.failedConditions()) {
        facts.putIfAbsent(matched.condition(), matched);
        clauses.computeIfAbsent(matched.condition(), k -> new ArrayList<>()).add(clause.id());
      }
    }
    List<Checklist.Matched> ordered = new ArrayList<>(facts.values());
    ordered.sort(
        Comparator.comparing((Checklist.Matched m) -> !m.assumed())
            .thenComparing(Checklist.Matched::condition));
    int r = 1;
    for (Checklist.Matched fact : ordered) {
      Condition condition = fact.condition();
      Row row = writer.row(r++);
      writer.text(row, 0, condition.label(language), Style.WRAPPED);
      writer.text(row, 1, meaning(condition, language), Style.WRAPPED);
      writer.text(row, 2, fact.truth().label(language), Style.WRAPPED);
      writer.text(row, 3, grouped(fact.detail()), Style.WRAPPED);
      writer.text(row, 4, fact.assumed() ? condition.confirm().whom(language) : "", Style.WRAPPED);
      writer.text(row, 5, String.join(", ", clauses.get(condition)), Style.WRAPPED);
    }
    // The checklist assumes the offering can do the job; the fit check's lines say on what facts,
    // a row for each group of models checked alike.
    // The offering's verdict on the first row; each group's heading gives its models' own.
    boolean first = true;
    for (Map.Entry<List<String>, List<String>> group : fitGroups(checklist.fit()).entrySet()) {
      Row row = writer.row(r++);
      writer.text(row, 0, Words.FIT.in(language), Style.WRAPPED);
      writer.text(row, 1, String.join("; ", group.getValue()), Style.WRAPPED);
      writer.text(row, 2, first ? checklist.fit().verdict() : "", Style.WRAPPED);
      first = false;
      writer.text(row, 3, String.join("; ", group.getKey()), Style.WRAPPED);
      writer.text(row, 4, "", Style.WRAPPED);
      writer.text(row, 5, "", Style.WRAPPED);
    }
    for (String due : checklist.dueForReview()) {
      Row row = writer.row(r++);
      writer.text(row, 0, Words.DUE_FOR_REVIEW.in(language), Style.WRAPPED);
      writer.text(row, 1, Words.DUE_FOR_REVIEW_MEANING.in(language), Style.WRAPPED);
      writer.text(row, 2, "", Style.WRAPPED);
      writer.text(row, 3, due, Style.WRAPPED);
      writer.text(row, 4, "", Style.WRAPPED);
      writer.text(row, 5, "", Style.WRAPPED);
    }
    writer.table(6, r - 1);
  }

  /**
   * A detail listed model by model, "A: weights free to download; B: weights free to download; C:
   * unknown", grouped by what it says: "weights free to download: A, B; C: unknown". Unchanged when
   * no two items say the same.
   */
  static String grouped(String detail) {
    String[] items = detail.split("; ");
    Map<String, List<String>> byValue = new LinkedHashMap<>();
    for (String item : items) {
      int colon = item.indexOf(": ");
      if (colon <= 0) {
        return detail;
      }
      byValue
          .computeIfAbsent(item.substring(colon + 2), k -> new ArrayList<>())
          .add(item.substring(0, colon));
    }
    if (byValue.size() == items.length) {
      return detail;
    }
    List<String> parts = new ArrayList<>();
    byValue.forEach(
        (value, names) ->
            parts.add(
                names.size() == 1
                    ? names.get(0) + ": " + value
                    : value + ": " + String.join(", ", names)));
    return String.join("; ", parts);
  }

  /** "Hosted: ...": the explanation without the label it starts with. */
  private static String meaning(Condition condition, Language language) {
    String explanation = condition.explanation(language);
    String label = condition.label(language) + ": ";
    return explanation.startsWith(label) ? explanation.substring(label.length()) : explanation;
  }

  /**
   * The fit check's lines as heading lines (a model and its verdict) grouped by their detail lines
   * (the needs checked), in order: an offering with twenty models checked alike takes one row, not
   * a hundred.
   */
  static Map<List<String>, List<String>> fitGroups(Checklist.FitNote fit) {
    Map<List<String>, List<String>> groups = new LinkedHashMap<>();
    String heading = null;
    List<String> details = new ArrayList<>();
    for (String line : fit.lines()) {
      if (line.startsWith("  ")) {
        details.add(line.strip());
        continue;
      }
      if (heading != null) {
        groups.computeIfAbsent(details, k -> new ArrayList<>()).add(heading);
      }
      heading = line;
      details = new ArrayList<>();
    }
    if (heading != null) {
      groups.computeIfAbsent(details, k -> new ArrayList<>()).add(heading);
    }
    return groups;
  }

  /**
   * Every source once, numbered as the checklist cites it, with its full title, legal status, the
   * clauses that cite it (each row there gives the article), and its link: a bibliography, shorter
   * on paper than a row per citation.
   */
  static void sources(SheetWriter writer, Checklist checklist, Sources sources) {
    Language language = checklist.language();
    writer.header(
        0,
        new Words[] {Words.NUMBER, Words.SOURCE, Words.LEGAL_STATUS, Words.CITED_BY, Words.LINK},
        new int[] {5, 56, 11, 64, 41},
        language);
    int r = 1;
    for (Sources.Entry entry : sources.entries()) {
      Source source = entry.source();
      Row row = writer.row(r++);
      writer.text(row, 0, "[" + entry.number() + "]", Style.TEXT);
      writer.text(row, 1, source.title(language), Style.WRAPPED);
      writer.text(row, 2, source.status().label(language), Style.WRAPPED);
      writer.text(row, 3, String.join(", ", entry.citedBy()), Style.WRAPPED);
      // Cut with "…" to its column: LibreOffice never wraps a linked cell, so a longer address
      // would print past the page's edge. The link keeps the whole address.
      writer.link(
          row,
          4,
          source.url() == null
              ? ""
              : Hyperlinks.label(source.url(), writer.sheet().getColumnWidth(4) / 256.0),
          source.url());
    }
    writer.table(5, r - 1);
  }
}
