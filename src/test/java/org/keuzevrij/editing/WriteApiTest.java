package org.keuzevrij.editing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keuzevrij.web.EditableApp.basic;
import static org.keuzevrij.web.EditableApp.bearer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.app.WebServer;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.web.EditableApp;
import org.keuzevrij.web.EditableAppTest;

@DisplayName("Write API: PUT and DELETE /api/v1/{kind}/{id}")
class WriteApiTest extends EditableAppTest {

  private HttpResponse<Buffer> get(String uri) {
    return app.send(HttpMethod.GET, uri, null);
  }

  private HttpResponse<Buffer> put(String uri, Object body, String... headers) {
    String[] all =
        Stream.concat(
                Stream.of(
                    "Authorization",
                    bearer(users.editorToken()),
                    "Content-Type",
                    "application/json"),
                Stream.of(headers))
            .toArray(String[]::new);
    return app.send(HttpMethod.PUT, uri, body.toString(), all);
  }

  private HttpResponse<Buffer> delete(String uri, String... headers) {
    String[] all =
        Stream.concat(Stream.of("Authorization", bearer(users.editorToken())), Stream.of(headers))
            .toArray(String[]::new);
    return app.send(HttpMethod.DELETE, uri, null, all);
  }

  private static ObjectNode offering(String id, List<String> processing) {
    return Fixtures.offering(id, "eu-host", List.of("open-model"), processing);
  }

