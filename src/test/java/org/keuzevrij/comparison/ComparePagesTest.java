package org.keuzevrij.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keuzevrij.web.PageAssertions.assertContains;
import static org.keuzevrij.web.PageAssertions.assertHtml;
import static org.keuzevrij.web.PageAssertions.assertNotContains;
import static org.keuzevrij.web.PageAssertions.between;
import static org.keuzevrij.web.PageAssertions.html;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.scoring.Criteria;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.web.Language;
import org.keuzevrij.web.Messages;
import org.keuzevrij.web.RunningApp;

@DisplayName("Compare page /compare over HTTP")
class ComparePagesTest {

  private static final String QUERY =
      "usecase=residents-chatbot&offering=self-hosted-vllm-olmo"
          + "&offering=azure-openai-global&offering=scaleway-generative-apis&offering=self-hosted-vllm-granite";

  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start(RunningApp.BUNDLED);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static String page(String query, int status) {
    var response = app.get("/compare" + (query.isEmpty() ? "" : "?" + query));
    assertHtml(response, status);
    return response.bodyAsString();
  }

  /** The offering ids in the order the ranking table lists them. */
  static List<String> rankingOrder(String page) {
    List<String> ids = new ArrayList<>();
    Matcher rows =
        Pattern.compile("<tr data-id=\"([a-z0-9-]+)\"")
            .matcher(between(page, "id=\"ranking\"", "</table>"));
    while (rows.find()) {
      ids.add(rows.group(1));
    }
    return ids;
  }

  @Test
  @DisplayName(
      "without a shortlist the page shows the form with every use case, profile and offering, and no result")
  void emptyForm() {
    String page = page("", 200);
    assertContains(page, "<h1>Opties vergelijken</h1>");
    assertContains(page, "<option value=\"residents-chatbot\">Chatbot voor Amsterdammers</option>");
    assertContains(page, "<option value=\"amsterdam-ai-vision-2024\" selected>");
    assertContains(page, "name=\"offering\" value=\"self-hosted-vllm-olmo\"");
    assertContains(page, "Kies een toepassing en ten minste één optie");
    assertNotContains(page, "id=\"ranking\"");
    assertContains(page, "<script src=\"/assets/compare.js\" defer></script>");
  }

  @Test
  @DisplayName(
      "a shortlist shows the same ranking as the API, knock-outs apart, breakdown, sensitivity and questions")
  void result() {
    String page = page(QUERY, 200);
    JsonObject api = app.get("/api/v1/evaluations?" + QUERY).bodyAsJsonObject();
    List<String> expected =
        api.getJsonArray("ranking").stream()
            .map(o -> ((JsonObject) o).getJsonObject("offering").getString("id"))
            .toList();
    assertEquals(expected, rankingOrder(page));
    String total =
        String.format(
            java.util.Locale.forLanguageTag("nl-NL"),
            "%.2f",
            api.getJsonArray("ranking").getJsonObject(0).getDouble("total"));
    assertContains(
        page, "<span class=\"ranking__value\">" + total.replaceAll("0$", "") + "</span>");
    assertContains(
        page,
        "<rect class=\"bar__fill\" width=\""
            + api.getJsonArray("ranking").getJsonObject(0).getDouble("total")
            + "\"");
    String excluded = between(page, "id=\"excluded-heading\"", "id=\"breakdown-heading\"");
    assertContains(excluded, "Azure OpenAI");
    assertContains(excluded, "Persoonsgegevens worden (ook) buiten de EU/EER verwerkt");
    assertContains(
        page, html("/checklists?usecase=residents-chatbot&offering=self-hosted-vllm-olmo"));
    assertContains(page, "Checklist voor OLMo self-hosted");
    assertHtml(
        app.get("/checklists?usecase=residents-chatbot&offering=self-hosted-vllm-olmo"), 200);
    assertContains(page, "<h3 id=\"sensitivity-heading\">Gevoeligheid</h3>");
    assertContains(page, "10.000 keer willekeurig verschoven");
    assertContains(page, "Vragen aan de leverancier (");
    assertContains(page, html("/api/v1/evaluations.xlsx?" + QUERY + "&lang=en"));
    assertContains(page, html("/compare?" + QUERY));
    assertContains(page, "https://osai-index.eu/the-index\" rel=\"noopener\">osai-index.eu</a>");
    assertContains(
        page,
        "Termijn voor prijswijzigingen vastgelegd: \u201c<span lang=\"en\">Not applicable: no licence fee");
    assertContains(
        page,
        "<span class=\"badge badge--unknown\">niet openbaar gemaakt door de leverancier (een"
            + " bevinding)</span>");
    assertContains(
        page,
        "(niet openbaar gemaakt door de leverancier: een bevinding; telt als slechtste waarde)");
  }

  @Test
  @DisplayName(
      "changed weights change the ranking and are named; the profile's own weights are not overrides")
  void weights() {
    String heavyClimate = page(QUERY + "&w.climate=100&weightsFor=amsterdam-ai-vision-2024", 200);
    String plain = page(QUERY + "&w.climate=7&weightsFor=amsterdam-ai-vision-2024", 200);
    assertTrue(
        !rankingOrder(heavyClimate).equals(rankingOrder(plain)),
        "climate at 100 reorders the ranking");
    assertContains(heavyClimate, "<dt>Aangepaste gewichten</dt><dd>Klimaat 100</dd>");
    assertNotContains(plain, "Aangepaste gewichten");
    assertContains(heavyClimate, "name=\"w.climate\" value=\"100\"");
  }

