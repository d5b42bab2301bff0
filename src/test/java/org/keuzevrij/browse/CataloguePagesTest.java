package org.keuzevrij.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.keuzevrij.web.PageAssertions.assertContains;
import static org.keuzevrij.web.PageAssertions.assertHtml;
import static org.keuzevrij.web.PageAssertions.between;
import static org.keuzevrij.web.PageAssertions.html;
import static org.keuzevrij.web.PageAssertions.linkedIds;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.Reason;
import org.keuzevrij.catalogue.derived.DerivedFacts;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.web.RunningApp;

@DisplayName("HTML pages over the bundled catalogue")
class CataloguePagesTest {

  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start(RunningApp.BUNDLED);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<Buffer> get(String uri, String... headers) {
    return app.get(uri, headers);
  }

  private static Snapshot snapshot() {
    return app.snapshot();
  }

  private static Set<String> idsWhere(Kind kind, String derived, String value) {
    return snapshot().catalogue().all(kind).stream()
        .filter(e -> value.equals(snapshot().derived().value(kind, e.id(), derived)))
        .map(Entity::id)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  @DisplayName("the overview lists only open-weight models when that filter is on, with its counts")
  void overviewFiltersOpenWeightModels() {
    HttpResponse<Buffer> response = get("/?kind=models&openWeights=true");
    assertHtml(response, 200);
    String page = response.bodyAsString();
    assertContains(page, "<html lang=\"nl\">");
    Set<String> openWeight = idsWhere(Kind.MODEL, DerivedFacts.OPEN_WEIGHTS, Derivation.YES);
    Set<String> closed = idsWhere(Kind.MODEL, DerivedFacts.OPEN_WEIGHTS, Derivation.NO);
    assertFalse(closed.isEmpty(), "the bundled catalogue has API-only models");
    assertEquals(
        openWeight, linkedIds(between(page, "<table class=\"catalogue\">", "</table>"), "models"));
    assertContains(
        page, openWeight.size() + " van " + snapshot().catalogue().size(Kind.MODEL) + " modellen");
    assertContains(page, "id=\"filter-openWeights\" name=\"openWeights\" value=\"true\" checked");
  }

  @Test
  @DisplayName("offering filters agree with the API's query: EU/EEA only and self-hosted")
  void overviewFiltersOfferingsLikeTheApi() {
    HttpResponse<Buffer> response = get("/?kind=offerings&eea=true&delivery=self-hosted");
    assertHtml(response, 200);
    CatalogueQuery query =
        CatalogueQuery.from(
            name ->
                switch (name) {
                  case "eea" -> "true";
                  case "delivery" -> "self-hosted";
                  default -> null;
                });
    Set<String> expected =
        query.apply(Kind.OFFERING, snapshot()).stream()
            .map(Entity::id)
            .collect(Collectors.toCollection(TreeSet::new));
    assertFalse(expected.isEmpty());
    String table = between(response.bodyAsString(), "<table class=\"catalogue\">", "</table>");
    assertEquals(expected, linkedIds(table, "offerings"));
    assertContains(response.bodyAsString(), "<option value=\"self-hosted\" selected>");
  }

  @Test
  @DisplayName(
      "a model page shows each fact with its source link and checked date, and the derived facts with reasons")
  void modelPageShowsSourcesAndReasons() {
    Entity olmo = snapshot().catalogue().find(Kind.MODEL, "olmo").orElseThrow();
    HttpResponse<Buffer> response = get("/models/olmo");
    assertHtml(response, 200);
    String page = response.bodyAsString();
    assertContains(page, "<h1>" + html(olmo.name()) + "</h1>");
    JsonNode developer = olmo.json().path("developer");
    String row = between(page, "<th scope=\"row\">Ontwikkelaar</th>", "</tr>");
    assertContains(row, html(developer.path("value").asText()));
    assertContains(
        row,
        "<a class=\"source\" href=\""
            + html(developer.path("source").asText())
            + "\" rel=\"noopener\">");
    String checked = developer.path("checked").asText();
    assertContains(
        row,
        "<time datetime=\""
            + checked
            + "\">"
            + LocalDate.parse(checked)
                .format(
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(Locale.forLanguageTag("nl-NL")))
            + "</time>");

    String mof = between(page, "id=\"derived-mofClass\"", "</section>");
    assertEquals("Class I", snapshot().derived().value(Kind.MODEL, "olmo", DerivedFacts.MOF_CLASS));
    assertContains(mof, "Klasse I");
    for (Reason reason :
        snapshot().derived().get(Kind.MODEL, "olmo").get(DerivedFacts.MOF_CLASS).reasons()) {
      assertContains(mof, html(reason.nl()));
    }
    String hosts = between(page, "id=\"derived-independentHosts\"", "</section>");
    assertContains(
        hosts,
        html(
            snapshot()
                .catalogue()
                .find(Kind.OFFERING, "self-hosted-vllm-olmo")
                .orElseThrow()
                .name()));
    assertContains(
        between(page, "Aanbod met dit model", "</section>"),
        "href=\"/offerings/self-hosted-vllm-olmo\"");
  }

  @Test
  @DisplayName("unknown facts are marked with text and a marker, with their note")
  void unknownFactsAreMarked() {
    Entity model =
        snapshot().catalogue().all(Kind.MODEL).stream()
            .filter(m -> "unknown".equals(m.json().path("dutch").path("value").asText()))
            .findFirst()
            .orElseThrow();
    String page = get("/models/" + model.id()).bodyAsString();
    String row = between(page, "<th scope=\"row\">Ondersteunt Nederlands</th>", "</tr>");
    assertContains(
        row,
        "<span class=\"badge badge--unknown\"><span class=\"badge__icon\" aria-hidden=\"true\">?</span>onbekend</span>");
    String note = model.json().path("dutch").path("note").asText("");
    if (!note.isEmpty()) {
      assertContains(row, "<span lang=\"en\">" + html(note) + "</span>");
    }
  }

  @Test
  @DisplayName("an offering page links to its supplier and models and explains EU/EEA locality")
  void offeringPageCrossLinksAndExplains() {
    Entity offering =
        snapshot().catalogue().find(Kind.OFFERING, "self-hosted-vllm-olmo").orElseThrow();
    String page = get("/offerings/" + offering.id()).bodyAsString();
    String summary = between(page, "<dl class=\"summary\">", "</dl>");
    assertContains(
        summary, "href=\"/suppliers/" + offering.json().path("supplier").asText() + "\"");
    assertContains(summary, "href=\"/models/olmo\"");
    String eea = between(page, "id=\"derived-eeaOnly\"", "</section>");
    for (Reason reason :
        snapshot()
            .derived()
            .get(Kind.OFFERING, offering.id())
            .get(DerivedFacts.EEA_ONLY)
            .reasons()) {
      assertContains(eea, html(reason.nl()));
    }
  }

  @Test
  @DisplayName("a supplier page explains its exposure to foreign law and lists its offerings")
  void supplierPageShowsExposureAndOfferings() {
    String page = get("/suppliers/openai").bodyAsString();
    String exposure = between(page, "id=\"derived-extraterritorialExposure\"", "</section>");
    assertEquals(
        Derivation.YES, snapshot().derived().value(Kind.SUPPLIER, "openai", DerivedFacts.EXPOSURE));
    assertContains(exposure, "badge--yes");
    Set<String> offerings =
        snapshot().catalogue().all(Kind.OFFERING).stream()
            .filter(o -> "openai".equals(o.json().path("supplier").asText()))
            .map(Entity::id)
            .collect(Collectors.toCollection(TreeSet::new));
    assertFalse(offerings.isEmpty());
    assertEquals(
        offerings,
        linkedIds(between(page, "Aanbod van deze leverancier", "</section>"), "offerings"));
  }

  @Test
  @DisplayName(
      "a use case page shows the city's risk judgement with its rationale and marks unknown answers")
  void useCasePage() {
    Entity usecase =
        snapshot().catalogue().all(Kind.USECASE).stream()
            .filter(
                u ->
                    u.json().path("personalData").isTextual()
                        || u.json().path("specialCategoryData").isTextual())
            .findFirst()
            .orElseThrow();
    HttpResponse<Buffer> response = get("/usecases/" + usecase.id() + "?lang=en");
    assertHtml(response, 200);
    String page = response.bodyAsString();
    assertContains(page, "<h1>" + html(usecase.json().path("name").path("en").asText()) + "</h1>");
    assertContains(
        page, html(usecase.json().path("riskClass").path("rationale").path("en").asText()));
    assertContains(page, "badge--unknown");
    assertContains(page, "<h2 id=\"risk-heading\">Risk under the AI Act</h2>");
    assertContains(get("/").bodyAsString(), "href=\"/usecases/" + usecase.id() + "\"");
  }

  @Test
  @DisplayName("a profile page lists its weights with their total, its knock-outs and its source")
  void profilePage() {
    Entity profile =
        snapshot().catalogue().find(Kind.PROFILE, "amsterdam-ai-vision-2024").orElseThrow();
    HttpResponse<Buffer> response = get("/profiles/" + profile.id());
    assertHtml(response, 200);
    String page = response.bodyAsString();
    double total = 0;
    for (JsonNode weight : profile.json().path("weights")) {
      total += weight.asDouble();
    }
    assertContains(
        page, "<th scope=\"row\">Totaal</th><td class=\"number\">" + Math.round(total) + "</td>");
    assertEquals(
        profile.json().path("knockOuts").size(),
        between(page, "id=\"knockouts-heading\"", "</section>").split("<li>").length - 1);
    assertContains(
        page,
        "href=\""
            + html(profile.json().path("source").path("url").asText())
            + "\" rel=\"noopener\"");
    String overview = get("/").bodyAsString();
    assertContains(overview, "href=\"/profiles/" + profile.id() + "\"");
  }
}
