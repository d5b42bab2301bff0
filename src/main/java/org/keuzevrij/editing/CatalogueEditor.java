package org.keuzevrij.editing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.keuzevrij.catalogue.CatalogueChecker;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.Reference;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.editing.audit.Action;
import org.keuzevrij.editing.audit.AuditEntry;
import org.keuzevrij.editing.audit.AuditLog;

/**
 * The write path of the catalogue. A change is checked against the whole catalogue by the loader's
 * own rules, appended to the audit log, written durably, and only then swapped into memory, with
 * derived facts and catalogue version recomputed. A rejected change touches neither disk nor
 * memory.
 *
 * <p>Writes are serialised over the whole catalogue, not per entity: a change is checked against
 * the catalogue as it is, and cross-references span entities (deleting a supplier while an offering
 * naming it is created must not both succeed), so two checks must never run against the same old
 * snapshot.
 */
public final class CatalogueEditor {

  /**
   * Sent back by clients from a GET; computed by the app, so it is dropped rather than rejected.
   */
  public static final String DERIVED = "derived";

  private final SnapshotHolder snapshots;
  private final CatalogueStore store;
  private final CatalogueChecker checker;
  private final AuditLog audit;
  private final Clock clock;
  private final ReentrantLock writes = new ReentrantLock();

  public CatalogueEditor(
      SnapshotHolder snapshots,
      CatalogueStore store,
      CatalogueChecker checker,
      AuditLog audit,
      Clock clock) {
    this.snapshots = snapshots;
    this.store = store;
    this.checker = checker;
    this.audit = audit;
    this.clock = clock;
  }

  public SnapshotHolder snapshots() {
    return snapshots;
  }

  public AuditLog audit() {
    return audit;
  }

  public CatalogueStore store() {
    return store;
  }

  /**
   * Creates or replaces entity {@code id} of {@code kind} with {@code body}. Blocks on disk; call
   * it off the event loop.
   */
  public EditOutcome put(
      Author author, Kind kind, String id, JsonNode body, Precondition precondition)
      throws IOException {
    if (!precondition.present()) {
      return new EditOutcome.PreconditionRequired();
    }
    JsonNode document = withoutDerived(body);
    writes.lock();
    try {
      Snapshot before = snapshots.get();
      Optional<String> currentTag = before.etag(kind, id);
      if (!precondition.holds(currentTag)) {
        return new EditOutcome.PreconditionFailed(currentTag.orElse(null));
      }
      LoadResult candidate = checker.put(before.catalogue(), kind, id, document);
      if (!candidate.ok()) {
        return new EditOutcome.Invalid(candidate.problems());
      }
      Optional<Entity> old = before.catalogue().find(kind, id);
      Action action = old.isPresent() ? Action.UPDATE : Action.CREATE;
      if (old.isPresent() && old.get().json().equals(document)) {
        return new EditOutcome.Saved(action, currentTag.get(), before, false);
      }
      Snapshot after = Snapshot.of(candidate.catalogue());
      String newTag = after.etag(kind, id).orElseThrow();
      commit(
          AuditEntry.of(
              clock.instant(),
              author.user(),
              author.via(),
              kind,
              id,
              old.map(Entity::json).orElse(null),
              currentTag.orElse(null),
              document,
              newTag),
          () -> store.write(kind, id, document),
          after);
      return new EditOutcome.Saved(action, newTag, after, true);
    } finally {
      writes.unlock();
    }
  }

  /** Deletes entity {@code id} of {@code kind}, unless others still refer to it. */
  public EditOutcome delete(Author author, Kind kind, String id, Precondition precondition)
      throws IOException {
    writes.lock();
    try {
      Snapshot before = snapshots.get();
      Optional<Entity> old = before.catalogue().find(kind, id);
      // Without the entity the answer is 404 whatever the conditions say (RFC 9110 §13.2.1).
      if (old.isEmpty()) {
        return new EditOutcome.NotFound();
      }
      if (!precondition.present()) {
        return new EditOutcome.PreconditionRequired();
      }
      Optional<String> currentTag = before.etag(kind, id);
      if (!precondition.holds(currentTag)) {
        return new EditOutcome.PreconditionFailed(currentTag.orElse(null));
      }
      List<Reference> referrers = CatalogueChecker.referrers(before.catalogue(), kind, id);
      if (!referrers.isEmpty()) {
        return new EditOutcome.Referenced(referrers);
      }
      LoadResult candidate = checker.remove(before.catalogue(), kind, id);
      if (!candidate.ok()) {
        return new EditOutcome.Invalid(candidate.problems());
      }
      Snapshot after = Snapshot.of(candidate.catalogue());
      commit(
          AuditEntry.of(
              clock.instant(),
              author.user(),
              author.via(),
              kind,
              id,
              old.get().json(),
              currentTag.orElse(null),
              null,
              null),
          () -> store.delete(kind, id),
          after);
      return new EditOutcome.Saved(Action.DELETE, null, after, true);
    } finally {
      writes.unlock();
    }
  }

  /**
   * What {@link #put} would do, without doing it: the problems, or the catalogue as it would be.
   * Takes no lock, since it writes nothing; the save that follows checks again.
   */
  public LoadResult preview(Kind kind, String id, JsonNode body) {
    return checker.put(snapshots.get().catalogue(), kind, id, withoutDerived(body));
  }

  /** Runs {@code work} with writes held off, for a reload that replaces the whole catalogue. */
  public <T> T exclusively(IoWork<T> work) throws IOException {
    writes.lock();
    try {
      return work.run();
    } finally {
      writes.unlock();
    }
  }

  /** A change to a catalogue file. */
  @FunctionalInterface
  private interface FileChange {
    void apply() throws IOException;
  }

  /** Blocking work on the catalogue that may fail with an I/O error. */
  @FunctionalInterface
  public interface IoWork<T> {
    T run() throws IOException;
  }

  /**
   * The audit log is the write-ahead log: the entry is forced to disk first, then the file is
   * written, then memory follows. A crash between the two is completed at the next start ({@link
   * CatalogueRecovery}); a write that fails takes its entry back, so the log never claims a change
   * the files do not have.
   */
  private void commit(AuditEntry entry, FileChange write, Snapshot after) throws IOException {
    audit.append(entry);
    try {
      write.apply();
    } catch (IOException | RuntimeException e) {
      audit.retract(entry);
      throw e;
    }
    snapshots.replace(after);
  }

  private static JsonNode withoutDerived(JsonNode body) {
    if (body instanceof ObjectNode object && object.has(DERIVED)) {
      ObjectNode copy = object.deepCopy();
      copy.remove(DERIVED);
      return copy;
    }
    return body;
  }
}
