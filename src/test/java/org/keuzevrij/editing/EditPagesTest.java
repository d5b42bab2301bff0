package org.keuzevrij.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keuzevrij.web.PageAssertions.assertContains;
import static org.keuzevrij.web.PageAssertions.assertNotContains;
import static org.keuzevrij.web.PageAssertions.between;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.editing.audit.AuditEntry;
import org.keuzevrij.web.EditableApp;
import org.keuzevrij.web.EditableAppTest;
import org.keuzevrij.web.PageAssertions;
import org.keuzevrij.web.PageSession;

@DisplayName("Edit pages: form, inline validation, preview, save, conflicts, new entities")
class EditPagesTest extends EditableAppTest {

  private static final Pattern HIDDEN =
      Pattern.compile("name=\"(etag|previewed)\" value=\"([^\"]*)\"");
  private static final FormSchema FORMS = new FormSchema();
  private PageSession editor;

  @BeforeEach
  void signIn() {
    editor = new PageSession(app);
    editor.logIn("editor");
  }

  /** The form as the browser would send it: every input of the page filled from {@code entity}. */
  private static MultiMap form(Kind kind, JsonNode entity, String page, String action) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    FormValues values = FormCodec.fill(FORMS.fields(kind), entity);
    values.all().forEach((name, list) -> list.forEach(value -> form.add(name, value)));
    form.add("csrf", PageSession.csrf(page)).add("action", action);
    Matcher hidden = HIDDEN.matcher(page);
    while (hidden.find()) {
      form.set(hidden.group(1), unescape(hidden.group(2)));
    }
    return form;
  }

  /** What a browser sends for an attribute value the templates escaped. */
  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#x3D;", "=")
        .replace("&#x27;", "'")
        .replace("&#x60;", "`")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private JsonNode onDisk(String file) throws IOException {
    return CanonicalJson.read(Files.readAllBytes(app.catalogue().resolve(file)));
  }

  private JsonNode withLocations(JsonNode offering, String... codes) {
    JsonNode changed = offering.deepCopy();
    var list =
        ((com.fasterxml.jackson.databind.node.ObjectNode) changed.get("processingLocations"))
            .putArray("value");
    for (String code : codes) {
      list.add(code);
    }
    return changed;
  }

  @Test
  @DisplayName(
      "visitors are sent to the login form, viewers get 403, and neither sees an edit link")
  void onlyEditorsEdit() {
    PageSession visitor = new PageSession(app);
    HttpResponse<Buffer> redirected = visitor.get("/edit/offerings/eu-api");
    assertEquals(303, redirected.statusCode());
    assertEquals("/login?return=%2Fedit%2Fofferings%2Feu-api", redirected.getHeader("Location"));
    assertNotContains(visitor.get("/offerings/eu-api").bodyAsString(), "/edit/");
    PageSession viewer = new PageSession(app);
    viewer.logIn("viewer");
    assertEquals(403, viewer.get("/edit/offerings/eu-api").statusCode());
    assertContains(viewer.get("/edit/offerings/eu-api").bodyAsString(), "Geen toegang");
    assertNotContains(viewer.get("/offerings/eu-api").bodyAsString(), "/edit/");
    assertNotContains(viewer.get("/?kind=offerings").bodyAsString(), "/edit/");
    assertContains(
        editor.get("/offerings/eu-api").bodyAsString(), "href=\"/edit/offerings/eu-api\"");
    assertContains(editor.get("/?kind=offerings").bodyAsString(), "href=\"/edit/offerings\"");
    assertEquals(404, editor.get("/edit/offerings/nothing-here").statusCode());
    assertEquals(
        404,
        editor.get("/edit/profiles/amsterdam-ai-vision-2024").statusCode(),
        "profiles have no edit page");
  }

  @Test
  @DisplayName(
      "preview shows the change and the derived facts after it, writes nothing; save writes and audits")
  void previewThenSave() throws IOException {
    String page = editor.get("/edit/offerings/eu-api").bodyAsString();
    assertContains(page, "name=\"/processingLocations/value\" value=\"FR\"");
    String etag = app.send(HttpMethod.GET, "/api/v1/offerings/eu-api", null).getHeader("ETag");
    assertContains(page, "name=\"etag\" value=\"" + PageAssertions.html(etag) + "\"");
    JsonNode before = onDisk("offerings/eu-api.json");

    HttpResponse<Buffer> preview =
        editor.post(
            "/edit/offerings/eu-api",
            form(Kind.OFFERING, withLocations(before, "FR", "US"), page, "preview"));
    assertEquals(200, preview.statusCode());
    String previewed = preview.bodyAsString();
    String changes = between(previewed, "<section class=\"preview\"", "</section>");
    assertContains(changes, "Locaties van verwerking");
    assertContains(changes, "Frankrijk, Verenigde Staten");
    assertContains(changes, "(was <span class=\"badge badge--yes\">ja</span>)");
    assertEquals(before, onDisk("offerings/eu-api.json"), "a preview writes nothing");

    HttpResponse<Buffer> saved =
        editor.post(
            "/edit/offerings/eu-api",
            form(Kind.OFFERING, withLocations(before, "FR", "US"), previewed, "save"));
    assertEquals(303, saved.statusCode(), saved.bodyAsString());
    assertEquals("/offerings/eu-api", saved.getHeader("Location"));
    assertEquals(withLocations(before, "FR", "US"), onDisk("offerings/eu-api.json"));
    List<AuditEntry> history = app.editing().editor().audit().history(Kind.OFFERING, "eu-api");
    assertEquals(1, history.size());
    assertEquals("editor", history.get(0).user());
    assertEquals("page", history.get(0).via());

    String after = editor.get("/offerings/eu-api").bodyAsString();
    assertContains(after, "De wijziging is opgeslagen.");
    String log = between(after, "<section class=\"history\"", "</section>");
    assertContains(log, "editor");
    assertContains(log, "gewijzigd");
    assertContains(log, "Verenigde Staten");
    assertNotContains(
        editor.get("/offerings/eu-api").bodyAsString(), "De wijziging is opgeslagen.");
  }

  @Test
  @DisplayName("a save of content other than what was previewed only previews again")
  void saveNeedsTheSamePreview() throws IOException {
    String page = editor.get("/edit/offerings/eu-api").bodyAsString();
    JsonNode before = onDisk("offerings/eu-api.json");
    String previewed =
        editor
            .post(
                "/edit/offerings/eu-api",
                form(Kind.OFFERING, withLocations(before, "DE"), page, "preview"))
            .bodyAsString();
    HttpResponse<Buffer> response =
        editor.post(
            "/edit/offerings/eu-api",
            form(Kind.OFFERING, withLocations(before, "BE"), previewed, "save"));
    assertEquals(200, response.statusCode());
    assertContains(response.bodyAsString(), "U hebt het formulier gewijzigd na het voorbeeld.");
    assertEquals(before, onDisk("offerings/eu-api.json"));
  }

  @Test
  @DisplayName(
      "validation messages sit next to their fields, in Dutch and in English, and nothing is written")
  void inlineValidation() throws IOException {
    String page = editor.get("/edit/offerings/eu-api").bodyAsString();
    JsonNode before = onDisk("offerings/eu-api.json");
    MultiMap broken = form(Kind.OFFERING, before, page, "preview");
    broken.set("/processingLocations/value", "Atlantis");
    broken.set("/processingLocations/source", "ftp://files.example");
    broken.set("/storageLocations/checked", "");
    broken.set("/pue/value", "one point two");
    broken.set("/pue/checked", "2026-11-01");
    HttpResponse<Buffer> response = editor.post("/edit/offerings/eu-api", broken);
    assertEquals(400, response.statusCode());
    String html = response.bodyAsString();
    assertContains(html, "<div class=\"error-summary\"");
    assertContains(html, "href=\"#f-processingLocations-value\"");
    assertContains(
        between(html, "id=\"f-processingLocations-value-error\"", "</p>"),
        "Gebruik landcodes van twee letters of EU, EEA, EFTA, GLOBAL, elk één keer.");
    assertContains(
        html,
        "id=\"f-processingLocations-value\" name=\"/processingLocations/value\" value=\"Atlantis\" "
            + "aria-describedby=\"f-processingLocations-value-hint f-processingLocations-value-error\" aria-invalid=\"true\"");
    assertContains(
        between(html, "id=\"f-processingLocations-source-error\"", "</p>"), "http:// of https://");
    assertContains(
        between(html, "id=\"f-storageLocations-checked-error\"", "</p>"), "Vul de datum in");
    assertContains(between(html, "id=\"f-pue-value-error\"", "</p>"), "Vul een getal in");
    assertEquals(before, onDisk("offerings/eu-api.json"));

    HttpResponse<Buffer> english = editor.post("/edit/offerings/eu-api?lang=en", broken);
    assertContains(
        between(english.bodyAsString(), "id=\"f-processingLocations-value-error\"", "</p>"),
        "Use two-letter country codes or EU, EEA, EFTA, GLOBAL, each once.");
    assertContains(english.bodyAsString(), "<html lang=\"en\">");
  }

  @Test
  @DisplayName(
      "someone saved in between: 409, the form keeps the typing and previews against their version")
  void conflict() throws IOException {
    String page = editor.get("/edit/offerings/eu-api").bodyAsString();
    JsonNode before = onDisk("offerings/eu-api.json");
    String previewed =
        editor
            .post(
                "/edit/offerings/eu-api",
                form(Kind.OFFERING, withLocations(before, "DE"), page, "preview"))
            .bodyAsString();
    HttpResponse<Buffer> api =
        app.send(
            HttpMethod.PUT,
            "/api/v1/offerings/eu-api",
            withLocations(before, "IT").toString(),
            "Authorization",
            EditableApp.bearer(users.adminToken()),
            "Content-Type",
            "application/json",
            "If-Match",
            "*");
    assertEquals(200, api.statusCode());
    HttpResponse<Buffer> response =
        editor.post(
            "/edit/offerings/eu-api",
            form(Kind.OFFERING, withLocations(before, "DE"), previewed, "save"));
    assertEquals(409, response.statusCode());
    assertContains(response.bodyAsString(), "Iemand anders heeft dit intussen gewijzigd.");
    assertContains(response.bodyAsString(), "name=\"/processingLocations/value\" value=\"DE\"");
    assertContains(
        between(response.bodyAsString(), "<section class=\"preview\"", "</section>"), "Italië");
    assertContains(response.bodyAsString(), PageAssertions.html(api.getHeader("ETag")));
    assertEquals(
        withLocations(before, "IT"), onDisk("offerings/eu-api.json"), "the other save stands");
  }

  @Test
  @DisplayName(
      "a new offering: id checked, previewed, created; a taken id is refused at the id field")
  void createsNew() throws IOException {
    String page = editor.get("/edit/offerings").bodyAsString();
    assertContains(page, "name=\"/id\"");
    JsonNode fresh =
        CanonicalJson.read(
            CanonicalJson.pretty(
                Fixtures.offering("nl-api", "eu-host", List.of("closed-model"), List.of("NL"))));
    MultiMap bad = form(Kind.OFFERING, fresh, page, "preview");
    bad.set("/id", "NL API");
    HttpResponse<Buffer> badId = editor.post("/edit/offerings", bad);
    assertEquals(400, badId.statusCode());
    assertContains(badId.bodyAsString(), "id=\"f-id-error\"");
    String previewed =
        editor.post("/edit/offerings", form(Kind.OFFERING, fresh, page, "preview")).bodyAsString();
    assertContains(previewed, "<section class=\"preview\"");
    HttpResponse<Buffer> created =
        editor.post("/edit/offerings", form(Kind.OFFERING, fresh, previewed, "save"));
    assertEquals(303, created.statusCode(), created.bodyAsString());
    assertEquals("/offerings/nl-api", created.getHeader("Location"));
    assertEquals(fresh, onDisk("offerings/nl-api.json"));
    assertContains(
        editor.get("/offerings/nl-api").bodyAsString(), "Het is toegevoegd aan de catalogus.");

    JsonNode taken =
        CanonicalJson.read(
            CanonicalJson.pretty(
                Fixtures.offering("eu-api", "eu-host", List.of("closed-model"), List.of("NL"))));
    String again =
        editor.post("/edit/offerings", form(Kind.OFFERING, taken, page, "preview")).bodyAsString();
    HttpResponse<Buffer> refused =
        editor.post("/edit/offerings", form(Kind.OFFERING, taken, again, "save"));
    assertEquals(409, refused.statusCode());
    assertContains(
        between(refused.bodyAsString(), "id=\"f-id-error\"", "</p>"), "Deze id is al in gebruik.");
  }

  @Test
  @DisplayName("an edit form posted without the CSRF token is refused with 403 and changes nothing")
  void csrf() throws IOException {
    String page = editor.get("/edit/offerings/eu-api").bodyAsString();
    JsonNode before = onDisk("offerings/eu-api.json");
    MultiMap form = form(Kind.OFFERING, withLocations(before, "US"), page, "save");
    form.remove("csrf");
    HttpResponse<Buffer> response = editor.post("/edit/offerings/eu-api", form);
    assertEquals(403, response.statusCode());
    assertContains(response.bodyAsString(), "Dit formulier is verlopen of kwam niet van deze site");
    assertEquals(before, onDisk("offerings/eu-api.json"));
  }

  @Test
  @DisplayName("every field of supplier and model forms is drawn, nested groups included")
  void supplierAndModelForms() {
    String supplier = editor.get("/edit/suppliers/eu-host").bodyAsString();
    for (String input :
        List.of(
            "/legalEntity/value",
            "/parent/value",
            "/sealClaims/SOV-3/value",
            "/website",
            "/description/en",
            "/extraterritorialLaws/unknown")) {
      assertContains(supplier, "name=\"" + input + "\"");
    }
    String model = editor.get("/edit/models/open-model").bodyAsString();
    for (String input :
        List.of(
            "/licence/osiApproved/value",
            "/openness/trainingCode/value",
            "/openness/technicalReport/checked",
            "/modalities/value",
            "/developerSupplier",
            "/released/value")) {
      assertContains(model, "name=\"" + input + "\"");
    }
    assertTrue(
        model.contains("name=\"/modalities/value\" value=\"text\" checked"),
        "chosen modalities are ticked");
  }

  /** Three price lines for the fixture offering: per token, per page, and an unknown fee. */
  private static final String PRICES =
      """
      [{"models": ["open-model"], "unit": "million-input-tokens", "amount": 0.1,
        "currency": "EUR", "vatIncluded": false, "source": "https://example.org/pricing",
        "checked": "2026-12-01", "note": "Input tokens."},
       {"unit": "page", "amount": 0.002, "currency": "EUR", "vatIncluded": "unknown",
        "source": "https://example.org/pricing", "checked": "2026-12-01"},
       {"unit": "month", "amount": "unknown", "unknownReason": "not-disclosed",
        "checked": "2026-12-01", "note": "No monthly fee is named."}]
      """;

  private static JsonNode withPrices(JsonNode offering, int... lines) throws IOException {
    ObjectNode changed = offering.deepCopy();
    JsonNode all = CanonicalJson.read(PRICES.getBytes(StandardCharsets.UTF_8));
    var prices = changed.putArray("prices");
    for (int line : lines) {
      prices.add(all.get(line));
    }
    return changed;
  }

  /** Puts the offering through the write API, as another editor or a script would. */
  private void putOffering(JsonNode offering) {
    HttpResponse<Buffer> api =
        app.send(
            HttpMethod.PUT,
            "/api/v1/offerings/eu-api",
            offering.toString(),
            "Authorization",
            EditableApp.bearer(users.adminToken()),
            "Content-Type",
            "application/json",
            "If-Match",
            "*");
    assertEquals(200, api.statusCode(), api.bodyAsString());
  }

  @Test
  @DisplayName(
      "prices are a table: a line per price with an input per part, two empty lines to add, the"
          + " offering's models to tick, and the page says none were researched")
  void priceTable() throws IOException {
    String page = editor.get("/edit/offerings/eu-api").bodyAsString();
    String table = between(page, "<table class=\"edit-table\">", "</table>");
    for (String input :
        List.of(
            "/prices/0/unit",
            "/prices/0/amount",
            "/prices/0/amount/unknown",
            "/prices/0/unknownReason",
            "/prices/0/currency",
            "/prices/0/vatIncluded",
            "/prices/0/gpuMemoryGb",
            "/prices/0/source",
            "/prices/0/checked",
            "/prices/0/reviewBy",
            "/prices/0/note",
            "/prices/0/models/typed",
            "/prices/1/unit")) {
      assertContains(table, "name=\"" + input + "\"");
    }
    assertNotContains(table, "name=\"/prices/2/unit\"");
    assertNotContains(table, "name=\"/prices/0/remove\"");
    assertContains(table, "name=\"/prices/0/models\" value=\"open-model\"");
    assertContains(table, "<option value=\"EUR\">EUR – ");
    assertContains(
        table, "<option value=\"million-input-tokens\">per miljoen invoertokens</option>");
    assertContains(table, "<label for=\"f-prices-0-unit\">Eenheid, Nieuwe regel 1</label>");
    assertContains(page, "name=\"/prices/none\"");
    assertContains(
        editor.get("/offerings/eu-api").bodyAsString(),
        "De prijzen van deze dienst zijn nog niet onderzocht.");
    putOffering(withPrices(onDisk("offerings/eu-api.json")));
    assertContains(
        editor.get("/offerings/eu-api").bodyAsString(),
        "Deze dienst heeft geen prijs van een leverancier");
    assertContains(
        editor.get("/edit/offerings/eu-api").bodyAsString(),
        "name=\"/prices/none\" value=\"true\" checked");
  }

  @Test
  @DisplayName(
      "a price line filled into an empty line is previewed, saved and shown on the page; the other"
          + " empty line is ignored")
  void addsAPriceLine() throws IOException {
    String page = editor.get("/edit/offerings/eu-api").bodyAsString();
    JsonNode before = onDisk("offerings/eu-api.json");
    JsonNode priced = withPrices(before, 0);
    MultiMap form = form(Kind.OFFERING, priced, page, "preview");
    form.add("/prices/1/unit", "").add("/prices/1/amount", "").add("/prices/1/currency", "");
    HttpResponse<Buffer> preview = editor.post("/edit/offerings/eu-api", form);
    assertEquals(200, preview.statusCode(), preview.bodyAsString());
    String previewed = preview.bodyAsString();
    String changes = between(previewed, "<section class=\"preview\"", "</section>");
    assertContains(changes, "Prijzen – regel toegevoegd");
    assertContains(changes, "per miljoen invoertokens");
    assertEquals(before, onDisk("offerings/eu-api.json"), "a preview writes nothing");
    assertContains(previewed, "name=\"/prices/0/amount\" value=\"0.1\"");
    assertContains(previewed, "name=\"/prices/2/unit\"");
    assertNotContains(previewed, "name=\"/prices/3/unit\"");

    MultiMap save = form(Kind.OFFERING, priced, previewed, "save");
    save.add("/prices/1/unit", "").add("/prices/1/amount", "");
    HttpResponse<Buffer> saved = editor.post("/edit/offerings/eu-api", save);
    assertEquals(303, saved.statusCode(), saved.bodyAsString());
    assertEquals(priced, onDisk("offerings/eu-api.json"));

    String shown = editor.get("/offerings/eu-api").bodyAsString();
    String prices = between(shown, "<table class=\"facts prices\">", "</table>");
    assertContains(prices, "per miljoen invoertokens");
    assertContains(prices, "0,10");
    assertContains(prices, "href=\"/models/open-model\"");
    assertContains(prices, "example.org");
    String english = editor.get("/offerings/eu-api?lang=en").bodyAsString();
    assertContains(english, "per million input tokens");
    assertContains(english, "0.10");
  }

  @Test
  @DisplayName("a price line with its remove box ticked is taken out of the list on save")
  void removesAPriceLine() throws IOException {
    JsonNode before = withPrices(onDisk("offerings/eu-api.json"), 0, 1, 2);
    putOffering(before);
    String page = editor.get("/edit/offerings/eu-api").bodyAsString();
    assertContains(page, "name=\"/prices/2/unit\"");
    assertContains(page, "name=\"/prices/4/unit\"");
    assertNotContains(page, "name=\"/prices/5/unit\"");
    assertContains(page, "name=\"/prices/2/amount/unknown\" value=\"true\" checked");
    MultiMap form = form(Kind.OFFERING, before, page, "preview");
    form.set("/prices/1/remove", "true");
    String previewed = editor.post("/edit/offerings/eu-api", form).bodyAsString();
    assertContains(
        between(previewed, "<section class=\"preview\"", "</section>"),
        "Prijzen – regel verwijderd");
    assertContains(previewed, "name=\"/prices/1/remove\" value=\"true\" checked");
    MultiMap save = form(Kind.OFFERING, before, previewed, "save");
    save.set("/prices/1/remove", "true");
    HttpResponse<Buffer> saved = editor.post("/edit/offerings/eu-api", save);
    assertEquals(303, saved.statusCode(), saved.bodyAsString());
    assertEquals(withPrices(before, 0, 2), onDisk("offerings/eu-api.json"));
  }

  @Test
  @DisplayName(
      "a problem in a price line is shown at its cell, counted past removed lines; the form keeps"
          + " the typing and nothing is written")
  void priceLineErrors() throws IOException {
    String page = editor.get("/edit/offerings/eu-api").bodyAsString();
    JsonNode before = onDisk("offerings/eu-api.json");
    MultiMap form = form(Kind.OFFERING, withPrices(before, 0, 1, 2), page, "preview");
    form.set("/prices/0/remove", "true");
    form.set("/prices/1/currency", "XYZ");
    form.remove("/prices/1/source");
    form.set("/prices/2/checked", "soon");
    form.set("/prices/2/models/typed", "closed-model");
    HttpResponse<Buffer> response = editor.post("/edit/offerings/eu-api", form);
    assertEquals(400, response.statusCode());
    String html = response.bodyAsString();
    assertContains(between(html, "id=\"f-prices-1-currency-error\"", "</p>"), "Kies uit de lijst.");
    assertContains(
        between(html, "id=\"f-prices-1-source-error\"", "</p>"),
        "Een bekende waarde heeft een bron nodig");
    assertContains(between(html, "id=\"f-prices-2-checked-error\"", "</p>"), "Vul een datum in");
    assertContains(
        between(html, "id=\"f-prices-2-models-error\"", "</p>"),
        "Kies alleen modellen die deze dienst levert");
    assertContains(html, "name=\"/prices/2/models/typed\" value=\"closed-model\"");
    assertContains(
        html, "href=\"#f-prices-1-currency\">Prijzen, Regel 2: Valuta: Kies uit de lijst.");
    assertContains(html, "name=\"/prices/0/remove\" value=\"true\" checked");
    assertContains(html, "name=\"/prices/2/checked\" value=\"soon\"");
    assertNotContains(html, "id=\"f-prices-0-currency-error\"");
    assertEquals(before, onDisk("offerings/eu-api.json"));
  }
}
