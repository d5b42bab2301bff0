package org.keuzevrij.editing;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.Problem;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.editing.audit.AuditEntry;

/**
 * Takes in edits made to the catalogue files outside the app, such as a {@code git pull}: reads and
 * checks the whole folder first and swaps it in only when it is clean; otherwise the old catalogue
 * stays served and every problem is reported. Each entity that changed gets an audit entry in the
 * name of the admin who reloaded, so histories stay complete.
 */
public final class CatalogueReload {

  /**
   * @param changed entities created, updated or deleted by the reload; 0 when it failed
   * @param version the catalogue version served afterwards: the new one, or the old one after a
   *     failure
   */
  public record Outcome(List<Problem> problems, int changed, String version) {

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private final CatalogueEditor editor;
  private final CatalogueLoader loader;
  private final Clock clock;

  public CatalogueReload(CatalogueEditor editor, CatalogueLoader loader, Clock clock) {
    this.editor = editor;
    this.loader = loader;
    this.clock = clock;
  }

  /** Blocks on disk; call it off the event loop. */
  public Outcome reload(String user) throws IOException {
    return editor.exclusively(
        () -> {
          Snapshot before = editor.snapshots().get();
          LoadResult result = loader.load(editor.store().root());
          if (!result.ok()) {
            return new Outcome(result.problems(), 0, before.catalogue().version());
          }
          Snapshot after = Snapshot.of(result.catalogue());
          List<AuditEntry> entries = differences(user, before, after);
          try {
            for (AuditEntry entry : entries) {
              editor.audit().append(entry);
            }
          } finally {
            editor.snapshots().replace(after);
          }
          return new Outcome(List.of(), entries.size(), after.catalogue().version());
        });
  }

  private List<AuditEntry> differences(String user, Snapshot before, Snapshot after) {
    Instant now = clock.instant();
    List<AuditEntry> entries = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      TreeSet<String> ids = new TreeSet<>();
      before.catalogue().all(kind).forEach(entity -> ids.add(entity.id()));
      after.catalogue().all(kind).forEach(entity -> ids.add(entity.id()));
      for (String id : ids) {
        Optional<Entity> old = before.catalogue().find(kind, id);
        Optional<Entity> current = after.catalogue().find(kind, id);
        if (old.map(Entity::json).equals(current.map(Entity::json))) {
          continue;
        }
        entries.add(
            AuditEntry.of(
                now,
                user,
                Author.RELOAD,
                kind,
                id,
                old.map(Entity::json).orElse(null),
                before.etag(kind, id).orElse(null),
                current.map(Entity::json).orElse(null),
                after.etag(kind, id).orElse(null)));
      }
    }
    return entries;
  }
}
