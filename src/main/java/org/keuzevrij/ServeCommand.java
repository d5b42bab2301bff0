package org.keuzevrij;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web app.")
final class ServeCommand implements Callable<Integer> {
  static final int KEEP_RUNNING = -1;

  @Override
  public Integer call() {
    return KEEP_RUNNING;
  }
}
