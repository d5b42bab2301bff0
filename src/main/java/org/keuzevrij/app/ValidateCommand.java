package org.keuzevrij.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Freshness;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.Problem;
import org.keuzevrij.checklist.clauses.ClauseLibraryLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks a catalogue folder and a clause library and lists every problem; exit code 0 when both are
 * clean, so teams can run it in their own CI.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    version = Main.VERSION,
    description =
        "Validate a catalogue folder (schemas, ids, cross-references) and the clause library."
            + " Exit 0 when clean, 1 otherwise.")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "Catalogue folder to check.")
  Path directory;

  @Option(
      names = "--clauses",
      paramLabel = "DIR",
      description =
          "Clause library folder to check, e.g. catalogue/clauses; default: the library bundled in the jar.")
  Path clauses;

  @Option(
      names = "--stale",
      description =
          "Also list the facts past their review date (reviewBy, or checked plus the kind's review"
              + " period); exit 1 when there are any.")
  boolean stale;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description = "The date --stale compares with, as YYYY-MM-DD; default: today.")
  LocalDate today;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadResult catalogue = new CatalogueLoader().load(directory);
    ClauseLibraryLoader.Result library = new ClauseLibraryLoader().load(clauses);
    String libraryName = clauses == null ? "bundled clause library" : "clause library " + clauses;
    catalogue.problems().forEach(err::println);
    library.problems().stream().map(Problem::toString).forEach(err::println);
    if (!catalogue.ok()) {
      err.println(catalogue.problems().size() + " problem(s) in " + directory);
    } else {
      out.println(
          "catalogue " + directory + " is valid; version " + catalogue.catalogue().version());
    }
    if (!library.ok()) {
      err.println(library.problems().size() + " problem(s) in " + libraryName);
    } else {
      out.println(
          libraryName
              + " is valid: "
              + library.library().clauses().size()
              + " clauses; version "
              + library.library().version());
    }
    boolean fresh = true;
    if (stale && catalogue.ok()) {
      LocalDate day = today == null ? LocalDate.now() : today;
      List<Freshness.Stale> due = Freshness.stale(catalogue.catalogue(), day);
      due.forEach(err::println);
      out.println(due.size() + " fact(s) due for review on " + day);
      fresh = due.isEmpty();
    }
    return catalogue.ok() && library.ok() && fresh ? 0 : 1;
  }
}
