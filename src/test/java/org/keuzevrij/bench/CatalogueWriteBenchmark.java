package org.keuzevrij.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.CatalogueChecker;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.SchemaValidator;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.editing.Author;
import org.keuzevrij.editing.CatalogueEditor;
import org.keuzevrij.editing.CatalogueStore;
import org.keuzevrij.editing.EditOutcome;
import org.keuzevrij.editing.Precondition;
import org.keuzevrij.editing.audit.AuditEntry;
import org.keuzevrij.editing.audit.AuditLog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One edit through the whole write path at catalogue size 10,000 offerings, 2,000 models, 500
 * suppliers: the check against the whole catalogue, the new snapshot with derived facts, and (in
 * {@link #durableWrite}) the fsynced file and audit line. Plus reading one entity's history from a
 * log of 20,000 entries. Run with {@code .ci/bench CatalogueWriteBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
public class CatalogueWriteBenchmark {

  private Path root;
  private Path data;
  private CatalogueEditor editor;
  private CatalogueChecker checker;
  private List<JsonNode> versions;
  private AuditLog history;
  private int next;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    root = Files.createTempDirectory("keuzevrij-write-bench");
    SyntheticCatalogue.write(root.resolve("catalogue"), 500, 2_000, 10_000);
    SchemaValidator schemas = new SchemaValidator();
    LoadResult result = new CatalogueLoader(schemas).load(root.resolve("catalogue"));
    if (!result.ok()) {
      throw new IllegalStateException(result.problems().get(0).toString());
    }
    data = Files.createDirectories(root.resolve("data"));
    checker = new CatalogueChecker(schemas);
    editor =
        new CatalogueEditor(
            new SnapshotHolder(Snapshot.of(result.catalogue())),
            new CatalogueStore(root.resolve("catalogue")),
            checker,
            AuditLog.open(data),
            Clock.systemUTC());
    versions = List.of(json(List.of("NL", "DE")), json(List.of("FR")));
    history = AuditLog.open(Files.createDirectories(root.resolve("history")));
    for (int i = 0; i < 20_000; i++) {
      String id = "offering-" + (i % 400);
      history.append(
          AuditEntry.of(
              Clock.systemUTC().instant(),
              "editor",
              Author.API,
              Kind.OFFERING,
              id,
              versions.get(i % 2),
              "\"a\"",
              versions.get((i + 1) % 2),
              "\"b\""));
    }
  }

  private static JsonNode json(List<String> places) throws IOException {
    ObjectNode offering =
        Fixtures.offering(
            "offering-42", "supplier-42", List.of("model-294", "model-307", "model-320"), places);
    return CanonicalJson.read(CanonicalJson.pretty(offering));
  }

  /**
   * Check against the whole catalogue and derive the new snapshot: the CPU part of every edit and
   * preview.
   */
  @Benchmark
  public Snapshot checkAndDerive() {
    LoadResult result =
        checker.put(
            editor.snapshots().get().catalogue(),
            Kind.OFFERING,
            "offering-42",
            versions.get(next++ % 2));
    return Snapshot.of(result.catalogue());
  }

  /** The whole write: check, derive, fsynced file and folder, fsynced audit line, swap. */
  @Benchmark
  public EditOutcome durableWrite() throws IOException {
    return editor.put(
        new Author("bench", Author.API),
        Kind.OFFERING,
        "offering-42",
        versions.get(next++ % 2),
        Precondition.replacing("*"));
  }

  /** One entity's 50 entries out of 20,000, newest first. */
  @Benchmark
  public List<AuditEntry> readHistory() throws IOException {
    return history.history(Kind.OFFERING, "offering-" + (next++ % 400));
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    editor.audit().close();
    history.close();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
