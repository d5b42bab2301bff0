package org.keuzevrij.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent workbook downloads against a running app, bounded in requests and time: {@code
 * ChecklistLoad BASE_URL CONCURRENCY REQUESTS MAX_SECONDS}. Each worker downloads one workbook
 * after another, cycling through real use case and offering pairs; a warm-up of one round per
 * worker is not counted. Prints throughput and latency percentiles. Used by {@code
 * .ci/checklist-load}; only ever pointed at 127.0.0.1.
 */
public final class ChecklistLoad {

  private static final List<String> USECASES =
      List.of(
          "residents-chatbot",
          "reading-old-archives",
          "quay-wall-heavy-objects",
          "predictive-maintenance");
  private static final List<String> OFFERINGS =
      List.of(
          "openai-api-global",
          "anthropic-api",
          "mistral-api-eu",
          "self-hosted-vllm-olmo",
          "azure-openai-datazone-eu",
          "aleph-alpha-pharia-ai-on-premise");

  private ChecklistLoad() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int concurrency = Integer.parseInt(args[1]);
    int requests = Integer.parseInt(args[2]);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[3]));
    if (!URI.create(base).getHost().equals("127.0.0.1")) {
      throw new IllegalArgumentException("load only against 127.0.0.1");
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    run(client, base, concurrency, concurrency, deadline);
    Result result = run(client, base, concurrency, requests, deadline);
    List<Long> sorted = new ArrayList<>(result.latencies);
    Collections.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "requests %d (ok %d, 503 %d, other errors %d), concurrency %d, %.1f s%n",
        sorted.size(),
        result.ok.get(),
        result.busy.get(),
        result.failed.get(),
        concurrency,
        result.seconds);
    System.out.printf(
        Locale.ROOT,
        "throughput %.1f workbooks/s, %.1f MB/s%n",
        result.ok.get() / result.seconds,
        result.bytes.get() / 1e6 / result.seconds);
    System.out.printf(
        Locale.ROOT,
        "latency ms: p50 %.0f, p90 %.0f, p99 %.0f, max %.0f%n",
        percentile(sorted, 50),
        percentile(sorted, 90),
        percentile(sorted, 99),
        sorted.get(sorted.size() - 1) / 1e6);
  }

  private record Result(
      List<Long> latencies,
      AtomicInteger ok,
      AtomicInteger busy,
      AtomicInteger failed,
      java.util.concurrent.atomic.AtomicLong bytes,
      double seconds) {}

  private static Result run(
      HttpClient client, String base, int concurrency, int requests, long deadline)
      throws InterruptedException {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger busy = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    var bytes = new java.util.concurrent.atomic.AtomicLong();
    ExecutorService workers = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    for (int w = 0; w < concurrency; w++) {
      workers.execute(
          () -> {
            int i;
            while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
              String uri =
                  base
                      + "/api/v1/checklists.xlsx?usecase="
                      + USECASES.get(i % USECASES.size())
                      + "&offering="
                      + OFFERINGS.get(i / USECASES.size() % OFFERINGS.size())
                      + "&lang="
                      + (i % 2 == 0 ? "nl" : "en");
              long sent = System.nanoTime();
              try {
                HttpResponse<byte[]> response =
                    client.send(
                        HttpRequest.newBuilder(URI.create(uri))
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                latencies.add(System.nanoTime() - sent);
                byte[] body = response.body();
                if (response.statusCode() == 200
                    && body.length > 2
                    && body[0] == 'P'
                    && body[1] == 'K') {
                  ok.incrementAndGet();
                  bytes.addAndGet(body.length);
                } else if (response.statusCode() == 503) {
                  busy.incrementAndGet();
                } else {
                  failed.incrementAndGet();
                }
              } catch (Exception e) {
                failed.incrementAndGet();
              }
            }
          });
    }
    workers.shutdown();
    workers.awaitTermination(1, TimeUnit.HOURS);
    return new Result(latencies, ok, busy, failed, bytes, (System.nanoTime() - start) / 1e9);
  }

  private static double percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
