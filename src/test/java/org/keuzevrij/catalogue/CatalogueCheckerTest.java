package org.keuzevrij.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Checking one change against the whole catalogue, by the loader's rules")
class CatalogueCheckerTest {

  private static final SchemaValidator SCHEMAS = new SchemaValidator();
  private final CatalogueChecker checker = new CatalogueChecker(SCHEMAS);

  @TempDir Path root;

  private Catalogue base;

  @BeforeEach
  void load() {
    Fixtures.smallCatalogue(root);
    base = new CatalogueLoader(SCHEMAS).load(root).catalogue();
  }

  /** The fixtures hold Java values; a document as the API or a file gives it holds JSON nodes. */
  private static ObjectNode json(ObjectNode fixture) {
    try {
      return (ObjectNode) CanonicalJson.read(CanonicalJson.pretty(fixture));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * What loading the folder says after writing {@code entity} as a file: the reference for the
   * checker.
   */
  private List<String> loaderProblems(Kind kind, String fileName, ObjectNode entity) {
    Fixtures.write(root, kind, fileName, entity);
    return new CatalogueLoader(SCHEMAS)
        .load(root).problems().stream().map(Problem::toString).toList();
  }

  @Test
  @DisplayName(
      "a change that breaks schema, id and references gets exactly the problems loading the file would give")
  void sameProblemsAsTheLoader() {
    ObjectNode broken =
        json(Fixtures.offering("eu-api", "nobody", List.of("ghost"), List.of("Mars")));
    broken.put("colour", "blue");
    List<String> fromChecker =
        checker.put(base, Kind.OFFERING, "eu-api", broken).problems().stream()
            .map(Problem::toString)
            .sorted()
            .toList();
    List<String> fromLoader =
        loaderProblems(Kind.OFFERING, "eu-api.json", broken).stream().sorted().toList();
    assertFalse(fromChecker.isEmpty());
    assertEquals(fromLoader, fromChecker);
  }

  @Test
  @DisplayName(
      "an id that differs from the address is reported as loading reports a file name mismatch")
  void idMustMatch() {
    ObjectNode other = json(Fixtures.supplier("elsewhere", "NL", "none", List.of()));
    LoadResult result = checker.put(base, Kind.SUPPLIER, "eu-host", other);
    assertNull(result.catalogue());
    assertEquals(
        List.of(
            new Problem(
                "suppliers/eu-host.json",
                "/id",
                "id \"elsewhere\" does not match the file name; expected \"eu-host\"")),
        result.problems());
  }

  @Test
  @DisplayName("a parent chain that would loop is caught, as the loader catches it")
  void parentCycle() {
    Catalogue withParent =
        checker
            .put(
                base,
                Kind.SUPPLIER,
                "us-cloud",
                json(Fixtures.supplier("us-cloud", "US", "eu-host", List.of())))
            .catalogue();
    LoadResult loop =
        checker.put(
            withParent,
            Kind.SUPPLIER,
            "eu-host",
            json(Fixtures.supplier("eu-host", "FR", "us-cloud", List.of())));
    assertFalse(loop.ok());
    assertTrue(
        loop.problems().stream().anyMatch(p -> p.message().startsWith("parent chain loops back")),
        loop.problems()::toString);
  }

  @Test
  @DisplayName("a valid change gives a new catalogue with a new version; the old one is untouched")
  void validChange() throws IOException {
    ObjectNode changed =
        json(Fixtures.offering("eu-api", "eu-host", List.of("open-model"), List.of("DE")));
    LoadResult result = checker.put(base, Kind.OFFERING, "eu-api", changed);
    assertTrue(result.ok(), result.problems()::toString);
    assertNotEquals(base.version(), result.catalogue().version());
    assertEquals(
        "FR",
        base.find(Kind.OFFERING, "eu-api")
            .orElseThrow()
            .json()
            .at("/processingLocations/value/0")
            .asText());
    assertSame(changed, result.catalogue().find(Kind.OFFERING, "eu-api").orElseThrow().json());
    // The same content loaded from files has the same version: the checker builds what the loader
    // would.
    Fixtures.write(root, Kind.OFFERING, changed);
    assertEquals(
        new CatalogueLoader(SCHEMAS).load(root).catalogue().version(),
        result.catalogue().version());
  }

  @Test
  @DisplayName(
      "removing an entity others name fails with the loader's reference problems; referrers come from the same walk")
  void removeReferenced() {
    LoadResult result = checker.remove(base, Kind.MODEL, "open-model");
    assertFalse(result.ok());
    assertEquals(
        List.of(
            "offerings/eu-api.json: /models/0: unknown model \"open-model\": there is no "
                + "models/open-model.json",
            "offerings/us-api.json: /models/0: unknown model \"open-model\": there is no models/open-model.json"),
        result.problems().stream().map(Problem::toString).toList());
    List<Reference> referrers = CatalogueChecker.referrers(base, Kind.MODEL, "open-model");
    assertEquals(
        List.of("eu-api /models/0", "us-api /models/0"),
        referrers.stream().map(r -> r.from().id() + " " + r.pointer()).toList());
    assertTrue(checker.remove(base, Kind.OFFERING, "eu-api").ok());
    assertEquals(List.of(), CatalogueChecker.referrers(base, Kind.OFFERING, "eu-api"));
  }

  @Test
  @DisplayName("the id rule in code is the one in the schema")
  void idRuleMatchesSchema() throws IOException {
    var id =
        new ObjectMapper()
            .readTree(getClass().getClassLoader().getResourceAsStream("schemas/fact.schema.json"))
            .at("/$defs/id");
    assertEquals(id.path("pattern").asText(), Ids.PATTERN);
    assertEquals(id.path("maxLength").asInt(), Ids.MAX_LENGTH);
    assertTrue(Ids.valid("mistral-small-3"));
    for (String bad : List.of("", "../x", "A", "a--b", "-a", "a-", "a/b", "a.b", "x".repeat(65))) {
      assertFalse(Ids.valid(bad), bad);
    }
  }
}