  @Test
  @DisplayName(
      "weights shown for one profile are not carried over as overrides when another profile is chosen")
  void staleWeightsDropped() {
    String page =
        page(
            QUERY
                + "&profile=eu-cloud-sovereignty-2025&weightsFor=amsterdam-ai-vision-2024"
                + "&w.openness=15&w.resilience=8",
            200);
    assertNotContains(page, "Aangepaste gewichten");
    assertContains(page, "name=\"w.resilience\" value=\"22.5\"");
    assertContains(
        page, "<input type=\"hidden\" name=\"weightsFor\" value=\"eu-cloud-sovereignty-2025\">");
  }

  @Test
  @DisplayName("bad input is shown in an error summary linked to the field, with a 400 status")
  void errors() {
    String unknown = page(QUERY + "&offering=no-such-offering", 400);
    assertContains(
        unknown,
        "<a href=\"#compare-offerings\">De optie „no-such-offering” staat niet (meer) in de catalogus.</a>");
    String weight = page(QUERY + "&w.openness=250", 400);
    assertContains(
        weight, "<a href=\"#weight-openness\">Geef voor Openheid een gewicht van 0 tot 100.</a>");
    assertContains(weight, "id=\"weight-openness\" name=\"w.openness\" value=\"250\"");
    assertContains(weight, "aria-invalid=\"true\"");
    assertContains(
        page("offering=self-hosted-vllm-olmo", 400),
        "<a href=\"#compare-usecase\">Kies een toepassing uit de lijst.</a>");
  }

  @Test
  @DisplayName(
      "the page speaks English with lang=en, down to rationale, questions and number format")
  void english() {
    String page = page(QUERY + "&lang=en", 200);
    assertContains(page, "<h1>Compare options</h1>");
    assertContains(page, "Personal data is processed (also) outside the EU/EEA");
    assertContains(
        page,
        "What is the notice period for price changes, and can the city then terminate without cost?");
    assertContains(page, "10,000 times");
  }

  @Test
  @DisplayName("criterion names on this page are the profile page's names, in both languages")
  void criterionNamesMatchMessages() {
    Messages messages = Messages.load();
    for (Criterion criterion : Criteria.ALL) {
      assertEquals(
          messages.text(Language.NL, "profile.criterion." + criterion.id()), criterion.nl());
      assertEquals(
          messages.text(Language.EN, "profile.criterion." + criterion.id()), criterion.en());
    }
  }

  @Test
  @DisplayName(
      "comparing all offerings for the quay walls ranks only detectors, each marked as fitting, and"
          + " lists the rest apart with the facts that decided it")
  void allOfferingsForDetection() {
    String page = page("usecase=quay-wall-heavy-objects&offering=all&lang=en", 200);
    JsonObject api =
        app.get("/api/v1/evaluations?usecase=quay-wall-heavy-objects&offering=all")
            .bodyAsJsonObject();
    List<String> ranked =
        api.getJsonArray("ranking").stream()
            .map(o -> ((JsonObject) o).getJsonObject("offering").getString("id"))
            .toList();
    assertEquals(ranked, rankingOrder(page));
    assertTrue(ranked.contains("self-hosted-rt-detr"), ranked.toString());
    assertTrue(ranked.stream().noneMatch(id -> id.contains("vllm")), ranked.toString());
    assertContains(
        page,
        "<input type=\"checkbox\" id=\"compare-all\" name=\"offering\" value=\"all\" checked>");
    String table = between(page, "id=\"ranking\"", "</table>");
    assertContains(table, "<td>fits</td>");
    String unfit = between(page, "id=\"unfit-heading\"", "id=\"breakdown-heading\"");
    assertContains(unfit, "Does not fit the use case");
    assertContains(unfit, "OLMo self-hosted with vLLM");
    assertContains(
        unfit,
        "Task: not object detection in images (does: conversational assistant / text generation)");
    assertEquals(
        api.getJsonArray("unfit").size(),
        Pattern.compile("<li id=\"option-[a-z0-9-]+-fit\">").matcher(unfit).results().count());
    String details = between(page, "id=\"details-heading\"", "</main>");
    assertContains(details, "Fit for the use case: fits");
  }

  @Test
  @DisplayName(
      "costs: each ranked option's cost over the term with its lines and sources, who wins on price"
          + " against quality, and the cost model's parameters as fields; a bad value is shown back"
          + " at its field")
  void costs() {
    String page = page(QUERY + "&lang=en", 200);
    assertContains(page, "<h3 id=\"costs-heading\">Costs over the contract term</h3>");
    assertContains(page, "GPUs rented: 1 × ");
    assertContains(page, "Operations: hours per month × hourly rate");
    assertContains(page, "kg CO2e");
    assertContains(page, "For this use case, over the term (estimate, no points; see Costs): ");
    assertContains(page, "id=\"price-quality-winners\"");
    assertContains(page, "name=\"c.energyPricePerKwh\"");
    assertContains(page, "name=\"costsFor\" value=\"residents-chatbot|amsterdam-ai-vision-2024\"");
    String changed = page(QUERY + "&lang=en&c.euroPerPoint=1000&c.method=fictitious-discount", 200);
    assertContains(
        changed, "Each point of the total score is worth a fictitious discount of EUR 1,000");
    assertContains(changed, "<th scope=\"col\">Comparison price</th>");
    String bad = page(QUERY + "&c.pue=-2", 400);
    assertContains(
        bad, "<a href=\"#cost-pue\">Geef voor PUE van het datacenter een getal van 0 of meer.</a>");
    assertContains(bad, "id=\"cost-pue\" name=\"c.pue\" value=\"-2\"");
    String stale =
        page(
            QUERY + "&c.termMonths=12&costsFor=quay-wall-heavy-objects%7Camsterdam-ai-vision-2024",
            200);
    assertContains(stale, "name=\"c.termMonths\" value=\"48\"");
  }
}
