package org.keuzevrij.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keuzevrij.web.PageAssertions.assertContains;
import static org.keuzevrij.web.PageAssertions.assertNotContains;
import static org.keuzevrij.web.PageAssertions.between;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.web.EditableAppTest;
import org.keuzevrij.web.PageSession;

@DisplayName("Use-case edit pages: the needs in the form, inline errors, create and edit")
class UseCaseEditPagesTest extends EditableAppTest {

  private static final String FILE = "usecases/quay-camera.json";
  private static final Pattern HIDDEN =
      Pattern.compile("name=\"(etag|previewed)\" value=\"([^\"]*)\"");
  private static final FormSchema FORMS = new FormSchema();
  private PageSession editor;

  @BeforeAll
  static void addUseCase() throws IOException {
    Fixtures.write(source, Kind.USECASE, useCase());
  }

  @BeforeEach
  void signIn() {
    editor = new PageSession(app);
    editor.logIn("editor");
  }

  private static ObjectNode useCase() throws IOException {
    return (ObjectNode)
        CanonicalJson.read(FormCodecTest.FULL_USE_CASE.getBytes(StandardCharsets.UTF_8));
  }

  /** The form as the browser would send it: every input of the page filled from {@code entity}. */
  private static MultiMap form(JsonNode entity, String page, String action) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    FormValues values = FormCodec.fill(FORMS.fields(Kind.USECASE), entity);
    values.all().forEach((name, list) -> list.forEach(value -> form.add(name, value)));
    form.add("csrf", PageSession.csrf(page)).add("action", action);
    Matcher hidden = HIDDEN.matcher(page);
    while (hidden.find()) {
      form.set(hidden.group(1), hidden.group(2).replace("&quot;", "\"").replace("&#x3D;", "="));
    }
    return form;
  }

  private JsonNode onDisk(String file) throws IOException {
    return CanonicalJson.read(Files.readAllBytes(app.catalogue().resolve(file)));
  }

  @Test
  @DisplayName("editors see the edit link and the add link; the form holds every need, filled in")
  void form() {
    PageSession visitor = new PageSession(app);
    assertNotContains(visitor.get("/usecases/quay-camera").bodyAsString(), "/edit/");
    assertNotContains(visitor.get("/").bodyAsString(), "/edit/usecases");
    assertContains(
        editor.get("/usecases/quay-camera").bodyAsString(), "href=\"/edit/usecases/quay-camera\"");
    assertContains(editor.get("/").bodyAsString(), "href=\"/edit/usecases\"");
    assertEquals(303, visitor.get("/edit/usecases/quay-camera").statusCode());

    String page = editor.get("/edit/usecases/quay-camera?lang=en").bodyAsString();
    assertContains(page, "<option value=\"unknown\" selected>unknown</option>");
    assertContains(page, "<option value=\"object-detection\" selected>");
    assertContains(page, "name=\"/inputModalities\" value=\"video\" checked");
    assertContains(page, "name=\"/outputModalities\" value=\"unknown\" checked");
    assertContains(page, "name=\"/languages/none\" value=\"true\" checked");
    assertContains(page, "name=\"/gpuMemoryLimitGb\" value=\"24.5\"");
    assertContains(page, "name=\"/volume/high/unknown\" value=\"true\" checked");
    assertContains(page, "type=\"date\" id=\"f-riskClass-decided\"");
    assertContains(page, "<fieldset class=\"fact\" id=\"f-gpuMemoryLimitGb-group\">");
    assertContains(
        page, "<input type=\"text\" id=\"f-gpuMemoryLimitGb\" name=\"/gpuMemoryLimitGb\"");
    assertContains(page, "Expected volume per month");
    assertContains(page, "Languages to be served");
    assertContains(page, "<p>Describe what the city needs:");
    assertContains(page, "<h1>Edit Quay wall camera</h1>");
  }

  @Test
  @DisplayName(
      "a bad language code, a negative volume, an unknown task and a number that is none: "
          + "inline errors naming each field, the typing kept, nothing written")
  void inlineErrors() throws IOException {
    String page = editor.get("/edit/usecases/quay-camera?lang=en").bodyAsString();
    JsonNode before = onDisk(FILE);
    MultiMap broken = form(before, page, "preview");
    broken.remove("/languages/none");
    broken.set("/languages", "nl, xx");
    broken.set("/volume/low", "-5");
    broken.set("/task", "reading-minds");
    broken.set("/gpuMemoryLimitGb", "lots");
    HttpResponse<Buffer> response = editor.post("/edit/usecases/quay-camera?lang=en", broken);
    assertEquals(400, response.statusCode());
    String html = response.bodyAsString();
    String summary = between(html, "<div class=\"error-summary\"", "</div>");
    assertContains(summary, "href=\"#f-languages\">Languages to be served: Use two-letter");
    assertContains(summary, "href=\"#f-volume-low\">Lowest expected volume per month: Fill in a");
    assertContains(summary, "href=\"#f-task\">Task: Choose from the list.");
    assertContains(summary, "href=\"#f-gpuMemoryLimitGb\">GPU memory available");
    assertContains(between(html, "id=\"f-languages-error\"", "</p>"), "language codes (ISO 639-1)");
    assertContains(between(html, "id=\"f-volume-low-error\"", "</p>"), "Fill in a number");
    assertContains(between(html, "id=\"f-gpuMemoryLimitGb-error\"", "</p>"), "Fill in a number");
    assertContains(html, "name=\"/languages\" value=\"nl, xx\"");
    assertContains(html, "name=\"/volume/low\" value=\"-5\"");
    assertContains(html, "name=\"/gpuMemoryLimitGb\" value=\"lots\"");
    assertContains(html, "aria-invalid=\"true\"");
    assertEquals(before, onDisk(FILE), "nothing written");
    assertEquals(0, app.editing().editor().audit().history(Kind.USECASE, "quay-camera").size());

    HttpResponse<Buffer> dutch = editor.post("/edit/usecases/quay-camera?lang=nl", broken);
    assertContains(
        between(dutch.bodyAsString(), "id=\"f-languages-error\"", "</p>"),
        "Gebruik taalcodes van twee letters");
  }

  @Test
  @DisplayName(
      "a new use case: previewed, created with its needs, shown on its page with a compare link")
  void createsNew() throws IOException {
    String page = editor.get("/edit/usecases").bodyAsString();
    assertContains(page, "name=\"/id\"");
    ObjectNode fresh = useCase();
    fresh.put("id", "quay-camera-two");
    fresh.putArray("outputModalities").add("bounding-boxes");
    fresh.putArray("languages").add("nl");
    String previewed = editor.post("/edit/usecases", form(fresh, page, "preview")).bodyAsString();
    String preview = between(previewed, "<section class=\"preview\"", "</section>");
    assertContains(preview, "Wat eruit moet komen");
    assertContains(preview, "omkaderde objecten");
    assertFalse(Files.exists(app.catalogue().resolve("usecases/quay-camera-two.json")));
    HttpResponse<Buffer> created = editor.post("/edit/usecases", form(fresh, previewed, "save"));
    assertEquals(303, created.statusCode(), created.bodyAsString());
    assertEquals("/usecases/quay-camera-two", created.getHeader("Location"));
    assertEquals(fresh, onDisk("usecases/quay-camera-two.json"));

    String shown = editor.get("/usecases/quay-camera-two?lang=en").bodyAsString();
    String needs = between(shown, "id=\"needs-heading\"", "</section>");
    assertContains(needs, "object detection in images");
    assertContains(needs, "video, image");
    assertContains(needs, "bounding boxes");
    assertContains(needs, "Dutch");
    assertContains(needs, "2,000 to unknown images per month");
    assertContains(needs, "24.5 GB");
    assertContains(needs, "Camera images.");
    assertContains(
        shown,
        "href=\"/compare?usecase&#x3D;quay-camera-two&amp;offering&#x3D;all\">"
            + "Compare options for this use case</a>");
    assertTrue(
        between(shown, "class=\"history", "</section>").contains("editor"),
        "the creation is in the history");
  }
}
