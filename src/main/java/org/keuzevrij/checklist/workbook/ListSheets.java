package org.keuzevrij.checklist.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.keuzevrij.checklist.Checklist;
import org.keuzevrij.checklist.clauses.Source;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Palette.Style;

/**
 * The read-only sheets behind the checklist: what did not apply, what was assumed, and every source
 * with the clauses that cite it and its link.
 */
final class ListSheets {

  private ListSheets() {}

  static void notApplicable(SheetWriter writer, Checklist checklist) {
    Language language = checklist.language();
    writer.header(
        0,
        new Words[] {Words.ID, Words.CATEGORY, Words.REQUIREMENT, Words.RULE, Words.WHY_NOT},
        new int[] {9, 11, 58, 28, 60},
        language);
    int r = 1;
    for (Checklist.NotApplicable clause : checklist.notApplicable()) {
      Row row = writer.row(r++);
      writer.text(row, 0, clause.id(), Style.TEXT);
      writer.text(row, 1, clause.category().label(language), Style.WRAPPED);
      writer.text(row, 2, clause.requirement(), Style.WRAPPED);
      writer.text(row, 3, clause.trigger(), Style.WRAPPED);
      writer.text(row, 4, clause.failed(), Style.WRAPPED);
    }
    writer.table(5, r - 1);
  }

  static void assumptions(SheetWriter writer, Checklist checklist) {
    Language language = checklist.language();
    writer.header(
        0,
        new Words[] {
          Words.CONDITION, Words.MEANING, Words.UNKNOWN_FACT, Words.CONFIRM_WITH, Words.CLAUSES
        },
        new int[] {22, 54, 40, 24, 26},
        language);
    int r = 1;
    for (Checklist.Assumption assumption : checklist.assumptions()) {
      Row row = writer.row(r++);
      writer.text(row, 0, assumption.condition().label(language), Style.WRAPPED);
      writer.text(row, 1, assumption.condition().explanation(language), Style.WRAPPED);
      writer.text(row, 2, assumption.detail(), Style.WRAPPED);
      writer.text(row, 3, assumption.condition().confirm().label(language), Style.WRAPPED);
      writer.text(row, 4, String.join(", ", assumption.clauseIds()), Style.WRAPPED);
    }
    // The checklist assumes the offering can do the job; the fit check's lines say on what facts.
    for (String line : checklist.fit().lines()) {
      Row row = writer.row(r++);
      writer.text(row, 0, Words.FIT.in(language), Style.WRAPPED);
      writer.text(row, 1, checklist.fit().verdict(), Style.WRAPPED);
      writer.text(row, 2, line, Style.WRAPPED);
      writer.text(row, 3, "", Style.WRAPPED);
      writer.text(row, 4, "", Style.WRAPPED);
    }
    for (String due : checklist.dueForReview()) {
      Row row = writer.row(r++);
      writer.text(row, 0, Words.DUE_FOR_REVIEW.in(language), Style.WRAPPED);
      writer.text(row, 1, Words.DUE_FOR_REVIEW_MEANING.in(language), Style.WRAPPED);
      writer.text(row, 2, due, Style.WRAPPED);
      writer.text(row, 3, "", Style.WRAPPED);
      writer.text(row, 4, "", Style.WRAPPED);
    }
    writer.table(5, r - 1);
  }

  /**
   * Every source once, in the order the checklist first cites it, with its legal status, the
   * clauses and articles that cite it, and its link: a bibliography, shorter on paper than a row
   * per citation.
   */
  static void sources(SheetWriter writer, Checklist checklist) {
    Language language = checklist.language();
    writer.header(
        0,
        new Words[] {Words.SOURCE, Words.LEGAL_STATUS, Words.CITED_BY, Words.LINK},
        new int[] {48, 12, 54, 50},
        language);
    Map<List<String>, List<String>> citations = new LinkedHashMap<>();
    Map<List<String>, Source> sources = new LinkedHashMap<>();
    for (Checklist.Row clause : checklist.rows()) {
      for (Source source : clause.sources()) {
        List<String> key =
            Arrays.asList(source.title(language), source.status().label(language), source.url());
        sources.putIfAbsent(key, source);
        String article = source.article();
        citations
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(article == null || article.isBlank() ? clause.id() : clause.id() + " " + article);
      }
    }
    int r = 1;
    for (var entry : sources.entrySet()) {
      Source source = entry.getValue();
      Row row = writer.row(r++);
      writer.text(row, 0, source.title(language), Style.WRAPPED);
      writer.text(row, 1, source.status().label(language), Style.WRAPPED);
      writer.text(row, 2, String.join("; ", citations.get(entry.getKey())), Style.WRAPPED);
      writer.link(row, 3, source.url() == null ? "" : source.url(), source.url());
    }
    writer.table(4, r - 1);
  }
}
