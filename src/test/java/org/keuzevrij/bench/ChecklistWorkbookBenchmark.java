package org.keuzevrij.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.keuzevrij.checklist.Checklist;
import org.keuzevrij.checklist.ChecklistBuilder;
import org.keuzevrij.checklist.Status;
import org.keuzevrij.checklist.clauses.Bundled;
import org.keuzevrij.checklist.clauses.Priority;
import org.keuzevrij.checklist.clauses.ProcurementCase;
import org.keuzevrij.checklist.clauses.Source;
import org.keuzevrij.checklist.workbook.ChecklistWorkbook;
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
 * One checklist workbook, warm, against bare POI writing the same rows and styles (goal: within 1.3
 * times), and the whole request's work: evaluating the library for the case and writing the
 * workbook. The case is the largest in the bundled catalogue: a US hosted API for the residents'
 * chatbot. Run with {@code .ci/bench ChecklistWorkbookBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Djava.awt.headless=true"})
public class ChecklistWorkbookBenchmark {

  private ProcurementCase procurementCase;
  private ChecklistBuilder builder;
  private Checklist checklist;
  private List<String[]> summary;
  private BarePoiWorkbook.Table table;
  private List<BarePoiWorkbook.Table> others;
  private String[] statuses;
  private String[] priorities;

  @Setup(Level.Trial)
  public void prepare() {
    procurementCase =
        Bundled.procurementCase(Bundled.snapshot(), "residents-chatbot", "openai-api-global");
    builder = new ChecklistBuilder(Bundled.library(), Bundled.CLOCK);
    checklist = builder.build(procurementCase, Language.EN);
    Language en = Language.EN;
    statuses = Status.labels(en);
    priorities =
        new String[] {Priority.MUST.label(en), Priority.SHOULD.label(en), Priority.COULD.label(en)};
    Checklist.Subject subject = checklist.subject();
    summary =
        List.of(
            new String[] {"Contract clause checklist"},
            new String[] {"This list is not legal advice."},
            new String[] {"Use case", subject.usecaseName()},
            new String[] {"Offering", subject.offeringName()},
            new String[] {"Supplier", subject.supplierName()},
            new String[] {"Model(s)", String.join("\n", subject.modelNames())},
            new String[] {"Clause library version", checklist.libraryVersion()},
            new String[] {"Catalogue version", checklist.catalogueVersion()});
    List<String[]> rows = new ArrayList<>();
    String[] links = new String[checklist.rows().size()];
    for (Checklist.Row row : checklist.rows()) {
      links[rows.size()] =
          row.sources().stream().map(Source::url).filter(u -> u != null).findFirst().orElse(null);
      rows.add(
          new String[] {
            row.id(),
            row.category().label(en),
            row.requirement(),
            row.why(),
            row.sources().stream().map(s -> s.citation(en)).collect(Collectors.joining("\n")),
            row.sources().stream().map(s -> s.status().label(en)).collect(Collectors.joining("\n")),
            row.priority().label(en),
            row.basis().label(en),
            statuses[0],
            "",
            "",
            ""
          });
    }
    table =
        new BarePoiWorkbook.Table(
            "Checklist",
            new String[] {
              "Id",
              "Category",
              "Requirement",
              "Why",
              "Source",
              "Legal status",
              "Priority",
              "Basis type",
              "Status",
              "Owner",
              "Due date",
              "Notes"
            },
            new int[] {10, 18, 70, 60, 40, 16, 12, 16, 20, 16, 12, 40},
            rows,
            4,
            links);
    List<String[]> notApplicable =
        checklist.notApplicable().stream()
            .map(
                n ->
                    new String[] {
                      n.id(), n.category().label(en), n.requirement(), n.trigger(), n.failed()
                    })
            .toList();
    List<String[]> assumptions =
        checklist.assumptions().stream()
            .map(
                a ->
                    new String[] {
                      a.condition().label(en),
                      a.condition().explanation(en),
                      a.detail(),
                      a.condition().confirm().label(en),
                      String.join(", ", a.clauseIds())
                    })
            .toList();
    List<String[]> sources = new ArrayList<>();
    List<String> sourceLinks = new ArrayList<>();
    for (Checklist.Row row : checklist.rows()) {
      for (Source source : row.sources()) {
        sources.add(
            new String[] {
              row.id(),
              source.title(en),
              source.article(),
              source.status().label(en),
              source.url() == null ? "" : source.url()
            });
        sourceLinks.add(source.url());
      }
    }
    int[] five = {10, 18, 70, 40, 70};
    others =
        List.of(
            new BarePoiWorkbook.Table(
                "Not applicable",
                new String[] {"Id", "Category", "Requirement", "Rule", "Why not"},
                five,
                notApplicable,
                -1,
                null),
            new BarePoiWorkbook.Table(
                "Assumptions",
                new String[] {"Condition", "Meaning", "What is unknown", "Confirm with", "Clauses"},
                five,
                assumptions,
                -1,
                null),
            new BarePoiWorkbook.Table(
                "Sources",
                new String[] {"Id", "Source", "Article", "Legal status", "Link"},
                five,
                sources,
                4,
                sourceLinks.toArray(String[]::new)));
  }

  @Benchmark
  public byte[] checklistWorkbook() {
    return ChecklistWorkbook.bytes(checklist);
  }

  @Benchmark
  public byte[] barePoi() {
    return BarePoiWorkbook.write(summary, table, others, statuses, priorities);
  }

  /**
   * What one download costs on the worker: the library evaluated for the case, then the workbook
   * written.
   */
  @Benchmark
  public byte[] buildAndWrite() {
    return ChecklistWorkbook.bytes(builder.build(procurementCase, Language.EN));
  }
}
