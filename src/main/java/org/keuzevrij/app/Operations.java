package org.keuzevrij.app;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.backends.BackendRegistries;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What an operator asks of the running app: is it alive, is it ready to serve, and how is it doing.
 * {@code /health/live} answers as long as the event loop does; {@code /health/ready} only once the
 * catalogue and the clause library are loaded, so a load balancer sends no checklist request to a
 * server still loading. {@code /metrics} is the Prometheus text format.
 *
 * <p>Nothing here tells more than a visitor can see: the checks name only what they check, and HTTP
 * metrics are labelled by route pattern, method and status, never by the path itself (which would
 * carry user names and ids) or the client's address.
 */
public final class Operations {

  public static final String LIVE = "/health/live";
  public static final String READY = "/health/ready";
  public static final String METRICS = "/metrics";

  /** Where {@link #vertx()} leaves the name of its metrics registry for the server to find. */
  private static final String LOCAL_MAP = "keuzevrij.operations";

  private static final String REGISTRY_NAME = "registry";

  /**
   * Response times as a histogram, so p50 and p99 can be computed over any set of servers and
   * routes; a dozen fixed buckets rather than Micrometer's default of dozens keeps the series per
   * route few.
   */
  private static final MeterFilter RESPONSE_TIME_BUCKETS =
      new MeterFilter() {
        @Override
        public DistributionStatisticConfig configure(
            Meter.Id id, DistributionStatisticConfig config) {
          if (!id.getName().equals("vertx.http.server.response.time")) {
            return config;
          }
          return DistributionStatisticConfig.builder()
              .serviceLevelObjectives(
                  Stream.of(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
                      .mapToDouble(seconds -> seconds * 1e9)
                      .toArray())
              .build()
              .merge(config);
        }
      };

  /** Each Vert.x instance its own registry: tests start several apps in one JVM. */
  private static final AtomicInteger REGISTRIES = new AtomicInteger();

  /**
   * Vert.x with Micrometer metrics into a Prometheus registry of its own: HTTP server timings per
   * route, worker and other pool use (queue depth and time, in use), and the JVM's memory, GC and
   * threads.
   */
  public static Vertx vertx() {
    String name = "keuzevrij-" + REGISTRIES.incrementAndGet();
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().meterFilter(RESPONSE_TIME_BUCKETS);
    MicrometerMetricsOptions metrics =
        new MicrometerMetricsOptions()
            .setEnabled(true)
            .setRegistryName(name)
            .setJvmMetricsEnabled(true)
            .setLabels(
                EnumSet.of(
                    Label.HTTP_ROUTE,
                    Label.HTTP_METHOD,
                    Label.HTTP_CODE,
                    Label.POOL_TYPE,
                    Label.POOL_NAME));
    Vertx vertx =
        Vertx.builder()
            .with(new VertxOptions().setMetricsOptions(metrics))
            .withMetrics(new MicrometerMetricsFactory(registry))
            .build();
    vertx.sharedData().getLocalMap(LOCAL_MAP).put(REGISTRY_NAME, name);
    return vertx;
  }

  /**
   * The registry {@link #vertx()} made for this instance; for a Vert.x made otherwise, a registry
   * with the app's own meters only.
   */
  static PrometheusMeterRegistry registry(Vertx vertx) {
    Object name = vertx.sharedData().getLocalMap(LOCAL_MAP).get(REGISTRY_NAME);
    MeterRegistry registry = name == null ? null : BackendRegistries.getNow(name.toString());
    return registry instanceof PrometheusMeterRegistry prometheus
        ? prometheus
        : new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  }

  private final HealthCheckHandler live;
  private final HealthCheckHandler ready;
  private final PrometheusMeterRegistry registry;
  private final MultiGauge catalogueInfo;
  private final Supplier<String> catalogueVersion;

  /**
   * @param catalogueVersion null until a catalogue is loaded
   * @param clauseLibrary complete once the clause library is loaded
   */
  Operations(Vertx vertx, Supplier<String> catalogueVersion, CompletableFuture<?> clauseLibrary) {
    this.catalogueVersion = catalogueVersion;
    this.live =
        HealthCheckHandler.createWithHealthChecks(
            HealthChecks.create(vertx).register("event-loop", p -> p.complete(Status.OK())));
    this.ready =
        HealthCheckHandler.createWithHealthChecks(
            HealthChecks.create(vertx)
                .register("catalogue", p -> p.complete(status(catalogueVersion.get() != null)))
                .register(
                    "clause-library",
                    p ->
                        p.complete(
                            status(
                                clauseLibrary.isDone()
                                    && !clauseLibrary.isCompletedExceptionally()))));
    this.registry = registry(vertx);
    // The version as a label of a constant 1, the Prometheus "info" idiom: a reload shows as a new
    // series, and a dashboard can say which catalogue every other figure was measured on.
    this.catalogueInfo =
        MultiGauge.builder("keuzevrij.catalogue.info")
            .description("The catalogue being served, by content hash")
            .register(registry);
  }

  /** 200 while the event loop answers; a restart is the cure when it does not. */
  void live(RoutingContext ctx) {
    live.handle(ctx);
  }

  /** 200 once catalogue and clause library are loaded, 503 before. */
  void ready(RoutingContext ctx) {
    ready.handle(ctx);
  }

  void metrics(RoutingContext ctx) {
    String version = catalogueVersion.get();
    catalogueInfo.register(
        version == null ? List.of() : List.of(MultiGauge.Row.of(Tags.of("version", version), 1)),
        true);
    scrape(ctx, registry);
  }

  private static void scrape(RoutingContext ctx, PrometheusMeterRegistry registry) {
    ctx.response()
        .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(registry.scrape());
  }

  private static Status status(boolean ok) {
    return ok ? Status.OK() : Status.KO();
  }
}