  /**
   * Every file of the catalogue with its bytes, to show that a refused write changed nothing on
   * disk.
   */
  private Map<String, String> files() throws IOException {
    try (Stream<Path> paths = Files.walk(app.catalogue())) {
      return paths
          .filter(Files::isRegularFile)
          .collect(
              Collectors.toMap(
                  path -> app.catalogue().relativize(path).toString(),
                  WriteApiTest::read,
                  (a, b) -> a,
                  TreeMap::new));
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void assertProblem(HttpResponse<Buffer> response, int status) {
    assertEquals(status, response.statusCode(), response.bodyAsString());
    assertEquals("application/problem+json", response.getHeader("Content-Type"));
    assertEquals(status, response.bodyAsJsonObject().getInteger("status"));
  }

  @Test
  @DisplayName(
      "If-None-Match: * creates (201, Location, ETag) a canonical file, served at once with derived facts")
  void creates() throws IOException {
    assertEquals(
        1,
        app.snapshot().derived().get(Kind.MODEL, "closed-model").get("independentHosts").value());
    ObjectNode offering =
        Fixtures.offering("nl-api", "eu-host", List.of("closed-model"), List.of("NL"));
    HttpResponse<Buffer> created = put("/api/v1/offerings/nl-api", offering, "If-None-Match", "*");
    assertEquals(201, created.statusCode(), created.bodyAsString());
    assertEquals("/api/v1/offerings/nl-api", created.getHeader("Location"));
    HttpResponse<Buffer> read = get("/api/v1/offerings/nl-api");
    assertEquals(200, read.statusCode());
    assertEquals(
        read.getHeader("ETag"),
        created.getHeader("ETag"),
        "the ETag of the answer is the one GET gives");
    assertEquals(
        "yes",
        read.bodyAsJsonObject()
            .getJsonObject("derived")
            .getJsonObject("eeaOnly")
            .getString("value"));
    byte[] file = Files.readAllBytes(app.catalogue().resolve("offerings/nl-api.json"));
    assertArrayEquals(
        CanonicalJson.pretty(offering),
        file,
        "the file is written exactly as a careful hand edit would be: sorted keys, two spaces, final newline");
    assertEquals(
        2,
        app.snapshot().derived().get(Kind.MODEL, "closed-model").get("independentHosts").value(),
        "derived facts of other entities follow: the model now has a host outside the US group");
    assertEquals(
        2,
        get("/api/v1/models/closed-model")
            .bodyAsJsonObject()
            .getJsonObject("derived")
            .getJsonObject("independentHosts")
            .getInteger("value"));
  }

  @Test
  @DisplayName(
      "If-Match with the current ETag replaces (200); derived facts and catalogue version follow")
  void replaces() {
    assertTrue(get("/api/v1/offerings").bodyAsString().contains("\"FR\""), "the list as it was");
    HttpResponse<Buffer> before = get("/api/v1/offerings/eu-api");
    String version = get("/api/v1/catalogue/version").bodyAsJsonObject().getString("version");
    ObjectNode changed = offering("eu-api", List.of("US"));
    HttpResponse<Buffer> response =
        put("/api/v1/offerings/eu-api", changed, "If-Match", before.getHeader("ETag"));
    assertEquals(200, response.statusCode(), response.bodyAsString());
    assertNotEquals(before.getHeader("ETag"), response.getHeader("ETag"));
    JsonObject body = response.bodyAsJsonObject();
    assertEquals(
        new JsonArray().add("US"), body.getJsonObject("processingLocations").getJsonArray("value"));
    assertEquals(
        "no",
        body.getJsonObject("derived").getJsonObject("eeaOnly").getString("value"),
        "processing in the US: no longer EU/EEA-only");
    assertNotEquals(
        version, get("/api/v1/catalogue/version").bodyAsJsonObject().getString("version"));
    JsonObject listed =
        get("/api/v1/offerings").bodyAsJsonObject().getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .filter(o -> o.getString("id").equals("eu-api"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        new JsonArray().add("US"),
        listed.getJsonObject("processingLocations").getJsonArray("value"),
        "the list follows the edit at once");
  }

  @Test
  @DisplayName("\"derived\" sent back from a GET is ignored, so GET, change, PUT works as it reads")
  void ignoresDerivedSentBack() {
    HttpResponse<Buffer> before = get("/api/v1/offerings/eu-api");
    JsonObject body = before.bodyAsJsonObject();
    body.getJsonObject("processingLocations").put("value", new JsonArray().add("DE"));
    body.getJsonObject("derived").put("eeaOnly", "tampered");
    HttpResponse<Buffer> response =
        put("/api/v1/offerings/eu-api", body.encode(), "If-Match", before.getHeader("ETag"));
    assertEquals(200, response.statusCode(), response.bodyAsString());
    assertFalse(read(app.catalogue().resolve("offerings/eu-api.json")).contains("derived"));
    assertEquals(
        "yes",
        get("/api/v1/offerings/eu-api")
            .bodyAsJsonObject()
            .getJsonObject("derived")
            .getJsonObject("eeaOnly")
            .getString("value"));
  }

  @Test
  @DisplayName("a stale ETag is 412 with the current ETag, and changes nothing")
  void staleEtag() throws IOException {
    String old = get("/api/v1/offerings/eu-api").getHeader("ETag");
    String current =
        put("/api/v1/offerings/eu-api", offering("eu-api", List.of("DE")), "If-Match", old)
            .getHeader("ETag");
    Map<String, String> files = files();
    HttpResponse<Buffer> stale =
        put("/api/v1/offerings/eu-api", offering("eu-api", List.of("BE")), "If-Match", old);
    assertProblem(stale, 412);
    assertEquals(current, stale.getHeader("ETag"));
    assertEquals(files, files());
    HttpResponse<Buffer> weak =
        put(
            "/api/v1/offerings/eu-api",
            offering("eu-api", List.of("BE")),
            "If-Match",
            "W/" + current);
    assertProblem(weak, 412);
  }

  @Test
  @DisplayName("creating what exists is 412; replacing what does not exist is 412 too")
  void createExistingAndReplaceMissing() {
    HttpResponse<Buffer> exists =
        put("/api/v1/offerings/eu-api", offering("eu-api", List.of("NL")), "If-None-Match", "*");
    assertProblem(exists, 412);
    assertEquals(get("/api/v1/offerings/eu-api").getHeader("ETag"), exists.getHeader("ETag"));
    assertProblem(
        put("/api/v1/offerings/ghost", offering("ghost", List.of("NL")), "If-Match", "\"abc\""),
        412);
    assertEquals(404, get("/api/v1/offerings/ghost").statusCode());
  }

  @Test
  @DisplayName("a write without If-Match or If-None-Match is 428")
  void preconditionRequired() {
    assertProblem(put("/api/v1/offerings/eu-api", offering("eu-api", List.of("NL"))), 428);
    assertProblem(delete("/api/v1/offerings/eu-api"), 428);
  }

  @Test
  @DisplayName(
      "schema and cross-reference errors are one 400 listing every error with its pointer; nothing changes")
  void invalidEntity() throws IOException {
    HttpResponse<Buffer> before = get("/api/v1/offerings/eu-api");
    Map<String, String> files = files();
    ObjectNode broken =
        Fixtures.offering("eu-api", "nobody", List.of("open-model", "ghost"), List.of("Mars"));
    broken.remove("apiStyle");
    broken.put("colour", "blue");
    broken.set("trainsOnCustomerData", Fixtures.fact("maybe"));
    HttpResponse<Buffer> response =
        put("/api/v1/offerings/eu-api", broken, "If-Match", before.getHeader("ETag"));
    assertProblem(response, 400);
    Map<String, String> errors = new TreeMap<>();
    for (Object error : response.bodyAsJsonObject().getJsonArray("errors")) {
      errors.merge(
          ((JsonObject) error).getString("pointer"),
          ((JsonObject) error).getString("detail"),
          (a, b) -> a);
    }
    assertTrue(errors.containsKey("/apiStyle"), errors::toString);
    assertTrue(errors.containsKey("/colour"), errors::toString);
    assertTrue(errors.containsKey("/processingLocations/value/0"), errors::toString);
    assertTrue(
        errors.keySet().stream().anyMatch(p -> p.startsWith("/trainsOnCustomerData")),
        errors::toString);
    // Schema errors and cross-reference errors arrive together, so an editor sees everything wrong
    // at once.
    assertEquals(
        "unknown supplier \"nobody\": there is no suppliers/nobody.json", errors.get("/supplier"));
    assertEquals("unknown model \"ghost\": there is no models/ghost.json", errors.get("/models/1"));
    assertEquals(files, files(), "a refused write leaves every file as it was");
    HttpResponse<Buffer> after = get("/api/v1/offerings/eu-api");
    assertEquals(before.getHeader("ETag"), after.getHeader("ETag"));
    assertEquals(before.bodyAsString(), after.bodyAsString(), "and serves what it served before");
  }

  @Test
  @DisplayName(
      "a price line with an unknown currency, without a unit, with a negative amount or naming a"
          + " model the offering lacks is 400 naming the line's field; nothing changes")
  void badPriceLines() throws IOException {
    HttpResponse<Buffer> before = get("/api/v1/offerings/eu-api");
    Map<String, String> files = files();
    ObjectNode offering = offering("eu-api", List.of("FR"));
    var prices = offering.putArray("prices");
    prices
        .addObject()
        .put("unit", "million-input-tokens")
        .put("amount", 0.1)
        .put("currency", "EURO")
        .put("vatIncluded", false)
        .put("source", "https://example.org/pricing")
        .put("checked", "2026-12-03");
    prices
        .addObject()
        .put("amount", 2)
        .put("currency", "EUR")
        .put("vatIncluded", true)
        .put("source", "https://example.org/pricing")
        .put("checked", "2026-12-03");
    prices
        .addObject()
        .put("unit", "page")
        .put("amount", -0.01)
        .put("currency", "EUR")
        .put("vatIncluded", false)
        .put("source", "https://example.org/pricing")
        .put("checked", "2026-12-03");
    prices
        .addObject()
        .put("unit", "page")
        .put("amount", "unknown")
        .put("checked", "2026-12-03")
        .putArray("models")
        .add("closed-model");
    HttpResponse<Buffer> response =
        put("/api/v1/offerings/eu-api", offering, "If-Match", before.getHeader("ETag"));
    assertProblem(response, 400);
    Map<String, String> errors = new TreeMap<>();
    for (Object error : response.bodyAsJsonObject().getJsonArray("errors")) {
      errors.merge(
          ((JsonObject) error).getString("pointer"),
          ((JsonObject) error).getString("detail"),
          (a, b) -> a + " | " + b);
    }
    assertEquals(
        List.of("/prices/0/currency", "/prices/1/unit", "/prices/2/amount", "/prices/3/models/0"),
        List.copyOf(errors.keySet()),
        errors::toString);
    assertTrue(errors.get("/prices/0/currency").contains("ISO 4217"), errors::toString);
    assertEquals(
        "model \"closed-model\" is not one of this offering's models (/models)",
        errors.get("/prices/3/models/0"),
        "a line names only models the offering delivers");
    assertEquals(files, files(), "a refused write leaves every file as it was");
    assertEquals(before.bodyAsString(), get("/api/v1/offerings/eu-api").bodyAsString());
  }

  @Test
  @DisplayName(
      "a model capability outside the vocabularies (a task, a modality, a language) is 400 naming"
          + " each; nothing changes")
  void capabilityOutsideVocabulary() throws IOException {
    HttpResponse<Buffer> before = get("/api/v1/models/open-model");
    Map<String, String> files = files();
    ObjectNode model = Fixtures.model("open-model", "open", true, "downloadable");
    model.set("tasks", Fixtures.fact(List.of("flying")));
    model.set("outputModalities", Fixtures.fact(List.of("smell")));
    model.set("languages", Fixtures.fact(List.of("nl", "dutch")));
    HttpResponse<Buffer> response =
        put("/api/v1/models/open-model", model, "If-Match", before.getHeader("ETag"));
    assertProblem(response, 400);
    String body = response.bodyAsString();
    assertTrue(body.contains("\"/tasks/value/0\""), body);
    assertTrue(body.contains("task vocabulary"), body);
    assertTrue(body.contains("\"/outputModalities/value/0\""), body);
    assertTrue(body.contains("\"/languages/value/1\""), body);
    assertTrue(body.contains("ISO 639-1"), body);
    assertEquals(files, files(), "a refused write leaves every file as it was");
  }

  @Test
  @DisplayName(
      "an id in the body that differs from the address, and a body that is not JSON, are 400")
  void mismatchedIdAndBadJson() {
    HttpResponse<Buffer> response =
        put("/api/v1/offerings/other", offering("eu-api", List.of("NL")), "If-None-Match", "*");
    assertProblem(response, 400);
    assertEquals(
        "/id",
        response.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("pointer"));
    assertProblem(put("/api/v1/offerings/eu-api", "{\"id\": ", "If-None-Match", "*"), 400);
    assertEquals(
        415,
        app.send(
                HttpMethod.PUT,
                "/api/v1/offerings/x",
                "x",
                "Authorization",
                bearer(users.editorToken()),
                "Content-Type",
                "text/plain",
                "If-None-Match",
                "*")
            .statusCode());
  }

  @Test
  @DisplayName(
      "an id that is not a slug (path traversal, odd characters, too long) is 400 naming it")
  void badIds() throws IOException {
    Map<String, String> files = files();
    for (String id :
        List.of(
            "..%2F..%2Fetc%2Fpasswd",
            "..%2Fsuppliers%2Feu-host",
            "Eu-Api",
            "a_b",
            "a%00b",
            "x".repeat(65),
            "-lead",
            "trail-",
            "d%C3%A9j%C3%A0")) {
      HttpResponse<Buffer> response =
          put("/api/v1/offerings/" + id, offering("x", List.of("NL")), "If-None-Match", "*");
      assertProblem(response, 400);
      String detail = response.bodyAsJsonObject().getString("detail");
      assertTrue(detail.contains("is not an entity id"), detail);
      assertEquals(
          "id",
          response
              .bodyAsJsonObject()
              .getJsonArray("invalid-params")
              .getJsonObject(0)
              .getString("name"));
      assertProblem(delete("/api/v1/suppliers/" + id, "If-Match", "*"), 400);
    }
    assertTrue(
        put("/api/v1/offerings/..%2F..%2Fetc%2Fpasswd", "{}", "If-None-Match", "*")
            .bodyAsJsonObject()
            .getString("detail")
            .startsWith("\"../../etc/passwd\""),
        "the problem names the id as decoded");
    assertEquals(files, files());
  }

  @Test
  @DisplayName(
      "deleting needs If-Match (204), is 409 naming the referrers while others refer to it, 404 when gone")
  void deletes() throws IOException {
    HttpResponse<Buffer> referenced =
        delete(
            "/api/v1/suppliers/eu-host",
            "If-Match",
            get("/api/v1/suppliers/eu-host").getHeader("ETag"));
    assertProblem(referenced, 409);
    JsonArray referrers = referenced.bodyAsJsonObject().getJsonArray("referrers");
    assertEquals(
        new JsonObject()
            .put("kind", "offerings")
            .put("id", "eu-api")
            .put("pointer", "/supplier")
            .put("href", "/api/v1/offerings/eu-api"),
        referrers.getJsonObject(0));
    assertTrue(referenced.bodyAsJsonObject().getString("detail").contains("offerings/eu-api"));
    assertTrue(Files.exists(app.catalogue().resolve("suppliers/eu-host.json")));

    assertProblem(delete("/api/v1/offerings/eu-api", "If-Match", "\"stale\""), 412);
    HttpResponse<Buffer> deleted =
        delete(
            "/api/v1/offerings/eu-api",
            "If-Match",
            get("/api/v1/offerings/eu-api").getHeader("ETag"));
    assertEquals(204, deleted.statusCode(), deleted.bodyAsString());
    assertFalse(Files.exists(app.catalogue().resolve("offerings/eu-api.json")));
    assertEquals(404, get("/api/v1/offerings/eu-api").statusCode());
    assertProblem(delete("/api/v1/offerings/eu-api", "If-Match", "*"), 404);
    assertEquals(1, app.snapshot().catalogue().size(Kind.OFFERING));
  }

  @Test
  @DisplayName(
      "the OpenAPI document describes the write, history and admin routes with their security")
  void openApiDescribesWrites() {
    JsonObject document = get("/api/v1/openapi.json").bodyAsJsonObject();
    JsonObject paths = document.getJsonObject("paths");
    for (String kind : List.of("suppliers", "models", "offerings", "usecases", "profiles")) {
      JsonObject entity = paths.getJsonObject("/" + kind + "/{id}");
      for (String method : List.of("put", "delete")) {
        assertTrue(entity.containsKey(method), kind + " " + method);
        assertTrue(
            entity.getJsonObject(method).getJsonObject("responses").containsKey("412"),
            kind + " " + method);
      }
      assertTrue(paths.containsKey("/" + kind + "/{id}/history"), kind);
    }
    for (String path :
        List.of(
            "/me",
            "/admin/reload",
            "/admin/users",
            "/admin/users/{name}",
            "/admin/users/{name}/tokens",
            "/admin/users/{name}/tokens/{token}")) {
      assertTrue(paths.containsKey(path), path);
    }
    assertEquals(
        List.of("basic", "bearer"),
        List.copyOf(
            document.getJsonObject("components").getJsonObject("securitySchemes").fieldNames()));
  }

  @Test
  @DisplayName("an unknown collection is 404")
  void unknownKind() {
    assertProblem(put("/api/v1/widgets/x", "{}", "If-None-Match", "*"), 404);
  }

  @Test
  @DisplayName(
      "no credentials: 401 with a challenge; wrong ones: 401; a viewer: 403; Basic works too")
  void authentication() {
    String body = offering("nl-api", List.of("NL")).toString();
    HttpResponse<Buffer> anonymous =
        app.send(
            HttpMethod.PUT,
            "/api/v1/offerings/nl-api",
            body,
            "Content-Type",
            "application/json",
            "If-None-Match",
            "*");
    assertProblem(anonymous, 401);
    assertTrue(
        anonymous.getHeader("WWW-Authenticate").startsWith("Basic realm=\"Keuzevrij\""),
        anonymous.getHeader("WWW-Authenticate"));
    assertProblem(
        app.send(
            HttpMethod.PUT,
            "/api/v1/offerings/nl-api",
            body,
            "Content-Type",
            "application/json",
            "If-None-Match",
            "*",
            "Authorization",
            basic("editor", "wrong password!")),
        401);
    assertProblem(
        app.send(
            HttpMethod.PUT,
            "/api/v1/offerings/nl-api",
            body,
            "Content-Type",
            "application/json",
            "If-None-Match",
            "*",
            "Authorization",
            bearer("kzv_000000000000_forged")),
        401);
    HttpResponse<Buffer> viewer =
        app.send(
            HttpMethod.PUT,
            "/api/v1/offerings/nl-api",
            body,
            "Content-Type",
            "application/json",
            "If-None-Match",
            "*",
            "Authorization",
            bearer(users.viewerToken()));
    assertProblem(viewer, 403);
    assertTrue(viewer.bodyAsJsonObject().getString("detail").contains("editor role"));
    assertEquals(
        404, get("/api/v1/offerings/nl-api").statusCode(), "none of these created anything");
    HttpResponse<Buffer> withPassword =
        app.send(
            HttpMethod.PUT,
            "/api/v1/offerings/nl-api",
            body,
            "Content-Type",
            "application/json",
            "If-None-Match",
            "*",
            "Authorization",
            basic("editor", EditableApp.PASSWORD));
    assertEquals(201, withPassword.statusCode(), withPassword.bodyAsString());
  }

  @Test
  @DisplayName("a write sent from another site's page (Origin header of another host) is refused")
  void crossSiteWrite() {
    HttpResponse<Buffer> response =
        app.send(
            HttpMethod.PUT,
            "/api/v1/offerings/nl-api",
            offering("nl-api", List.of("NL")).toString(),
            "Content-Type",
            "application/json",
            "If-None-Match",
            "*",
            "Authorization",
            basic("editor", EditableApp.PASSWORD),
            "Origin",
            "https://evil.example");
    assertProblem(response, 403);
  }

  @Test
  @DisplayName("a body over the limit is 413 and changes nothing")
  void bodyTooLarge() throws IOException {
    Map<String, String> files = files();
    ObjectNode huge = offering("eu-api", List.of("NL"));
    huge.put("notes", "x".repeat((int) WebServer.BODY_LIMIT + 1));
    HttpResponse<Buffer> response = put("/api/v1/offerings/eu-api", huge, "If-Match", "*");
    assertProblem(response, 413);
    assertEquals(files, files());
  }

  @Test
  @DisplayName(
      "If-Match: * replaces whatever version is there; an unchanged entity is 200 and writes nothing")
  void anyVersionAndNoChange() throws IOException {
    Path file = app.catalogue().resolve("offerings/eu-api.json");
    var modified = Files.getLastModifiedTime(file);
    ObjectNode same = (ObjectNode) CanonicalJson.read(Files.readAllBytes(file));
    HttpResponse<Buffer> response = put("/api/v1/offerings/eu-api", same, "If-Match", "*");
    assertEquals(200, response.statusCode());
    assertEquals(get("/api/v1/offerings/eu-api").getHeader("ETag"), response.getHeader("ETag"));
    assertEquals(modified, Files.getLastModifiedTime(file));
    assertEquals(
        0,
        app.editing().editor().audit().history(Kind.OFFERING, "eu-api").size(),
        "nothing changed, so nothing is audited");
  }
}
