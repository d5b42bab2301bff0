package org.keuzevrij.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The lines one class logs while a test runs, as an operator would read them in the log. */
public final class LogCapture extends Handler implements AutoCloseable {

  private final Logger logger;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private LogCapture(Logger logger) {
    this.logger = logger;
  }

  public static LogCapture of(Class<?> source) {
    LogCapture capture = new LogCapture(Logger.getLogger(source.getName()));
    capture.logger.addHandler(capture);
    return capture;
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void publish(LogRecord record) {
    lines.add(record.getMessage());
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
