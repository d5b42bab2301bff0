package org.keuzevrij.checklist.clauses;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.Problem;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.checklist.Checklist;
import org.keuzevrij.checklist.ChecklistBuilder;
import org.keuzevrij.web.Language;

/** The bundled catalogue and clause library, loaded once for all tests that read them. */
public final class Bundled {

  /** A fixed day, so checklists made in tests carry a known date. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

  private static Snapshot snapshot;
  private static ClauseLibrary library;

  private Bundled() {}

  public static synchronized Snapshot snapshot() {
    if (snapshot == null) {
      snapshot = load(Path.of("catalogue"));
    }
    return snapshot;
  }

  public static Snapshot load(Path catalogue) {
    LoadResult result = new CatalogueLoader().load(catalogue);
    if (!result.ok()) {
      throw new AssertionError(
          String.join("\n", result.problems().stream().map(Problem::toString).toList()));
    }
    return Snapshot.of(result.catalogue());
  }

  /**
   * A copy of the bundled catalogue in {@code root}, for tests that change one entity and load the
   * result.
   */
  public static Path copyCatalogue(Path root) {
    try (Stream<Path> files = Files.walk(Path.of("catalogue"))) {
      for (Path source : files.toList()) {
        Path target = root.resolve(Path.of("catalogue").relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Changes one entity file of a copied catalogue in place. */
  public static void edit(Path root, Kind kind, String id, Consumer<ObjectNode> change) {
    Path file = root.resolve(kind.folder()).resolve(id + ".json");
    try {
      ObjectNode entity = (ObjectNode) CanonicalJson.read(Files.readAllBytes(file));
      change.accept(entity);
      Files.write(file, CanonicalJson.pretty(entity));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static synchronized ClauseLibrary library() {
    if (library == null) {
      ClauseLibraryLoader.Result result = new ClauseLibraryLoader().loadBundled();
      if (!result.ok()) {
        throw new AssertionError(
            String.join("\n", result.problems().stream().map(Problem::toString).toList()));
      }
      library = result.library();
    }
    return library;
  }

  public static ProcurementCase procurementCase(
      Snapshot snapshot, String usecase, String offering) {
    return ProcurementCase.of(snapshot, usecase, offering).orElseThrow();
  }

  public static Checklist checklist(String usecase, String offering, Language language) {
    return checklist(snapshot(), usecase, offering, language);
  }

  public static Checklist checklist(
      Snapshot snapshot, String usecase, String offering, Language language) {
    return new ChecklistBuilder(library(), CLOCK)
        .build(procurementCase(snapshot, usecase, offering), language);
  }
}
