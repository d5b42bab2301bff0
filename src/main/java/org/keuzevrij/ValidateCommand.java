package org.keuzevrij;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a catalogue folder and lists every problem; exit code 0 when clean, so teams can run it in their own CI. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate a catalogue folder: schemas, ids, cross-references. Exit 0 when clean, 1 otherwise.")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "Catalogue folder to check.")
  Path directory;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    LoadResult result = new CatalogueLoader().load(directory);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Problem problem : result.problems()) {
      err.println(problem);
    }
    if (!result.ok()) {
      err.println(result.problems().size() + " problem(s) in " + directory);
      return 1;
    }
    out.println("catalogue " + directory + " is valid; version " + result.catalogue().version());
    return 0;
  }
}
