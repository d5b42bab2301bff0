package org.keuzevrij.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Closed-loop load against a running app, bounded in time and requests: {@code Load BASE_URL
 * (suite|workbooks) SECONDS}. Each client sends its next request when the last one is answered.
 * {@code suite} measures single-entity reads, the offerings list, the overview page, a 10-option
 * evaluation and checklist workbooks at 1, 8 and 32 clients; {@code workbooks} sends comparison
 * workbooks from 50 clients at once. First each scenario runs uncounted for {@link #WARM_UP}
 * seconds, since the JIT compiler takes that long over POI's and Jackson's code: without it the
 * figures are those of an app in its first minute, not of a server that has been up a day. Every
 * run is then preceded by an uncounted second of its own and prints throughput, p50, p99, the count
 * of each status and the largest heap in use that the app's {@code /metrics} showed meanwhile. Used
 * by {@code .ci/load}; only ever pointed at 127.0.0.1.
 */
public final class Load {

  private static final List<String> TEN_OFFERINGS =
      List.of(
          "self-hosted-vllm-olmo",
          "self-hosted-vllm-granite",
          "self-hosted-vllm-pythia",
          "scaleway-generative-apis",
          "stackit-ai-model-serving",
          "ovhcloud-ai-endpoints",
          "ionos-ai-model-hub",
          "mistral-api-eu",
          "azure-openai-datazone-eu",
          "openai-api-eu-data-residency");
  private static final List<String> ENTITIES =
      List.of(
          "offerings/mistral-api-eu",
          "models/olmo",
          "suppliers/mistral-ai",
          "usecases/residents-chatbot",
          "offerings/self-hosted-vllm-olmo");
  private static final List<String> USECASES =
      List.of(
          "residents-chatbot",
          "reading-old-archives",
          "quay-wall-heavy-objects",
          "predictive-maintenance");
  private static final long MAX_REQUESTS = 2_000_000;
  private static final int WARM_UP = 15;

  /** What one kind of request is: a name and the URI of the i-th request. */
  private record Scenario(String name, IntFunction<String> uri, boolean gzip) {

    Scenario(String name, IntFunction<String> uri) {
      this(name, uri, false);
    }
  }

  private record Result(
      Scenario scenario,
      int clients,
      long[] latencies,
      Map<String, Integer> statuses,
      double seconds,
      long peakHeap) {}

  private final Vertx vertx;
  private final HttpClient http;
  private final String host;
  private final int port;

  private Load(String base, int maxClients) {
    URI uri = URI.create(base);
    if (!"127.0.0.1".equals(uri.getHost())) {
      throw new IllegalArgumentException("load only against 127.0.0.1");
    }
    this.host = uri.getHost();
    this.port = uri.getPort();
    // One event loop for the client, so the server keeps the rest of the machine.
    this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    this.http =
        vertx.createHttpClient(
            new HttpClientOptions().setKeepAlive(true).setDefaultHost(host).setDefaultPort(port),
            new PoolOptions().setHttp1MaxSize(maxClients + 1));
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String mode = args[1];
    long seconds = Long.parseLong(args[2]);
    List<Scenario> scenarios;
    int[] clients;
    if (mode.equals("suite")) {
      scenarios =
          List.of(
              new Scenario("entity", i -> "/api/v1/" + ENTITIES.get(i % ENTITIES.size())),
              new Scenario("offerings list", i -> "/api/v1/offerings"),
              // As browsers, curl --compressed and most HTTP libraries ask for it.
              new Scenario("offerings list, gzip", i -> "/api/v1/offerings", true),
              new Scenario("overview page", i -> "/"),
              new Scenario("evaluation (10)", i -> "/api/v1/evaluations?" + query(i)),
              new Scenario("checklist xlsx", Load::checklist));
      clients = new int[] {1, 8, 32};
      if (args.length > 3) {
        scenarios = scenarios.stream().filter(s -> s.name().equals(args[3])).toList();
      }
    } else if (mode.equals("workbooks")) {
      scenarios =
          List.of(
              new Scenario("comparison xlsx (10)", i -> "/api/v1/evaluations.xlsx?" + query(i)));
      clients = new int[] {50};
    } else {
      throw new IllegalArgumentException("mode is suite or workbooks");
    }
    Load load = new Load(base, Arrays.stream(clients).max().orElse(1));
    try {
      System.out.println(
          "| scenario | clients | requests | req/s | p50 ms | p99 ms | max ms | statuses | peak heap MB |");
      System.out.println("|---|---:|---:|---:|---:|---:|---:|---|---:|");
      for (Scenario scenario : scenarios) {
        load.run(scenario, Math.min(8, Arrays.stream(clients).max().orElse(1)), WARM_UP, false);
      }
      for (Scenario scenario : scenarios) {
        for (int c : clients) {
          load.run(scenario, c, 1, false);
          print(load.run(scenario, c, seconds, true));
        }
      }
    } finally {
      load.http.close().await();
      load.vertx.close().await();
    }
  }

  /** The use case cycles, so answers are not all the same. */
  private static String query(int i) {
    return "usecase="
        + USECASES.get(i % USECASES.size())
        + TEN_OFFERINGS.stream().map(o -> "&offering=" + o).collect(Collectors.joining());
  }

  private static String checklist(int i) {
    return "/api/v1/checklists.xlsx?usecase="
        + USECASES.get(i % USECASES.size())
        + "&offering="
        + TEN_OFFERINGS.get(i / USECASES.size() % TEN_OFFERINGS.size())
        + "&lang="
        + (i % 2 == 0 ? "nl" : "en");
  }

  private Result run(Scenario scenario, int clients, long seconds, boolean sampleHeap)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    AtomicInteger next = new AtomicInteger();
    List<long[]> perClient = new ArrayList<>();
    Map<String, Integer> statuses = new TreeMap<>();
    AtomicLong peakHeap = new AtomicLong();
    List<Future<Void>> done = new ArrayList<>();
    long start = System.nanoTime();
    long timer = sampleHeap ? vertx.setPeriodic(250, id -> sampleHeap(peakHeap)) : -1;
    for (int c = 0; c < clients; c++) {
      LatencyLog log = new LatencyLog();
      perClient.add(null);
      int slot = c;
      Promise<Void> finished = Promise.promise();
      done.add(finished.future());
      vertx.runOnContext(
          v ->
              loop(
                  scenario,
                  next,
                  deadline,
                  log,
                  statuses,
                  () -> {
                    perClient.set(slot, log.toArray());
                    finished.complete();
                  }));
    }
    Future.all(done).await();
    vertx.cancelTimer(timer);
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(scenario, clients, all, statuses, elapsed, peakHeap.get());
  }

  /** One client: a request, and when it is answered the next, until the deadline. */
  private void loop(
      Scenario scenario,
      AtomicInteger next,
      long deadline,
      LatencyLog log,
      Map<String, Integer> statuses,
      Runnable finished) {
    int i = next.getAndIncrement();
    if (System.nanoTime() >= deadline || i >= MAX_REQUESTS) {
      finished.run();
      return;
    }
    long sent = System.nanoTime();
    http.request(
            new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setURI(scenario.uri().apply(i))
                .putHeader("Accept-Encoding", scenario.gzip() ? "gzip" : "identity")
                .setTimeout(60_000))
        .compose(request -> request.send())
        // Read to the end without gathering the body: copying it into one buffer would cost the
        // client, which shares the machine with the app, more than the app spends sending it.
        .compose(
            response ->
                response
                    .handler(chunk -> {})
                    .end()
                    .map(done -> String.valueOf(response.statusCode())))
        .recover(failure -> Future.succeededFuture("failed"))
        .onComplete(
            status -> {
              log.add(System.nanoTime() - sent);
              statuses.merge(status.result(), 1, Integer::sum);
              loop(scenario, next, deadline, log, statuses, finished);
            });
  }

  /** The heap in use now, from the app's Prometheus page: the sum over its heap pools. */
  private void sampleHeap(AtomicLong peak) {
    http.request(HttpMethod.GET, "/metrics")
        .compose(request -> request.send())
        .compose(response -> response.body())
        .onSuccess(
            body -> {
              long used = 0;
              for (String line : body.toString().split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{area=\"heap\"")) {
                  used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
              }
              long seen = used;
              peak.accumulateAndGet(seen, Math::max);
            });
  }

  private static void print(Result r) {
    long[] l = r.latencies();
    String statuses =
        r.statuses().entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining(", "));
    System.out.printf(
        Locale.ROOT,
        "| %s | %d | %d | %.0f | %.1f | %.1f | %.0f | %s | %s |%n",
        r.scenario().name(),
        r.clients(),
        l.length,
        l.length / r.seconds(),
        percentile(l, 50),
        percentile(l, 99),
        l.length == 0 ? 0 : l[l.length - 1] / 1e6,
        statuses,
        r.peakHeap() == 0 ? "?" : String.valueOf(r.peakHeap() / (1 << 20)));
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  /** Latencies of one client, on the client's event loop only. */
  private static final class LatencyLog {
    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = nanos;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
