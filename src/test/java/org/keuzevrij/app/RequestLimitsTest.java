package org.keuzevrij.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.web.Problems;
import org.keuzevrij.web.RequestIds;
import org.keuzevrij.web.RunningApp;

/**
 * Bodies, addresses and headers over the limits, sent by a plain HTTP client as an attacker would:
 * each is refused with its own 4xx and problem details or the error page, never a 5xx or a hang.
 */
@DisplayName("Request limits: 413 for a large body, 414 for a long address, 431 for large headers")
class RequestLimitsTest {

  private static RunningApp app;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @BeforeAll
  static void start() {
    app = RunningApp.start(RunningApp.BUNDLED);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return CLIENT.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, HttpRequest.BodyPublisher body)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(app.url(path)))
            .header("Content-Type", "application/json")
            .POST(body));
  }

  private static void assertProblem(int status, HttpResponse<String> answer) {
    assertEquals(status, answer.statusCode(), answer.body());
    assertEquals(Problems.CONTENT_TYPE, answer.headers().firstValue("Content-Type").orElse(null));
    assertEquals(status, new JsonObject(answer.body()).getInteger("status"));
    assertTrue(answer.headers().firstValue("X-Content-Type-Options").isPresent());
    assertTrue(answer.headers().firstValue(RequestIds.HEADER).isPresent());
  }

  private static byte[] bytes(long size) {
    byte[] body = new byte[(int) size];
    java.util.Arrays.fill(body, (byte) ' ');
    return body;
  }

  @Test
  @DisplayName("an API body over the limit with Content-Length: 413 problem naming the limit")
  void bodyWithLength() throws Exception {
    HttpResponse<String> answer =
        post(
            "/api/v1/evaluations",
            HttpRequest.BodyPublishers.ofByteArray(bytes(WebServer.BODY_LIMIT + 1)));
    assertProblem(413, answer);
    assertTrue(
        new JsonObject(answer.body()).getString("detail").contains("" + WebServer.BODY_LIMIT),
        answer.body());
  }

  @Test
  @DisplayName("a chunked body that grows past the limit: 413 as well")
  void chunkedBody() throws Exception {
    HttpResponse<String> answer =
        post(
            "/api/v1/evaluations",
            HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(bytes(3 * WebServer.BODY_LIMIT))));
    assertProblem(413, answer);
  }

  @Test
  @DisplayName("a page form over the limit: 413 with the error page")
  void pageBody() throws Exception {
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(URI.create(app.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(WebServer.BODY_LIMIT + 1))));
    assertEquals(413, answer.statusCode());
    assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
  }

  @Test
  @DisplayName("an address over the limit: 414 problem; one just under it is answered")
  void longUri() throws Exception {
    String padding = "&x=" + "a".repeat(WebServer.URI_LIMIT);
    assertProblem(
        414,
        send(HttpRequest.newBuilder(URI.create(app.url("/compare?usecase=x" + padding))).GET()));
    assertProblem(
        414,
        send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/offerings?q=x" + padding))).GET()));
    String fits = "/compare?x=" + "a".repeat(WebServer.URI_LIMIT - 100);
    assertEquals(200, send(HttpRequest.newBuilder(URI.create(app.url(fits))).GET()).statusCode());
  }

  @Test
  @DisplayName("headers over the limit: 431 problem")
  void largeHeaders() throws Exception {
    assertProblem(
        431,
        send(
            HttpRequest.newBuilder(URI.create(app.url("/")))
                .header("X-Padding", "a".repeat(16 * 1024))
                .GET()));
  }

  @Test
  @DisplayName("after all that, the server answers as before")
  void stillAnswers() throws Exception {
    assertEquals(200, send(HttpRequest.newBuilder(URI.create(app.url("/"))).GET()).statusCode());
  }
}
