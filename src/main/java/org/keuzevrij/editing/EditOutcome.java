package org.keuzevrij.editing;

import java.util.List;
import org.keuzevrij.catalogue.Problem;
import org.keuzevrij.catalogue.Reference;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.editing.audit.Action;

/** What became of a write. Only {@link Saved} changed anything, on disk and in memory. */
public sealed interface EditOutcome {

  /**
   * The change is on disk, in the audit log and in the snapshot now served.
   *
   * @param etag the entity's new ETag; null after a delete
   * @param changed false when the new version equals the old, so nothing was written
   */
  record Saved(Action action, String etag, Snapshot snapshot, boolean changed)
      implements EditOutcome {}

  /** Schema or cross-reference problems, every one of them. */
  record Invalid(List<Problem> problems) implements EditOutcome {}

  /** A delete refused because other entities still name this one. */
  record Referenced(List<Reference> referrers) implements EditOutcome {}

  /** The condition did not hold; {@code currentEtag} is null when the entity does not exist. */
  record PreconditionFailed(String currentEtag) implements EditOutcome {}

  /** A write without If-Match or If-None-Match. */
  record PreconditionRequired() implements EditOutcome {}

  /** A delete of an entity that does not exist. */
  record NotFound() implements EditOutcome {}
}
