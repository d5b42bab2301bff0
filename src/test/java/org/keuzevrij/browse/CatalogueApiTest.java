package org.keuzevrij.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.app.WebServer;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;

@ExtendWith(VertxExtension.class)
@DisplayName("Read API /api/v1")
class CatalogueApiTest {

  @TempDir static Path root;

  private WebClient client;
  private String version;

  @BeforeEach
  void start(Vertx vertx) {
    Fixtures.smallCatalogue(root);
    LoadResult result = new CatalogueLoader().load(root);
    version = result.catalogue().version();
    WebServer server = new WebServer(new SnapshotHolder(Snapshot.of(result.catalogue())), 0);
    vertx.deployVerticle(server).await();
    client =
        WebClient.create(
            vertx,
            new WebClientOptions().setDefaultHost("localhost").setDefaultPort(server.actualPort()));
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private HttpResponse<Buffer> get(String uri, String... headers) {
    var request = client.get(uri);
    for (int i = 0; i < headers.length; i += 2) {
      request.putHeader(headers[i], headers[i + 1]);
    }
    return request.send().await();
  }

  private static List<String> ids(HttpResponse<Buffer> response) {
    JsonArray items = response.bodyAsJsonObject().getJsonArray("items");
    return items.stream().map(item -> ((JsonObject) item).getString("id")).toList();
  }

  @Test
  @DisplayName("lists every kind with the catalogue version and derived facts")
  void lists() {
    HttpResponse<Buffer> response = get("/api/v1/offerings");
    assertEquals(200, response.statusCode());
    assertEquals("application/json", response.getHeader("Content-Type"));
    JsonObject body = response.bodyAsJsonObject();
    assertEquals(version, body.getString("catalogueVersion"));
    assertEquals(2, body.getInteger("count"));
    assertEquals(List.of("eu-api", "us-api"), ids(response));
    JsonObject derived = body.getJsonArray("items").getJsonObject(0).getJsonObject("derived");
    assertEquals("yes", derived.getJsonObject("eeaOnly").getString("value"));
    for (String kind : List.of("suppliers", "models", "usecases", "profiles")) {
      assertEquals(200, get("/api/v1/" + kind).statusCode(), kind);
    }
  }

  @Test
  @DisplayName("filters offerings by EU/EEA, delivery, OpenAI-compatibility, open weights and text")
  void filtersOfferings() {
    assertEquals(List.of("eu-api"), ids(get("/api/v1/offerings?eea=true")));
    assertEquals(List.of("eu-api"), ids(get("/api/v1/offerings?openWeights=true")));
    assertEquals(
        List.of("eu-api", "us-api"), ids(get("/api/v1/offerings?openai=true&delivery=hosted-api")));
    assertEquals(List.of(), ids(get("/api/v1/offerings?delivery=self-hosted")));
    assertEquals(
        List.of("us-api"),
        ids(get("/api/v1/offerings?q=US-CLOUD")),
        "text search includes the supplier name");
  }

  @Test
  @DisplayName("filters models by OSI licence, open weights and modality")
  void filtersModels() {
    assertEquals(List.of("open-model"), ids(get("/api/v1/models?osi=true")));
    assertEquals(List.of("open-model"), ids(get("/api/v1/models?openWeights=true")));
    assertEquals(List.of("closed-model", "open-model"), ids(get("/api/v1/models?modality=text")));
    assertEquals(List.of(), ids(get("/api/v1/models?modality=video")));
  }

  @Test
  @DisplayName("a bad filter value is a 400 problem naming the parameter")
  void badFilter() {
    HttpResponse<Buffer> response = get("/api/v1/offerings?delivery=carrier-pigeon");
    assertEquals(400, response.statusCode());
    assertEquals("application/problem+json", response.getHeader("Content-Type"));
    JsonObject problem = response.bodyAsJsonObject();
    assertEquals(400, problem.getInteger("status"));
    assertEquals(
        "delivery", problem.getJsonArray("invalid-params").getJsonObject(0).getString("name"));
    assertEquals(400, get("/api/v1/models?osi=maybe").statusCode());
  }

  @Test
  @DisplayName("one entity with its derived facts and reasons")
  void detail() {
    HttpResponse<Buffer> response = get("/api/v1/models/closed-model");
    assertEquals(200, response.statusCode());
    JsonObject model = response.bodyAsJsonObject();
    assertEquals("closed-model", model.getString("id"));
    assertEquals(
        Fixtures.SOURCE,
        model.getJsonObject("licence").getJsonObject("osiApproved").getString("source"));
    JsonObject mof = model.getJsonObject("derived").getJsonObject("mofClass");
    assertEquals("none", mof.getString("value"));
    assertTrue(
        mof.getJsonArray("reasons").getJsonObject(0).getString("nl").contains("niet gehaald"));
  }

  @Test
  @DisplayName("strong ETag; If-None-Match with it gives 304 without a body")
  void conditionalGet() {
    HttpResponse<Buffer> first = get("/api/v1/suppliers/eu-host");
    String etag = first.getHeader("ETag");
    assertNotNull(etag);
    assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
    HttpResponse<Buffer> second = get("/api/v1/suppliers/eu-host", "If-None-Match", etag);
    assertEquals(304, second.statusCode());
    assertEquals(etag, second.getHeader("ETag"));
    assertEquals(null, second.body());
    assertEquals(200, get("/api/v1/suppliers/eu-host", "If-None-Match", "\"other\"").statusCode());
    assertEquals(
        200,
        get("/api/v1/suppliers/us-cloud", "If-None-Match", etag).statusCode(),
        "another entity has another ETag");
  }

  @Test
  @DisplayName("unknown ids and collections are 404 problems")
  void notFound() {
    HttpResponse<Buffer> response = get("/api/v1/models/no-such-model");
    assertEquals(404, response.statusCode());
    assertEquals("application/problem+json", response.getHeader("Content-Type"));
    JsonObject problem = response.bodyAsJsonObject();
    assertEquals("about:blank", problem.getString("type"));
    assertEquals("Not Found", problem.getString("title"));
    assertEquals("There is no model with id \"no-such-model\".", problem.getString("detail"));
    assertEquals("/api/v1/models/no-such-model", problem.getString("instance"));
    assertEquals(404, get("/api/v1/gadgets").statusCode());
    assertEquals(404, get("/api/v1/models/olmo/extra/parts").statusCode());
  }

  @Test
  @DisplayName("the catalogue version endpoint gives the content hash and counts")
  void catalogueVersion() {
    JsonObject body = get("/api/v1/catalogue/version").bodyAsJsonObject();
    assertEquals(version, body.getString("version"));
    assertEquals(2, body.getJsonObject("counts").getInteger("models"));
  }

  @Test
  @DisplayName("serves an OpenAPI document describing every read route")
  void openApi() {
    HttpResponse<Buffer> response = get("/api/v1/openapi.json");
    assertEquals(200, response.statusCode());
    JsonObject paths = response.bodyAsJsonObject().getJsonObject("paths");
    for (String path :
        List.of(
            "/catalogue/version",
            "/suppliers",
            "/suppliers/{id}",
            "/models",
            "/models/{id}",
            "/offerings",
            "/offerings/{id}",
            "/usecases",
            "/usecases/{id}",
            "/profiles",
            "/profiles/{id}")) {
      assertTrue(paths.containsKey(path), path);
    }
  }

  @Test
  @DisplayName("every answer carries a same-origin content security policy")
  void securityHeaders() {
    HttpResponse<Buffer> response = get("/api/v1/models");
    assertTrue(response.getHeader("Content-Security-Policy").startsWith("default-src 'self'"));
    assertEquals("nosniff", response.getHeader("X-Content-Type-Options"));
  }
}
