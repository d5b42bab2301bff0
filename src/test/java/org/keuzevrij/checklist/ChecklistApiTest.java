package org.keuzevrij.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.junit5.VertxExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keuzevrij.app.WebServer;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.checklist.clauses.Bundled;

@ExtendWith(VertxExtension.class)
@DisplayName("Checklist API /api/v1/checklists")
class ChecklistApiTest {

  private WebClient client;

  @BeforeEach
  void start(Vertx vertx) {
    WebServer server = new WebServer(new SnapshotHolder(Bundled.snapshot()), Bundled.library(), 0);
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

  private HttpResponse<Buffer> get(String uri) {
    return client.get(uri).send().await();
  }

  @Test
  @DisplayName(
      "gives the checklist as JSON, Dutch by default, with rows, reasons, assumptions and versions")
  void json() {
    HttpResponse<Buffer> response =
        get("/api/v1/checklists?usecase=residents-chatbot&offering=openai-api-global");
    assertEquals(200, response.statusCode());
    assertEquals("application/json", response.getHeader("Content-Type"));
    JsonObject body = response.bodyAsJsonObject();
    assertEquals("nl", body.getString("language"));
    assertEquals("Chatbot voor Amsterdammers", body.getJsonObject("usecase").getString("name"));
    assertEquals(Bundled.library().version(), body.getString("libraryVersion"));
    assertEquals(Bundled.snapshot().catalogue().version(), body.getString("catalogueVersion"));
    JsonObject privacy = find(body.getJsonArray("rows"), "PRIV-05");
    assertTrue(
        privacy
            .getString("why")
            .startsWith("Van toepassing omdat: Leverancier onder niet-EU-recht: ja"));
    assertEquals("must", privacy.getJsonObject("priority").getString("key"));
    assertEquals(
        "supplierNonEuLaw",
        privacy.getJsonArray("matchedConditions").getJsonObject(0).getString("condition"));
    assertEquals("in-force", privacy.getJsonArray("sources").getJsonObject(0).getString("status"));
    JsonObject escrow = find(body.getJsonArray("notApplicable"), "EXIT-07");
    assertTrue(escrow.getString("why").contains("Gehost: ja"));
    JsonObject start = body.getJsonArray("assumptions").getJsonObject(0);
    assertEquals("contractStartsBeforeChargeBan", start.getString("condition"));
    assertEquals(new JsonArray().add("EXIT-03"), start.getJsonArray("clauses"));
    assertEquals(
        body.getJsonArray("rows").size(),
        body.getJsonObject("counts").getInteger("must")
            + body.getJsonObject("counts").getInteger("should")
            + body.getJsonObject("counts").getInteger("could"));
    String english =
        get("/api/v1/checklists?usecase=residents-chatbot&offering=openai-api-global&lang=en")
            .bodyAsJsonObject()
            .getJsonObject("usecase")
            .getString("name");
    assertEquals("Residents' chatbot", english);
  }

  @Test
  @DisplayName("gives the workbook as an xlsx attachment with a file name that says what it is")
  void workbook() throws IOException {
    HttpResponse<Buffer> response =
        get(
            "/api/v1/checklists.xlsx?usecase=reading-old-archives"
                + "&offering=self-hosted-vllm-olmo&lang=en");
    assertEquals(200, response.statusCode());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        response.getHeader("Content-Type"));
    assertEquals(
        "attachment; filename=\"keuzevrij-checklist-reading-old-archives-self-hosted-vllm-olmo-en.xlsx\"",
        response.getHeader("Content-Disposition"));
    assertEquals("no-store", response.getHeader("Cache-Control"));
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(response.body().getBytes()))) {
      assertEquals("Summary", workbook.getSheetAt(0).getSheetName());
      assertEquals("Id", workbook.getSheet("Checklist").getRow(0).getCell(0).getStringCellValue());
      assertTrue(workbook.getSheet("Checklist").getLastRowNum() > 20);
    }
  }

  @Test
  @DisplayName("writes many workbooks at once on its worker pool, each of them whole")
  void concurrentDownloads() {
    List<Future<HttpResponse<Buffer>>> downloads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      downloads.add(
          client
              .get("/api/v1/checklists.xlsx?usecase=residents-chatbot&offering=anthropic-api")
              .send());
    }
    Future.all(downloads).await();
    for (Future<HttpResponse<Buffer>> download : downloads) {
      assertEquals(200, download.result().statusCode());
      byte[] bytes = download.result().body().getBytes();
      assertEquals('P', bytes[0]);
      assertEquals('K', bytes[1]);
    }
  }

  @Test
  @DisplayName(
      "answers a missing or malformed parameter with 400 and unknown ids with 404, as problem+json")
  void problems() {
    HttpResponse<Buffer> missing = get("/api/v1/checklists?offering=openai-api-global");
    assertEquals(400, missing.statusCode());
    assertEquals("application/problem+json", missing.getHeader("Content-Type"));
    assertEquals(
        "usecase",
        missing
            .bodyAsJsonObject()
            .getJsonArray("invalid-params")
            .getJsonObject(0)
            .getString("name"));
    HttpResponse<Buffer> language =
        get(
            "/api/v1/checklists.xlsx?usecase=residents-chatbot"
                + "&offering=openai-api-global&lang=de");
    assertEquals(400, language.statusCode());
    assertEquals(
        "Query parameter \"lang\" must be nl or en.",
        language.bodyAsJsonObject().getString("detail"));
    HttpResponse<Buffer> injected =
        get(
            "/api/v1/checklists.xlsx?usecase=residents-chatbot"
                + "&offering=x%22%0d%0aSet-Cookie:a");
    assertEquals(400, injected.statusCode());
    assertEquals(
        400, get("/api/v1/checklists?usecase=%zz&offering=openai-api-global").statusCode());
    HttpResponse<Buffer> unknown =
        get("/api/v1/checklists?usecase=residents-chatbot&offering=no-such-offering");
    assertEquals(404, unknown.statusCode());
    assertEquals(
        "There is no offering \"no-such-offering\".",
        unknown.bodyAsJsonObject().getString("detail"));
    assertEquals(
        404, get("/api/v1/checklists.xlsx?usecase=nobody&offering=openai-api-global").statusCode());
  }

  @Test
  @DisplayName("is described in the OpenAPI document")
  void openApi() {
    JsonObject paths = get("/api/v1/openapi.json").bodyAsJsonObject().getJsonObject("paths");
    assertTrue(paths.containsKey("/checklists"));
    assertTrue(
        paths
            .getJsonObject("/checklists.xlsx")
            .getJsonObject("get")
            .getJsonObject("responses")
            .getJsonObject("200")
            .getJsonObject("content")
            .containsKey("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
  }

  private static JsonObject find(JsonArray items, String id) {
    return items.stream()
        .map(JsonObject.class::cast)
        .filter(item -> item.getString("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + id));
  }
}
