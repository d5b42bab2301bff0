package org.keuzevrij.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keuzevrij.web.EditableApp.bearer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.keuzevrij.catalogue.CanonicalJson;

/**
 * A corpus of hostile requests against the whole app over a copy of the bundled catalogue. Each
 * gets its 4xx with problem details (API) or the error page (pages), never a 5xx, nothing of a
 * stack trace or a file path in the body, and leaves the catalogue files and the audit log as they
 * were.
 */
@DisplayName("Hostile input: the right 4xx, nothing leaked, nothing changed")
class HostileInputTest {

  private static final String DEEP_ARRAY = "[".repeat(100_000) + "]".repeat(100_000);
  private static final String DEEP_OBJECT = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
  private static final String LONG_NUMBER = "1".repeat(100_000);
  private static final String CHECKLIST = "usecase=residents-chatbot&offering=mistral-api-eu";

  @TempDir static Path work;
  static EditableApp.Users users;
  static EditableApp app;
  static String offering;

  @BeforeAll
  static void start() {
    users = EditableApp.Users.create(work.resolve("users"));
    app = EditableApp.start(RunningApp.BUNDLED, work.resolve("app"), users);
    offering = app.send(HttpMethod.GET, "/api/v1/offerings/mistral-api-eu", null).bodyAsString();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** Who sends a request: nobody, or an editor or admin with an API token. */
  enum Caller {
    NOBODY,
    EDITOR,
    ADMIN
  }

  /**
   * One hostile request and the status it must get.
   *
   * @param contentType null for none
   */
  record Case(
      String name,
      HttpMethod method,
      String uri,
      String contentType,
      String body,
      Caller caller,
      int status) {

    @Override
    public String toString() {
      return name;
    }
  }

  private static Case get(String name, String uri, int status) {
    return new Case(name, HttpMethod.GET, uri, null, null, Caller.NOBODY, status);
  }

  private static Case create(String name, String contentType, String body, int status) {
    return new Case(
        name,
        HttpMethod.PUT,
        "/api/v1/offerings/hostile-offering",
        contentType,
        body,
        Caller.EDITOR,
        status);
  }

  private static Case evaluate(String name, String contentType, String body, int status) {
    return new Case(
        name, HttpMethod.POST, "/api/v1/evaluations", contentType, body, Caller.NOBODY, status);
  }

  /**
   * The bundled offering as a new entity, with one member changed to {@code json}, spliced in as
   * text so that JSON our own reader refuses can be sent.
   */
  private static String offeringWith(String member, String json) {
    ObjectNode entity = (ObjectNode) read(offering);
    entity.remove("derived");
    entity.put("id", "hostile-offering");
    entity.put(member, "@@HOSTILE@@");
    return entity.toString().replace("\"@@HOSTILE@@\"", json);
  }

  /** The bundled offering as a new entity, with one fact's source set to {@code url}. */
  private static String offeringWithSource(String url) {
    ObjectNode entity = (ObjectNode) read(offering);
    entity.remove("derived");
    entity.put("id", "hostile-offering");
    ((ObjectNode) entity.get("dataRetention")).put("source", url);
    return entity.toString();
  }

  static Stream<Case> corpus() {
    String json = "application/json";
    return Stream.of(
        // Bodies that are not JSON, or not the JSON asked for.
        create("broken JSON", json, "{\"id\": \"hostile-offering\",", 400),
        create("trailing garbage", json, "{} {}", 400),
        create("an array instead of an object", json, "[]", 400),
        create("a string instead of an object", json, "\"offering\"", 400),
        create("null", json, "null", 400),
        create("an empty body", json, "", 400),
        create("100k-deep arrays", json, DEEP_ARRAY, 400),
        create("100k-deep objects", json, DEEP_OBJECT, 400),
        create("duplicate keys", json, "{\"id\": \"a\", \"id\": \"b\"}", 400),
        create("a name that is a number", json, offeringWith("name", "42"), 400),
        create("a name that is an object", json, offeringWith("name", "{\"nl\": \"x\"}"), 400),
        create("models as a string", json, offeringWith("models", "\"mistral-large\""), 400),
        create("a huge exponent", json, offeringWith("name", "1e999999"), 400),
        create("a number of 100k digits", json, offeringWith("name", LONG_NUMBER), 400),
        create("a NUL byte in the name", json, offeringWith("name", "\"a\\u0000b\""), 400),
        create("a lone surrogate in the name", json, offeringWith("name", "\"a\\ud800b\""), 400),
        create("a control character in the name", json, offeringWith("name", "\"a\\u001bb\""), 400),
        create(
            "invalid UTF-8",
            json,
            new String(new byte[] {'{', '"', (byte) 0xC3, '"', '}'}, StandardCharsets.ISO_8859_1),
            400),
        create(
            "a javascript: source",
            json,
            offeringWithSource("javascript:alert(document.cookie)"),
            400),
        create(
            "a source that breaks out of an attribute",
            json,
            offeringWithSource("https://x\"><script>alert(1)</script>"),
            400),
        create("a source with a raw CRLF", json, offeringWithSource("https://x/\r\nX-A: b"), 400),
        // Wrong content types.
        create("text/plain", "text/plain", offeringWith("name", "\"x\""), 415),
        create("a form", "application/x-www-form-urlencoded", "id=hostile-offering", 415),
        create("no content type", null, offeringWith("name", "\"x\""), 415),
        create("XML", "application/xml", "<offering/>", 415),
        evaluate("evaluation as text/plain", "text/plain", "{\"usecase\": \"x\"}", 415),
        evaluate("evaluation as a form", "application/x-www-form-urlencoded", "usecase=x", 415),
        // Evaluation bodies.
        evaluate("broken evaluation JSON", json, "{\"usecase\":", 400),
        evaluate("100k-deep evaluation", json, DEEP_ARRAY, 400),
        evaluate("100k-deep evaluation objects", json, DEEP_OBJECT, 400),
        evaluate("an evaluation that is an array", json, "[]", 400),
        evaluate("a use case that is a number", json, "{\"usecase\": 5}", 400),
        evaluate("offerings as a string", json, "{\"offerings\": \"all\"}", 400),
        evaluate(
            "a weight of 1e999999",
            json,
            "{\"usecase\": \"residents-chatbot\", \"offerings\": [\"mistral-api-eu\"],"
                + " \"weights\": {\"openness\": 1e999999}}",
            400),
        evaluate(
            "a weight of 100k digits",
            json,
            "{\"usecase\": \"residents-chatbot\", \"offerings\": [\"mistral-api-eu\"],"
                + " \"weights\": {\"openness\": "
                + LONG_NUMBER
                + "}}",
            400),
        evaluate(
            "10^12 sensitivity samples",
            json,
            "{\"usecase\": \"residents-chatbot\", \"offerings\": [\"mistral-api-eu\"],"
                + " \"sensitivity\": {\"samples\": 1000000000000}}",
            400),
        evaluate(
            "an offering id with a NUL",
            json,
            "{\"usecase\": \"residents-chatbot\", \"offerings\": [\"mistral\\u0000\"]}",
            400),
        // Query strings.
        get("a weight of 1e309", "/api/v1/evaluations?" + CHECKLIST + "&w.openness=1e309", 400),
        get("a weight of NaN", "/api/v1/evaluations?" + CHECKLIST + "&w.openness=NaN", 400),
        get(
            "a weight of -Infinity",
            "/api/v1/evaluations?" + CHECKLIST + "&w.openness=-Infinity",
            400),
        get("a NUL in a use case id", "/api/v1/evaluations?usecase=%00&offering=all", 400),
        get(
            "a traversal offering id",
            "/api/v1/evaluations?usecase=residents-chatbot&offering=..%2F..%2Fpom.xml",
            400),
        get(
            "CRLF in a checklist workbook's use case (reaches the file name)",
            "/api/v1/checklists.xlsx?usecase=residents-chatbot%0d%0aSet-Cookie:%20a=b"
                + "&offering=mistral-api-eu",
            400),
        get(
            "a quote in a checklist workbook's offering (reaches the file name)",
            "/api/v1/checklists.xlsx?usecase=residents-chatbot&offering=mistral%22;%20x=%22",
            400),
        get(
            "CRLF in a checklist workbook's language",
            "/api/v1/checklists.xlsx?" + CHECKLIST + "&lang=en%0d%0aX-A:%20b",
            400),
        get(
            "CRLF in a comparison workbook's use case",
            "/api/v1/evaluations.xlsx?usecase=a%0d%0aSet-Cookie:%20a=b&offering=all",
            400),
        get(
            "a script as a comparison workbook's language",
            "/api/v1/evaluations.xlsx?" + CHECKLIST + "&lang=%22%3E%3Cscript%3E",
            400),
        // Query strings that do not decode.
        get("a bad escape in the sign-in return", "/login?return=%zz", 400),
        get("a bad escape in a comparison workbook", "/api/v1/evaluations.xlsx?usecase=%zz", 400),
        get("a lone % in a filter", "/api/v1/offerings?q=%", 400),
        get("a bad escape on the overview", "/?lang=%zz", 400),
        new Case(
            "a bad escape on a form post",
            HttpMethod.POST,
            "/login?return=%zz",
            "application/x-www-form-urlencoded",
            "username=admin",
            Caller.NOBODY,
            400),
        // Path traversal, encoded and double-encoded.
        get("a traversal id", "/api/v1/offerings/..%2F..%2Fpom.xml", 404),
        get("a double-encoded traversal id", "/api/v1/offerings/..%252F..%252Fpom.xml", 404),
        get("a traversal collection", "/api/v1/..%2Fpom.xml/x", 404),
        get("a traversal page", "/offerings/..%2F..%2Fpom.xml", 404),
        get("a double-encoded traversal page", "/offerings/%252e%252e%252fpom.xml", 404),
        get("a traversal asset", "/assets/..%2F..%2F..%2Fpom.xml", 404),
        get("a dot-dot asset", "/assets/%2e%2e/%2e%2e/%2e%2e/pom.xml", 404),
        get("a NUL in a page id", "/offerings/eu%00api", 404),
        get("a script as a page id", "/offerings/%3Cscript%3Ealert(1)%3C%2Fscript%3E", 404),
        get("a script as a checklist use case", "/checklists?usecase=%3Cscript%3E&offering=x", 400),
        get("a script as a compare use case", "/compare?usecase=%3Cscript%3E&offering=all", 400),
        new Case(
            "a traversal id written",
            HttpMethod.PUT,
            "/api/v1/offerings/..%2F..%2Fpom",
            json,
            "{}",
            Caller.EDITOR,
            400),
        new Case(
            "a double-encoded traversal id written",
            HttpMethod.PUT,
            "/api/v1/offerings/..%252F..%252Fpom",
            json,
            "{}",
            Caller.EDITOR,
            400),
        new Case(
            "a traversal id deleted",
            HttpMethod.DELETE,
            "/api/v1/offerings/..%2F..%2Fpom",
            null,
            null,
            Caller.EDITOR,
            400),
        new Case(
            "a traversal id's history",
            HttpMethod.GET,
            "/api/v1/offerings/..%2F..%2Fpom/history",
            null,
            null,
            Caller.NOBODY,
            400),
        // The admin API.
        new Case(
            "a user named with CRLF",
            HttpMethod.PUT,
            "/api/v1/admin/users/a%0d%0ab",
            json,
            "{\"role\": \"viewer\", \"password\": \"correct horse battery staple\"}",
            Caller.ADMIN,
            400),
        new Case(
            "a user as an array",
            HttpMethod.PUT,
            "/api/v1/admin/users/newcomer",
            json,
            "[]",
            Caller.ADMIN,
            400),
        new Case(
            "a user as 100k-deep JSON",
            HttpMethod.PUT,
            "/api/v1/admin/users/newcomer",
            json,
            DEEP_OBJECT,
            Caller.ADMIN,
            400),
        new Case(
            "a role that is a number",
            HttpMethod.PUT,
            "/api/v1/admin/users/newcomer",
            json,
            "{\"role\": 1, \"password\": \"correct horse battery staple\"}",
            Caller.ADMIN,
            400),
        new Case(
            "a token label of 100k-deep JSON",
            HttpMethod.POST,
            "/api/v1/admin/users/editor/tokens",
            json,
            DEEP_ARRAY,
            Caller.ADMIN,
            400));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  @DisplayName("refused")
  void refused(Case c) throws IOException {
    Map<String, String> before = state();
    List<String> headers = new ArrayList<>();
    if (c.contentType() != null) {
      headers.addAll(List.of("Content-Type", c.contentType()));
    }
    if (c.method() == HttpMethod.PUT && c.uri().startsWith("/api/v1/offerings/")) {
      headers.addAll(List.of("If-None-Match", "*"));
    }
    if (c.method() == HttpMethod.DELETE) {
      headers.addAll(List.of("If-Match", "*"));
    }
    switch (c.caller()) {
      case EDITOR -> headers.addAll(List.of("Authorization", bearer(users.editorToken())));
      case ADMIN -> headers.addAll(List.of("Authorization", bearer(users.adminToken())));
      case NOBODY -> {}
    }
    HttpResponse<Buffer> response =
        app.send(c.method(), c.uri(), c.body(), headers.toArray(String[]::new));
    assertEquals(c.status(), response.statusCode(), () -> response.bodyAsString());
    assertClean(response, c.uri().startsWith("/api/"));
    assertNull(response.getHeader("Set-Cookie"), "no cookie, let alone an injected one");
    assertNull(response.getHeader("X-A"), "no injected header");
    assertEquals(before, state(), "catalogue files and audit log unchanged");
  }

  /** The answer has the right shape and tells nothing about the server's insides. */
  static void assertClean(HttpResponse<Buffer> response, boolean api) {
    String type = String.valueOf(response.getHeader("Content-Type"));
    String body = response.bodyAsString();
    if (api) {
      assertTrue(type.startsWith(Problems.CONTENT_TYPE), type);
      JsonNode problem = read(body);
      assertEquals(response.statusCode(), problem.path("status").asInt(), body);
    } else {
      assertTrue(type.startsWith("text/html"), type);
      assertTrue(body.contains("<html"), "the error page");
    }
    for (String leak :
        List.of(
            "Exception",
            "\tat ",
            ".java:",
            "org.keuzevrij.",
            "io.vertx.",
            "com.fasterxml",
            work.toString(),
            Path.of("").toAbsolutePath().toString())) {
      assertFalse(body.contains(leak), () -> "leaks \"" + leak + "\": " + body);
    }
    assertFalse(body.contains("<script>"), "no script from the request");
  }

  /** Every catalogue file and the audit log, by content. */
  static Map<String, String> state() throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (Path root : List.of(app.catalogue(), app.data())) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          if (!file.getFileName().toString().equals("users.json")) {
            files.put(root.relativize(file).toString(), Files.readString(file));
          }
        }
      }
    }
    return files;
  }

  static JsonNode read(String json) {
    try {
      return CanonicalJson.read(json.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  @Nested
  @DisplayName("forms without their session's CSRF token")
  class Csrf {

    private static final String PASSWORD = EditableApp.PASSWORD;

    private MultiMap form(String csrf) {
      MultiMap form = MultiMap.caseInsensitiveMultiMap().add("action", "save");
      return csrf == null ? form : form.add("csrf", csrf);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"missing", "forged", "another session's", "empty", "CRLF"})
    @DisplayName("are refused with 403 and the error page")
    void refused(String token) throws IOException {
      PageSession admin = new PageSession(app);
      admin.logIn("admin");
      PageSession other = new PageSession(app);
      String otherToken = PageSession.csrf(other.get("/login").bodyAsString());
      String csrf =
          switch (token) {
            case "missing" -> null;
            case "forged" -> "A".repeat(43);
            case "another session's" -> otherToken;
            case "empty" -> "";
            default -> PageSession.csrf(admin.get("/admin").bodyAsString()) + "\r\nX-A: b";
          };
      Map<String, String> before = state();
      for (String path :
          List.of(
              "/edit/offerings/mistral-api-eu",
              "/edit/offerings",
              "/admin/reload",
              "/admin/users",
              "/admin/users/editor/role",
              "/logout")) {
        HttpResponse<Buffer> response = admin.post(path, form(csrf).add("role", "admin"));
        assertEquals(403, response.statusCode(), path);
        assertClean(response, false);
      }
      PageSession visitor = new PageSession(app);
      visitor.get("/login");
      HttpResponse<Buffer> login =
          visitor.post("/login", form(csrf).add("username", "admin").add("password", PASSWORD));
      assertEquals(403, login.statusCode());
      assertClean(login, false);
      assertEquals(before, state());
      assertEquals(200, admin.get("/admin").statusCode(), "still signed in: logout was refused");
    }
  }

  @Nested
  @DisplayName("hostile text that the schema allows")
  class AcceptedText {

    private static final List<String> FORMULAS =
        List.of(
            "=HYPERLINK(\"https://evil.example\",\"click\")",
            "+1+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1:A2)");

    @TempDir Path own;

    @Test
    @DisplayName(
        "scripts and javascript: in names and notes are escaped on pages, formulas stay text in"
            + " both workbooks")
    void escapedAndQuoted() throws IOException {
      EditableApp mine = EditableApp.start(RunningApp.BUNDLED, own, users);
      try {
        rename(mine, "offerings/mistral-api-eu", FORMULAS.get(0), "<script>alert(1)</script>");
        rename(mine, "suppliers/mistral-ai", FORMULAS.get(1), "javascript:alert(2)");
        rename(mine, "models/mistral-large-3", FORMULAS.get(2), null);
        rename(mine, "usecases/residents-chatbot", FORMULAS.get(3), null);

        String page = mine.send(HttpMethod.GET, "/offerings/mistral-api-eu", null).bodyAsString();
        assertFalse(page.contains("<script>alert"), "the note's script is escaped");
        assertFalse(page.toLowerCase().contains("href=\"javascript:"), "no javascript: link");

        List<String> found = new ArrayList<>();
        for (String uri :
            List.of(
                "/api/v1/checklists.xlsx?usecase=residents-chatbot&offering=mistral-api-eu&lang=en",
                "/api/v1/evaluations.xlsx?usecase=residents-chatbot&offering=mistral-api-eu"
                    + "&offering=self-hosted-vllm-olmo&lang=en")) {
          HttpResponse<Buffer> download = mine.send(HttpMethod.GET, uri, null);
          assertEquals(200, download.statusCode(), uri);
          String disposition = download.getHeader("Content-Disposition");
          assertTrue(disposition.matches("attachment; filename=\"[a-z0-9.-]+\""), disposition);
          found.addAll(formulaCells(download.body().getBytes()));
        }
        for (String formula : FORMULAS) {
          assertTrue(
              found.stream().anyMatch(cell -> cell.contains(formula)),
              () -> formula + " reaches a workbook: " + found.size() + " formula-like cells");
        }
      } finally {
        mine.close();
      }
    }

    /** Gives an entity a new name, and a note on its first fact that has one. */
    private static void rename(EditableApp mine, String path, String name, String note) {
      HttpResponse<Buffer> current = mine.send(HttpMethod.GET, "/api/v1/" + path, null);
      assertEquals(200, current.statusCode(), path);
      ObjectNode entity = (ObjectNode) read(current.bodyAsString());
      entity.remove("derived");
      if (entity.get("name").isObject()) {
        ((ObjectNode) entity.get("name")).put("nl", name).put("en", name);
      } else {
        entity.put("name", name);
      }
      if (note != null) {
        entity.properties().stream()
            .filter(member -> member.getValue().has("note"))
            .findFirst()
            .ifPresent(member -> ((ObjectNode) member.getValue()).put("note", note));
      }
      HttpResponse<Buffer> put =
          mine.send(
              HttpMethod.PUT,
              "/api/v1/" + path,
              entity.toString(),
              "Content-Type",
              "application/json",
              "If-Match",
              current.getHeader("ETag"),
              "Authorization",
              bearer(users.editorToken()));
      assertEquals(200, put.statusCode(), put.bodyAsString());
    }

    /**
     * The text of every cell that starts like a formula, after checking it is a quote-prefixed text
     * cell.
     */
    private static List<String> formulaCells(byte[] xlsx) throws IOException {
      List<String> cells = new ArrayList<>();
      try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
        for (Sheet sheet : workbook) {
          for (Row row : sheet) {
            for (Cell cell : row) {
              if (cell.getCellType() != CellType.STRING) {
                continue;
              }
              String text = cell.getStringCellValue();
              if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                String where = sheet.getSheetName() + "!" + cell.getAddress() + ": " + text;
                assertTrue(cell.getCellStyle().getQuotePrefixed(), "quote-prefixed: " + where);
                cells.add(where);
              }
            }
          }
        }
      }
      return cells;
    }
  }
}
