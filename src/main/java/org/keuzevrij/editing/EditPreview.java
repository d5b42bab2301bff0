package org.keuzevrij.editing;

import java.util.List;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.editing.audit.FieldChange;

/**
 * A change checked against the catalogue as it is, without saving it.
 *
 * @param result the problems, or the catalogue as it would be
 * @param after the snapshot after the change, with its derived facts; null when the change has
 *     problems
 * @param changes the values the change changes
 */
record EditPreview(
    String id, LoadResult result, Snapshot before, Snapshot after, List<FieldChange> changes) {}
