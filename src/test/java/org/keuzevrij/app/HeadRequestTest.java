package org.keuzevrij.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.web.RequestIds;
import org.keuzevrij.web.RunningApp;

@DisplayName("HEAD is answered like GET, without the body")
class HeadRequestTest {

  @Test
  @DisplayName(
      "pages, API, health and assets answer HEAD with GET's status and headers and no body; an"
          + " unknown address is 404")
  void headLikeGet() throws Exception {
    // The JDK client asks to upgrade to HTTP/2, which the app declines.
    HttpClient client = HttpClient.newHttpClient();
    try (RunningApp app = RunningApp.start(RunningApp.BUNDLED)) {
      for (String path :
          new String[] {
            "/",
            "/offerings/scaleway-generative-apis",
            "/api/v1/offerings",
            "/api/v1/models/olmo",
            "/health/live",
            "/compare?usecase=residents-chatbot&offering=self-hosted-vllm-olmo",
            "/no/such/page"
          }) {
        HttpResponse<byte[]> head =
            client.send(
                HttpRequest.newBuilder(URI.create(app.url(path)))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        var get = app.get(path);
        assertEquals(get.statusCode(), head.statusCode(), path);
        assertEquals(
            get.getHeader("Content-Type"),
            head.headers().firstValue("Content-Type").orElse(null),
            path);
        assertEquals(0, head.body().length, path);
        assertTrue(head.headers().firstValue(RequestIds.HEADER).isPresent(), path);
      }
    }
  }
}
