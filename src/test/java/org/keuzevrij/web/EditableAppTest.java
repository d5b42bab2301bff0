package org.keuzevrij.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.Fixtures;

/**
 * For test classes that change things: a fresh app over a copy of the small fixture catalogue for
 * every test, with the users (whose password hashes are slow on purpose) made once per class.
 */
public abstract class EditableAppTest {

  public static EditableApp.Users users;
  public static Path source;

  @TempDir public Path work;

  public EditableApp app;

  @BeforeAll
  public static void createUsersAndCatalogue(@TempDir Path shared) {
    users = EditableApp.Users.create(shared.resolve("users"));
    source = Fixtures.smallCatalogue(shared.resolve("catalogue"));
  }

  @BeforeEach
  public void startApp() {
    app = EditableApp.start(source, work, users);
  }

  @AfterEach
  public void stopApp() {
    app.close();
  }
}
