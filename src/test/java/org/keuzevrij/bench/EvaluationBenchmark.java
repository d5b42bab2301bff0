package org.keuzevrij.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.costs.CostInputs;
import org.keuzevrij.costs.Costs;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.Evaluator;
import org.keuzevrij.scoring.Profile;
import org.keuzevrij.scoring.UseCase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluating every offering of the bundled catalogue or of a synthetic one (500 or 10,000
 * offerings, three models each, five offerings a model, twenty a supplier) for the residents'
 * chatbot under the default profile. {@code evaluateWithExplanations}: the fit check, knock-outs,
 * every criterion with every rationale line, totals and ranks. {@code costs}: the costs over the
 * term of every ranked option of that evaluation and their price against quality. Run with {@code
 * .ci/bench EvaluationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx2g"})
public class EvaluationBenchmark {

  /** The bundled catalogue, a large city's catalogue, and far more than any city keeps. */
  @Param({"bundled", "500", "10000"})
  public String offeringCount;

  private Path root;
  private Snapshot snapshot;
  private Profile profile;
  private UseCase useCase;
  private List<String> offerings;
  private Evaluation evaluation;

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path source = Path.of("catalogue");
    if (!offeringCount.equals("bundled")) {
      int count = Integer.parseInt(offeringCount);
      // As in a real catalogue, offerings share models and suppliers: five offerings a model,
      // twenty a supplier.
      root =
          SyntheticCatalogue.withScoring(
              SyntheticCatalogue.write(
                  Files.createTempDirectory("keuzevrij-bench"), count / 20, count / 5, count),
              source);
      source = root;
    }
    LoadResult result = new CatalogueLoader().load(source);
    if (!result.ok()) {
      throw new IllegalStateException(result.problems().get(0).toString());
    }
    snapshot = Snapshot.of(result.catalogue());
    profile =
        Profile.of(
            snapshot.catalogue().find(Kind.PROFILE, "amsterdam-ai-vision-2024").orElseThrow());
    Entity chatbot = snapshot.catalogue().find(Kind.USECASE, "residents-chatbot").orElseThrow();
    useCase = new UseCase(chatbot.id(), chatbot.json());
    offerings = snapshot.catalogue().all(Kind.OFFERING).stream().map(Entity::id).toList();
    evaluation = evaluateWithExplanations();
  }

  /**
   * Every offering of the catalogue, knock-outs, scores and every rationale line, as the compare
   * page needs them.
   */
  @Benchmark
  public Evaluation evaluateWithExplanations() {
    return Evaluator.evaluate(
        snapshot, useCase, profile, profile.weights(), offerings, Instant.EPOCH);
  }

  /**
   * The costs over the term of every ranked option of that evaluation, and their price against
   * quality, as the compare page and the API add them.
   */
  @Benchmark
  public Costs costs() {
    return Costs.of(evaluation, CostInputs.of(profile, useCase, Map.of(), null, null));
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    if (root == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
