package org.keuzevrij.checklist;

import java.time.LocalDate;
import java.util.List;
import org.keuzevrij.checklist.clauses.Basis;
import org.keuzevrij.checklist.clauses.Category;
import org.keuzevrij.checklist.clauses.Condition;
import org.keuzevrij.checklist.clauses.Priority;
import org.keuzevrij.checklist.clauses.Source;
import org.keuzevrij.checklist.clauses.Truth;
import org.keuzevrij.web.Language;

/**
 * The clauses one contract needs, for one use case and one offering, in one language: what legal
 * staff work through. Rows are in library order (category, then id), so two checklists can be
 * compared line by line.
 *
 * @param dueForReview the facts of the offering, its supplier and models that are past their review
 *     date on the day the checklist was made: what it rests on may have changed
 */
public record Checklist(
    Language language,
    Subject subject,
    LocalDate generated,
    String libraryVersion,
    String catalogueVersion,
    List<Row> rows,
    List<NotApplicable> notApplicable,
    List<Assumption> assumptions,
    FitNote fit,
    List<String> dueForReview) {

  public Checklist {
    rows = List.copyOf(rows);
    notApplicable = List.copyOf(notApplicable);
    assumptions = List.copyOf(assumptions);
    dueForReview = List.copyOf(dueForReview);
  }

  /**
   * Whether the offering can do the use case's job, as the comparison checks it: the checklist
   * assumes it can, so legal staff see on what facts that rests.
   *
   * @param lines the check's lines, detail lines indented by two spaces
   */
  public record FitNote(String verdict, boolean fits, List<String> lines) {

    public FitNote {
      lines = List.copyOf(lines);
    }
  }

  /** What the checklist is about, with names as the catalogue spells them. */
  public record Subject(
      String usecaseId,
      String usecaseName,
      String offeringId,
      String offeringName,
      String supplierName,
      List<String> modelNames) {

    public Subject {
      modelNames = List.copyOf(modelNames);
    }
  }

  /**
   * A condition as it decided a row: its answer, and whether that answer was assumed because the
   * fact is unknown.
   */
  public record Matched(Condition condition, Truth truth, String detail) {

    public boolean assumed() {
      return truth == Truth.UNKNOWN;
    }
  }

  /**
   * A clause that applies, with why, in the checklist's language.
   *
   * @param briefWhy the why without the details of the facts in {@code matched}, for a print that
   *     lists each fact once
   */
  public record Row(
      String id,
      Category category,
      String requirement,
      String why,
      String briefWhy,
      List<Source> sources,
      Priority priority,
      Basis basis,
      List<Matched> matched,
      List<String> seeAlso) {

    public Row {
      sources = List.copyOf(sources);
      matched = List.copyOf(matched);
      seeAlso = List.copyOf(seeAlso);
    }
  }

  /**
   * A clause that does not apply, with its trigger in words and the conditions that failed it.
   *
   * @param briefFailed the facts that fail it, without their details (those are in {@code
   *     failedConditions}) or a "does not apply because" in front
   */
  public record NotApplicable(
      String id,
      Category category,
      String requirement,
      String trigger,
      String failed,
      String briefFailed,
      List<Matched> failedConditions) {

    public NotApplicable {
      failedConditions = List.copyOf(failedConditions);
    }
  }

  /** An unknown fact the checklist treated as the worst case, and the clauses that rest on that. */
  public record Assumption(Condition condition, String detail, List<String> clauseIds) {

    public Assumption {
      clauseIds = List.copyOf(clauseIds);
    }
  }
}
