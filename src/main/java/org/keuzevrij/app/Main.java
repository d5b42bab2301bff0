package org.keuzevrij.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point: {@code serve} (the default) runs the web app, {@code validate} checks a catalogue
 * folder.
 */
@Command(
    name = "keuzevrij",
    mixinStandardHelpOptions = true,
    version = Main.VERSION,
    description = "Vendor-independence advisor for public AI procurement.",
    subcommands = {ServeCommand.class, ValidateCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

  /** What {@code --version} prints, for the app and each of its commands. */
  static final String VERSION = "Keuzevrij 0.1.0";

  public static void main(String[] args) {
    // Netty looks for Java Flight Recorder at start to offer events we never record; the probe
    // loads some 150 JDK
    // classes. Whoever wants the events can still pass -Dio.netty.jfr.enabled=true.
    if (System.getProperty("io.netty.jfr.enabled") == null) {
      System.setProperty("io.netty.jfr.enabled", "false");
    }
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
