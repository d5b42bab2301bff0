package org.keuzevrij.checklist.clauses;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The validated clause library, ordered by category and then id, with a content hash as its
 * version.
 */
public final class ClauseLibrary {

  /** The order every checklist lists clauses in, so diffs between two checklists are readable. */
  public static final Comparator<Clause> ORDER =
      Comparator.comparing(Clause::category).thenComparing(Clause::id);

  private final List<Clause> clauses;
  private final String version;

  ClauseLibrary(List<Clause> clauses, String version) {
    this.clauses = clauses.stream().sorted(ORDER).toList();
    this.version = version;
  }

  public List<Clause> clauses() {
    return clauses;
  }

  public Optional<Clause> find(String id) {
    return clauses.stream().filter(clause -> clause.id().equals(id)).findFirst();
  }

  /**
   * SHA-256 over the canonical form of every clause file: the same files give the same version
   * anywhere.
   */
  public String version() {
    return version;
  }
}
