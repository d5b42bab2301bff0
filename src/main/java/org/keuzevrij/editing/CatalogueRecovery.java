package org.keuzevrij.editing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.editing.audit.Action;
import org.keuzevrij.editing.audit.AuditEntry;
import org.keuzevrij.editing.audit.AuditLog;
import org.keuzevrij.editing.audit.ContentDigest;
import org.keuzevrij.editing.audit.JsonPatches;

/**
 * Completes the last write after a crash, before the catalogue is loaded. Writes are serialised and
 * each is logged before its file changes, so only the last entry of the audit log can be
 * unfinished: if the file still holds the version before it, the change is applied now, as the log
 * says it was accepted. A file that holds neither version was edited outside the app and is left
 * for a reload.
 */
public final class CatalogueRecovery {

  private static final Logger LOG = Logger.getLogger(CatalogueRecovery.class.getName());

  private CatalogueRecovery() {}

  /** What was done, if anything, in words for the log. */
  public static Optional<String> completeLastWrite(Path data, CatalogueStore store)
      throws IOException {
    if (!Files.exists(data.resolve(AuditLog.FILE))) {
      return Optional.empty();
    }
    try (AuditLog audit = AuditLog.open(data)) {
      Optional<AuditEntry> last = audit.last();
      if (last.isEmpty()
          || last.get().digestAfter() == null && last.get().action() != Action.DELETE) {
        return Optional.empty();
      }
      return complete(last.get(), store);
    }
  }

  private static Optional<String> complete(AuditEntry entry, CatalogueStore store)
      throws IOException {
    Path file = store.file(entry.kind(), entry.id());
    JsonNode current = Files.exists(file) ? CanonicalJson.read(Files.readAllBytes(file)) : null;
    String digest = ContentDigest.of(current);
    if (Objects.equals(digest, entry.digestAfter())) {
      return Optional.empty();
    }
    String what =
        entry.action().code()
            + " of "
            + entry.kind().folder()
            + "/"
            + entry.id()
            + " by "
            + entry.user()
            + " at "
            + entry.time();
    if (!Objects.equals(digest, entry.digestBefore())) {
      LOG.warning(
          "The audit log ends with the "
              + what
              + ", but the file holds neither the version before nor after "
              + "it: it was changed outside the app. Left as it is; an admin's reload takes it in.");
      return Optional.empty();
    }
    if (entry.action() == Action.DELETE) {
      store.delete(entry.kind(), entry.id());
    } else {
      store.write(entry.kind(), entry.id(), JsonPatches.apply(entry.patch(), current));
    }
    String done = "Completed the " + what + ", which a crash had cut short after it was logged";
    LOG.warning(done);
    return Optional.of(done);
  }
}
