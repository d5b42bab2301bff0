package org.keuzevrij.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keuzevrij.app.WebServer;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;

@ExtendWith(VertxExtension.class)
@DisplayName("Evaluation API /api/v1/evaluations")
class EvaluationApiTest {

  private static final String SHORTLIST =
      "{\"usecase\": \"residents-chatbot\", \"offerings\": "
          + "[\"scaleway-generative-apis\", \"self-hosted-vllm-olmo\", \"azure-openai-global\", \"self-hosted-vllm-granite\"]}";

  private static Vertx vertx;
  private static WebClient client;
  private static String version;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    LoadResult result = new CatalogueLoader().load(Path.of("catalogue"));
    version = result.catalogue().version();
    WebServer server = new WebServer(new SnapshotHolder(Snapshot.of(result.catalogue())), 0);
    vertx.deployVerticle(server).await();
    client =
        WebClient.create(
            vertx,
            new WebClientOptions().setDefaultHost("localhost").setDefaultPort(server.actualPort()));
  }

  @AfterAll
  static void stop() {
    client.close();
    vertx.close().await();
  }

  private static HttpResponse<Buffer> post(String body) {
    return client
        .post("/api/v1/evaluations")
        .putHeader("Content-Type", "application/json")
        .sendBuffer(Buffer.buffer(body))
        .await();
  }

  private static HttpResponse<Buffer> get(String uri) {
    return client.get(uri).send().await();
  }

  private static JsonObject ok(HttpResponse<Buffer> response) {
    assertEquals(200, response.statusCode(), response.bodyAsString());
    assertEquals("application/json", response.getHeader("Content-Type"));
    return response.bodyAsJsonObject();
  }

  private static JsonArray errors(HttpResponse<Buffer> response) {
    assertEquals(400, response.statusCode(), response.bodyAsString());
    assertEquals("application/problem+json", response.getHeader("Content-Type"));
    return response.bodyAsJsonObject().getJsonArray("errors");
  }

  private static List<String> pointers(JsonArray errors) {
    return errors.stream().map(e -> ((JsonObject) e).getString("pointer")).toList();
  }

  @Test
  @DisplayName("an evaluation names the catalogue version and the profile with its version")
  void namesCatalogueAndProfile() {
    JsonObject body = ok(post(SHORTLIST));
    assertEquals(version, body.getString("catalogueVersion"));
    assertEquals("amsterdam-ai-vision-2024", body.getJsonObject("profile").getString("id"));
    assertEquals("1.2.0", body.getJsonObject("profile").getString("version"));
  }

  @Test
  @DisplayName(
      "POST ranks the options that pass every knock-out from high to low, the city's OLMo first")
  void ranksFromHighToLow() {
    JsonArray ranking = ok(post(SHORTLIST)).getJsonArray("ranking");
    assertEquals(3, ranking.size());
    JsonObject first = ranking.getJsonObject(0);
    assertEquals("self-hosted-vllm-olmo", first.getJsonObject("offering").getString("id"));
    assertEquals(1, first.getInteger("rank"));
    double previous = 101;
    for (Object item : ranking) {
      double total = ((JsonObject) item).getDouble("total");
      assertTrue(total <= previous, "ranked from high to low");
      previous = total;
    }
  }

  @Test
  @DisplayName(
      "each criterion gives its weight, score and points, which add up to the total, with sourced rationale")
  void explainsEachCriterion() {
    JsonObject first = ok(post(SHORTLIST)).getJsonArray("ranking").getJsonObject(0);
    JsonObject criterion = first.getJsonArray("criteria").getJsonObject(0);
    assertEquals("openness", criterion.getString("criterion"));
    assertEquals(15, criterion.getInteger("weight"));
    // The Amsterdam weights add up to 110: 100 for independence, 10 for fit for purpose.
    assertEquals(
        criterion.getDouble("score") * 15 / 110,
        criterion.getDouble("points"),
        0.0051,
        "rounded to 2 decimals");
    JsonObject line = criterion.getJsonArray("rationale").getJsonObject(0);
    assertTrue(line.getString("en").contains("European Open Source AI Index"), line.encode());
    assertEquals("https://osai-index.eu/the-index", line.getString("source"));
    double points =
        first.getJsonArray("criteria").stream()
            .mapToDouble(c -> ((JsonObject) c).getDouble("points"))
            .sum();
    assertEquals(
        first.getDouble("total"), points, 0.05, "the points of the criteria add up to the total");
  }

  @Test
  @DisplayName(
      "a knocked-out option is listed apart, without a rank, with the rule and the facts that failed it")
  void listsKnockOutsApart() {
    JsonObject azure = ok(post(SHORTLIST)).getJsonArray("excluded").getJsonObject(0);
    assertEquals("azure-openai-global", azure.getJsonObject("offering").getString("id"));
    assertNull(azure.getValue("rank"));
    JsonObject knockOut = azure.getJsonArray("knockOuts").getJsonObject(0);
    assertEquals("personal-data-outside-eea", knockOut.getString("rule"));
    assertTrue(
        knockOut
            .getJsonArray("evidence")
            .encode()
            .contains("offerings/azure-openai-global#/processingLocations"));
  }

  @Test
  @DisplayName(
      "unknown facts become questions for the supplier, and the sensitivity section draws 10,000 samples")
  void asksAboutUnknownsAndSamplesWeights() {
    JsonObject body = ok(post(SHORTLIST));
    JsonObject question =
        body.getJsonArray("ranking").getJsonObject(2).getJsonArray("unknowns").getJsonObject(0);
    assertTrue(question.getJsonObject("question").getString("nl").endsWith("?"));
    assertEquals(
        10_000,
        body.getJsonObject("sensitivity").getJsonObject("perturbation").getInteger("samples"));
  }

  @Test
  @DisplayName(
      "the GET link in the answer reopens the same evaluation, equal apart from the timestamp")
  void shareableLink() {
    JsonObject posted = ok(post(SHORTLIST));
    String self = posted.getJsonObject("links").getString("self");
    assertEquals(
        "/api/v1/evaluations?usecase=residents-chatbot&offering=scaleway-generative-apis"
            + "&offering=self-hosted-vllm-olmo&offering=azure-openai-global&offering=self-hosted-vllm-granite",
        self);
    JsonObject reopened = ok(get(self));
    posted.remove("evaluatedAt");
    reopened.remove("evaluatedAt");
    assertEquals(canonical(posted), canonical(reopened));
  }

  private static String canonical(JsonObject json) {
    try {
      return new String(CanonicalJson.compact(CanonicalJson.read(json.encode().getBytes())));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  @DisplayName(
      "weights can be overridden for one evaluation, in the body or as w.<criterion>, and the totals follow")
  void weightOverrides() {
    JsonObject base = ok(post(SHORTLIST));
    JsonObject heavy =
        ok(
            post(
                "{\"usecase\": \"residents-chatbot\", \"weights\": {\"climate\": 60}, \"offerings\": "
                    + "[\"scaleway-generative-apis\", \"self-hosted-vllm-olmo\", \"azure-openai-global\", \"self-hosted-vllm-granite\"]}"));
    assertEquals(new JsonArray().add("climate"), heavy.getJsonArray("weightsOverridden"));
    assertEquals(60, heavy.getJsonObject("weights").getInteger("climate"));
    assertNotEquals(
        base.getJsonArray("ranking").getJsonObject(0).getDouble("total"),
        heavy.getJsonArray("ranking").getJsonObject(0).getDouble("total"));
    JsonObject viaQuery = ok(get(heavy.getJsonObject("links").getString("self")));
    assertTrue(heavy.getJsonObject("links").getString("self").endsWith("&w.climate=60"));
    assertEquals(
        heavy.getJsonArray("ranking").getJsonObject(0).getDouble("total"),
        viaQuery.getJsonArray("ranking").getJsonObject(0).getDouble("total"));
    JsonObject same =
        ok(
            get(
                "/api/v1/evaluations?usecase=residents-chatbot&offering=self-hosted-vllm-olmo&w.openness=15"));
    assertEquals(
        0,
        same.getJsonArray("weightsOverridden").size(),
        "the profile's own weight is no override");
  }

  @Test
  @DisplayName("an unknown offering is a 400 whose error points at that array element")
  void unknownOffering() {
    JsonArray errors =
        errors(
            post(
                "{\"usecase\": \"residents-chatbot\", \"offerings\": [\"self-hosted-vllm-olmo\", "
                    + "\"no-such-offering\", \"self-hosted-vllm-olmo\"]}"));
    assertEquals(List.of("/offerings/1", "/offerings/2"), pointers(errors));
    assertEquals(
        "There is no offering \"no-such-offering\".", errors.getJsonObject(0).getString("detail"));
    JsonArray query =
        errors(
            get(
                "/api/v1/evaluations?usecase=residents-chatbot&offering=self-hosted-vllm-olmo"
                    + "&offering=nope"));
    assertEquals(List.of("/offerings/1"), pointers(query));
    assertEquals("offering", query.getJsonObject(0).getString("parameter"));
  }

  @Test
  @DisplayName("every bad part of a body is reported at once, each with its JSON pointer")
  void badBody() {
    JsonArray errors =
        errors(
            post(
                "{\"usecase\": \"nope\", \"profile\": \"none\", \"weights\": {\"speed\": 1, "
                    + "\"openness\": 200}, \"offerings\": [3], \"colour\": \"red\"}"));
    assertEquals(
        List.of("/colour", "/weights/speed", "/weights/openness", "/offerings/0"),
        pointers(errors));
    assertEquals(
        List.of("/usecase", "/profile"),
        pointers(
            errors(
                post(
                    "{\"usecase\": \"nope\", \"profile\": \"none\", "
                        + "\"offerings\": [\"self-hosted-vllm-olmo\"]}"))));
    assertEquals(List.of(""), pointers(errors(post("not json"))));
    assertEquals(List.of("/usecase", "/offerings"), pointers(errors(post("{}"))));
    assertEquals(
        List.of("/weights/openness"),
        pointers(
            errors(
                get(
                    "/api/v1/evaluations?usecase=residents-chatbot"
                        + "&offering=self-hosted-vllm-olmo&w.openness=lots"))));
    assertEquals(
        List.of("/weights"),
        pointers(
            errors(
                post(
                    "{\"usecase\": \"residents-chatbot\", \"offerings\": "
                        + "[\"self-hosted-vllm-olmo\"], \"profile\": \"amsterdam-ai-vision-2024\", \"weights\": {\"openness\": 0, "
                        + "\"dataLocality\": 0, \"jurisdiction\": 0, \"portability\": 0, \"contractFlexibility\": 0, \"resilience\": 0, "
                        + "\"concentration\": 0, \"transparency\": 0, \"climate\": 0, \"fitness\": 0}}"))));
  }

  @Test
  @DisplayName(
      "an inline use case is checked against the use-case schema; a valid one is scored like a catalogue one")
  void inlineUseCase() {
    String useCase =
        "{\"id\": \"archive-search\", \"name\": {\"nl\": \"Archief doorzoeken\", \"en\": \"Archive search\"},"
            + " \"description\": {\"nl\": \"Zoeken in oude archieven\", \"en\": \"Searching old archives\"},"
            + " \"riskClass\": {\"value\": \"minimal\", \"rationale\": {\"nl\": \"Geen personen\", \"en\": \"No persons\"}},"
            + " \"decisionsAboutPersons\": false, \"personalData\": %s, \"specialCategoryData\": false,"
            + " \"publicFacing\": false, \"businessCritical\": false, \"generative\": true, \"fineTuning\": false}";
    JsonArray errors =
        errors(
            post(
                "{\"usecase\": "
                    + String.format(useCase, "\"maybe\"")
                    + ", \"offerings\": [\"self-hosted-vllm-olmo\"]}"));
    assertTrue(pointers(errors).contains("/usecase/personalData"), errors.encode());
    JsonObject body =
        ok(
            post(
                "{\"usecase\": "
                    + String.format(useCase, "false")
                    + ", \"offerings\": [\"self-hosted-vllm-olmo\", \"azure-openai-global\"]}"));
    assertNull(body.getJsonObject("usecase").getValue("id"));
    assertEquals(
        2, body.getJsonArray("ranking").size(), "without personal data, Azure is not knocked out");
    assertTrue(body.getJsonObject("links").isEmpty(), "a link cannot carry an inline use case");
  }

  @Test
  @DisplayName(
      "an inline use case with an unknown task, a language that is not ISO 639-1 or a negative"
          + " volume is refused, naming each field")
  void badNeeds() {
    String useCase =
        "{\"id\": \"odd\", \"name\": {\"nl\": \"Vreemd\", \"en\": \"Odd\"},"
            + " \"description\": {\"nl\": \"Vreemd\", \"en\": \"Odd\"},"
            + " \"riskClass\": {\"value\": \"minimal\", \"rationale\": {\"nl\": \"-\", \"en\": \"-\"}},"
            + " \"decisionsAboutPersons\": false, \"personalData\": false, \"specialCategoryData\": false,"
            + " \"publicFacing\": false, \"businessCritical\": false, \"generative\": false, \"fineTuning\": false,"
            + " \"task\": \"flying\", \"languages\": [\"nl\", \"xx\"],"
            + " \"volume\": {\"unit\": \"images\", \"low\": -5, \"high\": 10}}";
    JsonArray errors =
        errors(post("{\"usecase\": " + useCase + ", \"offerings\": [\"self-hosted-rt-detr\"]}"));
    List<String> pointers = pointers(errors);
    assertTrue(pointers.contains("/usecase/task"), errors.encode());
    assertTrue(pointers.contains("/usecase/languages/1"), errors.encode());
    assertTrue(pointers.contains("/usecase/volume/low"), errors.encode());
    assertTrue(errors.encode().contains("ISO 639-1"), errors.encode());
  }

  @Test
  @DisplayName(
      "the workbook download is an xlsx attachment with a meaningful name, in the language asked for")
  void workbookDownload() throws IOException {
    HttpResponse<Buffer> response =
        get(
            "/api/v1/evaluations.xlsx?usecase=residents-chatbot"
                + "&offering=self-hosted-vllm-olmo&offering=scaleway-generative-apis&lang=en");
    assertEquals(200, response.statusCode(), response.bodyAsString());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        response.getHeader("Content-Type"));
    assertTrue(
        response
            .getHeader("Content-Disposition")
            .matches(
                "attachment; filename=\"keuzevrij-comparison-"
                    + "residents-chatbot-amsterdam-ai-vision-2024-\\d{4}-\\d{2}-\\d{2}\\.xlsx\""),
        response.getHeader("Content-Disposition"));
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(response.body().getBytes()))) {
      assertEquals("Ranking", workbook.getSheetName(0));
      assertEquals("Costs", workbook.getSheetName(1));
      assertEquals("Fit and knock-outs", workbook.getSheetName(2));
      assertEquals("Questions for suppliers", workbook.getSheetName(4));
    }
    assertEquals(
        List.of("/lang"),
        pointers(
            errors(
                get(
                    "/api/v1/evaluations.xlsx?usecase=residents-chatbot"
                        + "&offering=self-hosted-vllm-olmo&lang=de"))));
  }

  @Test
  @DisplayName("the OpenAPI document describes the evaluation routes")
  void openApi() {
    JsonObject paths = ok(get("/api/v1/openapi.json")).getJsonObject("paths");
    assertTrue(paths.getJsonObject("/evaluations").containsKey("post"));
    assertTrue(paths.getJsonObject("/evaluations").containsKey("get"));
    assertTrue(paths.containsKey("/evaluations.xlsx"));
  }

  @Test
  @DisplayName(
      "every ranked option has a cost over the term with its lines, or unknown parts as"
          + " questions; self-hosted options carry hardware, energy and staff lines and an energy"
          + " estimate")
  void costs() {
    JsonObject body =
        ok(
            get(
                "/api/v1/evaluations?usecase=residents-chatbot&offering=self-hosted-vllm-olmo"
                    + "&offering=scaleway-generative-apis&offering=azure-openai-global"));
    for (Object item : body.getJsonArray("ranking")) {
      JsonObject option = (JsonObject) item;
      JsonObject cost = option.getJsonObject("cost");
      String id = option.getJsonObject("offering").getString("id");
      assertEquals("EUR", cost.getString("currency"), id);
      assertEquals(48, cost.getInteger("termMonths"), id);
      if (cost.getBoolean("known")) {
        assertTrue(cost.getDouble("low") > 0 && cost.getDouble("high") >= cost.getDouble("low"));
        assertTrue(cost.getJsonArray("questions").isEmpty(), id);
      } else {
        assertEquals("unknown", cost.getString("low"), id + " must not look free");
        assertFalse(cost.getJsonArray("questions").isEmpty(), id);
      }
      if (id.startsWith("self-hosted")) {
        List<String> parts =
            cost.getJsonArray("lines").stream()
                .map(l -> ((JsonObject) l).getString("part"))
                .toList();
        assertEquals(List.of("hardware", "energy", "staff"), parts, id);
        assertEquals(2, cost.getJsonObject("footprint").getJsonArray("lines").size(), id);
      }
    }
    JsonObject olmo = body.getJsonArray("ranking").getJsonObject(0).getJsonObject("cost");
    assertTrue(olmo.getBoolean("known"), olmo.encode());
    JsonObject costs = body.getJsonObject("costs");
    assertEquals("side-by-side", costs.getJsonObject("priceQuality").getString("method"));
    assertEquals("unknown", costs.getJsonObject("priceQuality").getString("euroPerPoint"));
    assertFalse(costs.getJsonObject("priceQuality").getJsonArray("winners").isEmpty());

    JsonObject longer =
        ok(
            get(
                "/api/v1/evaluations?usecase=residents-chatbot&offering=self-hosted-vllm-olmo"
                    + "&c.termMonths=24&c.euroPerPoint=500&c.method=fictitious-discount"));
    JsonObject half = longer.getJsonArray("ranking").getJsonObject(0).getJsonObject("cost");
    assertEquals(olmo.getDouble("low") / 2, half.getDouble("low"), 0.01);
    JsonArray ranking =
        longer.getJsonObject("costs").getJsonObject("priceQuality").getJsonArray("ranking");
    assertEquals(
        half.getDouble("low")
            - longer.getJsonArray("ranking").getJsonObject(0).getDouble("total") * 500,
        ranking.getJsonObject(0).getDouble("comparisonPrice"),
        0.01);
    assertTrue(
        longer.getJsonObject("links").getString("self").contains("c.termMonths=24"),
        longer.getJsonObject("links").encode());
  }

  @Test
  @DisplayName(
      "a negative, non-numeric or unknown cost parameter, a currency that is not ISO 4217, a high"
          + " volume below the low one, or a bad choice is a 400 naming the field")
  void badCosts() {
    String base = "/api/v1/evaluations?usecase=residents-chatbot&offering=self-hosted-vllm-olmo";
    assertEquals(
        List.of("/costs/energyPricePerKwh"),
        pointers(errors(get(base + "&c.energyPricePerKwh=-1"))));
    assertEquals(List.of("/costs/pue"), pointers(errors(get(base + "&c.pue=high"))));
    assertEquals(List.of("/costs/nonsense"), pointers(errors(get(base + "&c.nonsense=1"))));
    assertEquals(List.of("/costs/rate.XYZ"), pointers(errors(get(base + "&c.rate.XYZ=1"))));
    assertEquals(List.of("/costs/hosting"), pointers(errors(get(base + "&c.hosting=lease"))));
    assertEquals(
        List.of("/costs/volumeHigh"),
        pointers(errors(get(base + "&c.volumeLow=500&c.volumeHigh=100"))));
    JsonArray body =
        errors(
            post(
                "{\"usecase\": \"residents-chatbot\", \"offerings\": [\"self-hosted-vllm-olmo\"],"
                    + " \"costs\": {\"hourlyRate\": \"a lot\", \"method\": 3}}"));
    assertEquals(List.of("/costs/hourlyRate", "/costs/method"), pointers(body));
    assertTrue(body.encode().contains("Must be a number from 0"), body.encode());
  }
}
