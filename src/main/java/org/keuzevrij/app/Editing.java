package org.keuzevrij.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.keuzevrij.catalogue.CatalogueChecker;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.SchemaValidator;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.editing.CatalogueEditor;
import org.keuzevrij.editing.CatalogueReload;
import org.keuzevrij.editing.CatalogueStore;
import org.keuzevrij.editing.audit.AuditLog;
import org.keuzevrij.users.AuthSettings;
import org.keuzevrij.users.PasswordHasher;
import org.keuzevrij.users.UserStore;

/**
 * What the web app needs to let people sign in and edit the catalogue. Without it the server is
 * read-only: no login, no write API, no edit pages.
 */
public record Editing(
    CatalogueEditor editor, CatalogueReload reload, UserStore users, AuthSettings auth) {

  /**
   * Editing with its data in {@code data}: the audit log and the user store, created on first
   * start.
   *
   * @param generatedAdminPassword the first admin's password when it was made up here; to be shown
   *     once
   */
  public record Opened(Editing editing, Optional<String> generatedAdminPassword) {}

  public static Opened open(
      Path catalogue,
      Path data,
      SnapshotHolder snapshots,
      SchemaValidator schemas,
      AuthSettings auth,
      Optional<String> adminPassword,
      Clock clock)
      throws IOException {
    UserStore.Opened users = UserStore.open(data, new PasswordHasher(), clock, adminPassword);
    CatalogueEditor editor =
        new CatalogueEditor(
            snapshots,
            new CatalogueStore(catalogue),
            new CatalogueChecker(schemas),
            AuditLog.open(data),
            clock);
    CatalogueReload reload = new CatalogueReload(editor, new CatalogueLoader(schemas), clock);
    return new Opened(new Editing(editor, reload, users.store(), auth), users.generatedPassword());
  }
}
