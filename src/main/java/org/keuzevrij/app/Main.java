package org.keuzevrij.app;

import org.keuzevrij.catalogue.SchemaValidator;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code serve} (the default) runs the web app, {@code validate} checks a catalogue folder. */
@Command(name = "keuzevrij", mixinStandardHelpOptions = true, version = "Keuzevrij 0.1.0",
    description = "Vendor-independence advisor for public AI procurement.",
    subcommands = {ServeCommand.class, ValidateCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

  public static void main(String[] args) {
    // Netty looks for Java Flight Recorder at start to offer events we never record; the probe loads some 150 JDK
    // classes. Whoever wants the events can still pass -Dio.netty.jfr.enabled=true.
    if (System.getProperty("io.netty.jfr.enabled") == null) {
      System.setProperty("io.netty.jfr.enabled", "false");
    }
    // SLF4J set up here, before start-up work fans out to several threads: set up by whichever thread logs first, it
    // prints a warning about calls it had to replay.
    LoggerFactory.getILoggerFactory();
    // Both commands check catalogues against the schemas. Compiling them takes about as long as picocli takes to read
    // the command line, so the two run at once; whoever needs the schemas first waits for the rest.
    Thread schemas = new Thread(SchemaValidator::catalogue, "schema-compiler");
    schemas.setDaemon(true);
    schemas.start();
    CommandLine commandLine = new CommandLine(new Main());
    int exit = commandLine.execute(args);
    if (exit != ServeCommand.KEEP_RUNNING) {
      System.exit(exit);
    }
  }

  /** Without a subcommand, serve with the defaults, as the README promises. */
  @Override
  public Integer call() throws Exception {
    return new CommandLine(new ServeCommand()).execute();
  }
}
