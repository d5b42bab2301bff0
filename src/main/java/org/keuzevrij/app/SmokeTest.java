package org.keuzevrij.app;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import java.io.PrintWriter;
import java.util.List;

/**
 * Asks a server that has just started for a few of its pages over loopback. It proves a deployment
 * answers, and it is how the build records which classes a start and a first request load, for
 * class-data sharing (see pom.xml).
 */
final class SmokeTest {

  static final List<String> PATHS = List.of("/", "/api/v1/catalogue/version", "/compare");

  private SmokeTest() {}

  /** True when every page answered 200; prints each status. */
  static boolean passes(Vertx vertx, int port, PrintWriter out) {
    HttpClient client = vertx.createHttpClient();
    try {
      boolean passed = true;
      for (String path : PATHS) {
        int status =
            client
                .request(HttpMethod.GET, port, "127.0.0.1", path)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode()))
                .await();
        out.println("GET " + path + " " + status);
        passed &= status == 200;
      }
      return passed;
    } finally {
      client.close();
      out.flush();
    }
  }
}
