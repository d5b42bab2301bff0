package org.keuzevrij.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.SchemaValidator;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.comparison.Comparison;
import org.keuzevrij.comparison.EvaluationInput;
import org.keuzevrij.comparison.EvaluationQuery;
import org.keuzevrij.comparison.QueryResolver;
import org.keuzevrij.comparison.sensitivity.Sensitivity;
import org.keuzevrij.comparison.sensitivity.SensitivityResult;
import org.keuzevrij.comparison.workbook.ComparisonWorkbook;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.Evaluator;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.scoring.Profile;
import org.keuzevrij.scoring.UseCase;
import org.keuzevrij.web.Language;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * On the bundled catalogue, for predictive maintenance (no personal data, so few knock-outs):
 * sensitivity of a 10-option shortlist with 10,000 random weight samples, the comparison workbook
 * for 20 options, and a whole workbook request for 20 options (evaluation, sensitivity and
 * workbook). POI's code needs a long warm-up on one core before its times settle. Run with {@code
 * .ci/bench ComparisonBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Djava.awt.headless=true"})
public class ComparisonBenchmark {

  private List<OptionResult> tenRanked;
  private Evaluation tenEvaluation;
  private EvaluationInput twentyInput;
  private Comparison twenty;

  @Setup(Level.Trial)
  public void load() {
    Snapshot snapshot = Snapshot.of(new CatalogueLoader().load(Path.of("catalogue")).catalogue());
    Profile profile =
        Profile.of(
            snapshot.catalogue().find(Kind.PROFILE, "amsterdam-ai-vision-2024").orElseThrow());
    Entity maintenance =
        snapshot.catalogue().find(Kind.USECASE, "predictive-maintenance").orElseThrow();
    List<String> all = snapshot.catalogue().all(Kind.OFFERING).stream().map(Entity::id).toList();
    tenEvaluation =
        Evaluator.evaluate(
            snapshot,
            new UseCase(maintenance.id(), maintenance.json()),
            profile,
            profile.weights(),
            all,
            Instant.EPOCH);
    tenRanked = tenEvaluation.ranked().subList(0, 10);
    List<String> twentyIds =
        tenEvaluation.ranked().stream().map(OptionResult::id).limit(20).toList();
    EvaluationQuery query =
        new EvaluationQuery(
            maintenance.id(),
            null,
            null,
            java.util.Map.of(),
            twentyIds,
            Sensitivity.DEFAULT_SEED,
            Sensitivity.DEFAULT_SAMPLES,
            Sensitivity.DEFAULT_PERTURBATION,
            org.keuzevrij.costs.CostChanges.NONE);
    twentyInput = new QueryResolver(new SchemaValidator()).resolve(query, snapshot, false);
    twenty = Comparison.run(twentyInput, Instant.EPOCH);
  }

  @Benchmark
  public SensitivityResult sensitivityTenOptions() {
    return Sensitivity.analyse(tenRanked, tenEvaluation.weights(), 1, 10_000, 0.25);
  }

  @Benchmark
  public byte[] workbookTwentyOptions() {
    return ComparisonWorkbook.write(twenty, Language.NL);
  }

  @Benchmark
  public byte[] workbookRequestTwentyOptions() {
    return ComparisonWorkbook.write(Comparison.run(twentyInput, Instant.EPOCH), Language.NL);
  }
}
