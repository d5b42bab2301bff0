package org.keuzevrij.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A named pool of worker threads for one kind of heavy work (evaluations, workbooks), with a
 * bounded queue: work beyond what the threads and the queue hold is refused at once with {@link
 * Busy}, which {@link Failures} answers with 503 and Retry-After. So a burst costs neither the
 * event loop nor the heap, and never turns into a hang or an out-of-memory error. Vert.x measures
 * the pool under its name ({@code vertx_pool_queue_pending{pool_name="…"}}).
 */
public final class WorkPool {

  /** How long a refused client should wait before it tries again. */
  public static final long RETRY_AFTER_SECONDS = 2;

  /**
   * @param workers threads that do the work at once
   * @param queue requests that may wait for a thread
   */
  public record Size(int workers, int queue) {

    public Size {
      if (workers < 1 || queue < 0) {
        throw new IllegalArgumentException("a pool needs a worker and a queue of 0 or more");
      }
    }
  }

  /** Work refused because the pool and its queue are full. */
  public static final class Busy extends RuntimeException {

    Busy(String name) {
      super("The " + name + " pool is full", null, false, false);
    }
  }

  private final String name;
  private final int capacity;
  private final WorkerExecutor executor;
  private final AtomicInteger taken = new AtomicInteger();

  public WorkPool(Vertx vertx, String name, Size size) {
    this.name = name;
    this.capacity = size.workers() + size.queue();
    this.executor = vertx.createSharedWorkerExecutor(name, size.workers());
  }

  /** Runs {@code work} on the pool, unordered; a failed {@link Busy} future when it is full. */
  public <T> Future<T> submit(Callable<T> work) {
    if (taken.incrementAndGet() > capacity) {
      taken.decrementAndGet();
      return Future.failedFuture(new Busy(name));
    }
    return executor.executeBlocking(work, false).andThen(done -> taken.decrementAndGet());
  }

  /** Work running or waiting now. */
  public int taken() {
    return taken.get();
  }
}
