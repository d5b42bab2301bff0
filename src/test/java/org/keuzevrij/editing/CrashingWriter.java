package org.keuzevrij.editing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.CatalogueChecker;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.SchemaValidator;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.editing.audit.AuditLog;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: writes through the app's own write path in an
 * endless loop, flipping one offering between two versions and creating and deleting another, until
 * it is killed.
 */
public final class CrashingWriter {

  public static final String STARTED = "writing";

  /**
   * Said after each of the first few writes, so the test knows writes are happening before it
   * kills.
   */
  public static final String WROTE = "wrote ";

  private static final int REPORTED = 5;

  /** The two versions {@code eu-api} flips between, and the offering that comes and goes. */
  public static final List<ObjectNode> VERSIONS =
      List.of(
          json(Fixtures.offering("eu-api", "eu-host", List.of("open-model"), List.of("FR"))),
          json(
              Fixtures.offering(
                  "eu-api",
                  "eu-host",
                  List.of("open-model", "closed-model"),
                  List.of("DE", "NL"))));

  public static final ObjectNode TRANSIENT =
      json(Fixtures.offering("tmp-api", "us-cloud", List.of("closed-model"), List.of("US")));

  private CrashingWriter() {}

  public static void main(String[] args) throws Exception {
    Path catalogue = Path.of(args[0]);
    Path data = Path.of(args[1]);
    SchemaValidator schemas = new SchemaValidator();
    CatalogueStore store = new CatalogueStore(catalogue);
    store.removeLeftovers();
    CatalogueRecovery.completeLastWrite(data, store);
    LoadResult result = new CatalogueLoader(schemas).load(catalogue);
    if (!result.ok()) {
      throw new IllegalStateException("catalogue does not load: " + result.problems());
    }
    CatalogueEditor editor =
        new CatalogueEditor(
            new SnapshotHolder(Snapshot.of(result.catalogue())),
            store,
            new CatalogueChecker(schemas),
            AuditLog.open(data),
            Clock.systemUTC());
    Author author = new Author("crash-test", Author.API);
    System.out.println(STARTED);
    System.out.flush();
    for (long i = 0; ; i++) {
      editor.put(
          author,
          Kind.OFFERING,
          "eu-api",
          VERSIONS.get((int) (i % 2)),
          Precondition.replacing("*"));
      if (i % 2 == 0) {
        editor.put(author, Kind.OFFERING, "tmp-api", TRANSIENT, Precondition.create());
      } else {
        editor.delete(author, Kind.OFFERING, "tmp-api", Precondition.replacing("*"));
      }
      // Only the first few: a writer blocked on a full output pipe would always be killed at the
      // same place.
      if (i < REPORTED) {
        System.out.println(WROTE + (i + 1));
        System.out.flush();
      }
    }
  }

  private static ObjectNode json(ObjectNode fixture) {
    try {
      return (ObjectNode) CanonicalJson.read(CanonicalJson.pretty(fixture));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
