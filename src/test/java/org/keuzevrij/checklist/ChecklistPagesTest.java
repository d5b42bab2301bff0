package org.keuzevrij.checklist;

import static org.keuzevrij.web.PageAssertions.assertContains;
import static org.keuzevrij.web.PageAssertions.assertHtml;
import static org.keuzevrij.web.PageAssertions.assertNotContains;
import static org.keuzevrij.web.PageAssertions.between;
import static org.keuzevrij.web.PageAssertions.html;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.checklist.clauses.Bundled;
import org.keuzevrij.web.Language;
import org.keuzevrij.web.RunningApp;

@DisplayName("Checklist page /checklists")
class ChecklistPagesTest {

  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start(RunningApp.BUNDLED);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  @DisplayName(
      "without a choice it shows the form: every use case, and offerings grouped by delivery")
  void form() {
    HttpResponse<Buffer> response = app.get("/checklists?lang=nl");
    assertHtml(response, 200);
    String page = response.bodyAsString();
    assertContains(page, "<h1>Checklist contractclausules</h1>");
    assertContains(
        page, "<form class=\"filters checklist-form\" method=\"get\" action=\"/checklists\"");
    assertContains(page, "<option value=\"residents-chatbot\">Chatbot voor Amsterdammers</option>");
    assertContains(page, "<optgroup label=\"Zelf hosten\">");
    assertContains(page, "<option value=\"self-hosted-vllm-olmo\">");
    assertNotContains(page, "id=\"clauses-heading\"");
  }

  @Test
  @DisplayName(
      "with a use case and an offering it lists the clauses with why and sources, and offers the download")
  void checklist() {
    HttpResponse<Buffer> response =
        app.get("/checklists?usecase=residents-chatbot&offering=openai-api-global&lang=nl");
    assertHtml(response, 200);
    String page = response.bodyAsString();
    Checklist expected = Bundled.checklist("residents-chatbot", "openai-api-global", Language.NL);
    assertContains(page, "<option value=\"residents-chatbot\" selected>");
    assertContains(page, "<option value=\"openai-api-global\" selected>");
    for (Checklist.Row row : expected.rows()) {
      String clause = between(page, "<tr id=\"clause-" + row.id() + "\">", "</tr>");
      assertContains(clause, html(row.requirement()));
      assertContains(clause, html(row.why()));
    }
    assertContains(
        page,
        "href=\""
            + html(
                "/api/v1/checklists.xlsx?usecase=residents-chatbot"
                    + "&offering=openai-api-global&lang=nl")
            + "\"");
    assertContains(page, html(expected.rows().size() + " clausules: "));
    assertContains(page, "Niet van toepassing (" + expected.notApplicable().size() + ")");
    assertContains(
        page, "<a href=\"https://eur-lex.europa.eu/eli/reg/2016/679/oj\" rel=\"noopener\">");
    assertContains(
        between(page, "id=\"assumptions-heading\"", "</section>"),
        "begin van het contract niet vastgelegd in de toepassing");
  }

  @Test
  @DisplayName(
      "in English the texts, the clause language and the download follow the page language")
  void english() {
    String page =
        app.get("/checklists?usecase=reading-old-archives&offering=self-hosted-vllm-olmo&lang=en")
            .bodyAsString();
    assertContains(page, "<html lang=\"en\">");
    assertContains(page, "<h1>Contract clause checklist</h1>");
    assertContains(page, html("&lang=en") + "\" download>");
    assertContains(page, html("Applies because: Weights available: yes"));
    assertContains(page, "None: every fact that counts for this checklist is known.");
  }

  @Test
  @DisplayName(
      "a missing choice is a 400 with the error on the field; an unknown offering a 404, form kept")
  void errors() {
    HttpResponse<Buffer> missing =
        app.get("/checklists?usecase=residents-chatbot&offering=&lang=nl");
    assertHtml(missing, 400);
    assertContains(missing.bodyAsString(), "<a href=\"#checklist-offering\">Kies een aanbod.</a>");
    assertContains(
        missing.bodyAsString(),
        "<select id=\"checklist-offering\" name=\"offering\" aria-invalid=\"true\"");
    assertContains(missing.bodyAsString(), "<option value=\"residents-chatbot\" selected>");
    HttpResponse<Buffer> unknown =
        app.get("/checklists?usecase=residents-chatbot&offering=no-such-thing&lang=en");
    assertHtml(unknown, 404);
    assertContains(unknown.bodyAsString(), "This offering is not in the catalogue.");
    assertHtml(app.get("/checklists?usecase=Not%20An%20Id&offering=openai-api-global"), 400);
  }

  @Test
  @DisplayName("escapes catalogue text that looks like markup")
  void escapes(@TempDir Path root) {
    Bundled.copyCatalogue(root);
    Bundled.edit(
        root, Kind.OFFERING, "openai-api-global", o -> o.put("name", "<script>alert(1)</script>"));
    try (RunningApp hostile = RunningApp.start(root)) {
      String page =
          hostile
              .get("/checklists?usecase=residents-chatbot&offering=openai-api-global")
              .bodyAsString();
      assertNotContains(page, "<script>alert(1)</script>");
      assertContains(page, html("<script>alert(1)</script>"));
    }
  }
}
