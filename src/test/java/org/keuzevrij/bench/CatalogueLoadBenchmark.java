package org.keuzevrij.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.derived.Snapshot;
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
 * Loading, validating and deriving facts for a catalogue of 10,000 offerings, 2,000 models and 500
 * suppliers: what a start or an admin reload costs at that size. Run with {@code .ci/bench
 * CatalogueLoadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
public class CatalogueLoadBenchmark {

  private Path root;
  private CatalogueLoader loader;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    root =
        SyntheticCatalogue.write(Files.createTempDirectory("keuzevrij-bench"), 500, 2_000, 10_000);
    loader = new CatalogueLoader();
  }

  @Benchmark
  public Snapshot loadValidateDerive() {
    LoadResult result = loader.load(root);
    if (!result.ok()) {
      throw new IllegalStateException(result.problems().get(0).toString());
    }
    return Snapshot.of(result.catalogue());
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
