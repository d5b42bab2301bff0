package org.keuzevrij.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keuzevrij.catalogue.Fixtures.fact;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Loading and validating a catalogue folder")
class CatalogueLoaderTest {

  private static final CatalogueLoader LOADER = new CatalogueLoader();

  @TempDir Path root;

  private List<String> problems() {
    LoadResult result = LOADER.load(root);
    assertFalse(result.ok(), "expected problems");
    assertNull(result.catalogue(), "an invalid catalogue must not be served");
    return result.problems().stream().map(Problem::toString).toList();
  }

  @Test
  @DisplayName("a clean catalogue loads, with every entity and a content hash")
  void cleanCatalogueLoads() {
    Fixtures.smallCatalogue(root);
    LoadResult result = LOADER.load(root);
    assertTrue(result.ok(), () -> result.problems().toString());
    assertEquals(2, result.catalogue().size(Kind.OFFERING));
    assertEquals(64, result.catalogue().version().length());
  }

  @Test
  @DisplayName("entities of a kind come in id order, and an id not in the catalogue is not found")
  void entitiesInIdOrder() {
    Fixtures.smallCatalogue(root);
    Catalogue catalogue = LOADER.load(root).catalogue();
    List<String> ids = catalogue.all(Kind.OFFERING).stream().map(Entity::id).toList();
    assertEquals(ids.stream().sorted().toList(), ids);
    assertTrue(ids.size() > 1, "the fixture has several offerings");
    assertTrue(catalogue.find(Kind.OFFERING, "no-such-offering").isEmpty());
  }

  @Test
  @DisplayName("the version changes with content, not with formatting")
  void versionFollowsContent() throws IOException {
    Fixtures.smallCatalogue(root);
    String before = LOADER.load(root).catalogue().version();
    Path file = root.resolve("models/open-model.json");
    Files.writeString(file, Files.readString(file).replace("\n", "\n  "));
    assertEquals(
        before,
        LOADER.load(root).catalogue().version(),
        "re-indenting must not change the version");
    ObjectNode changed = Fixtures.model("open-model", "open", true, "gated");
    Fixtures.write(root, Kind.MODEL, changed);
    assertNotEquals(before, LOADER.load(root).catalogue().version());
  }

  @Test
  @DisplayName("schema errors name the file, the JSON pointer and what is wrong, all at once")
  void schemaErrorsArePointed() {
    Fixtures.smallCatalogue(root);
    ObjectNode supplier = Fixtures.supplier("eu-host", "France", "none", List.of());
    supplier.remove("legalEntity");
    supplier.set("ownershipType", fact("family-business"));
    supplier.set("dmaGatekeeper", fact(false).put("checked", "12-06-2026"));
    supplier.put("colour", "blue");
    Fixtures.write(root, Kind.SUPPLIER, supplier);
    List<String> problems = problems();
    assertTrue(
        problems.contains(
            "suppliers/eu-host.json: /hqCountry/value: must be an ISO 3166-1 alpha-2 country code"
                + " such as \"NL\", or \"unknown\""),
        problems::toString);
    assertTrue(
        problems.contains(
            "suppliers/eu-host.json: /legalEntity: required property 'legalEntity' not found"),
        problems::toString);
    assertTrue(
        problems.contains(
            "suppliers/eu-host.json: /dmaGatekeeper/checked: must be a date written as YYYY-MM-DD"),
        problems::toString);
    assertTrue(
        problems.stream()
            .anyMatch(p -> p.startsWith("suppliers/eu-host.json: /ownershipType/value: ")),
        problems::toString);
    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith("suppliers/eu-host.json: /colour: ")),
        problems::toString);
  }

  @Test
  @DisplayName("a known value without a source is rejected; an unknown one may go without")
  void knownFactsNeedASource() {
    Fixtures.smallCatalogue(root);
    ObjectNode model = Fixtures.model("open-model", "open", true, "downloadable");
    ((ObjectNode) model.get("generative")).remove("source");
    Fixtures.write(root, Kind.MODEL, model);
    assertEquals(
        List.of("models/open-model.json: /generative/source: required property 'source' not found"),
        problems());
  }

  @Test
  @DisplayName(
      "cross-references: unknown supplier, unknown model and unknown parent are each reported")
  void brokenReferences() {
    Fixtures.smallCatalogue(root);
    Fixtures.write(
        root,
        Kind.OFFERING,
        Fixtures.offering("eu-api", "nobody", List.of("open-model", "ghost"), List.of("FR")));
    Fixtures.write(
        root, Kind.SUPPLIER, Fixtures.supplier("eu-host", "FR", "missing-parent", List.of()));
    assertEquals(
        List.of(
            "offerings/eu-api.json: /supplier: unknown supplier \"nobody\": there is no suppliers/nobody.json",
            "offerings/eu-api.json: /models/1: unknown model \"ghost\": there is no models/ghost.json",
            "suppliers/eu-host.json: /parent/value: unknown supplier \"missing-parent\": there is no suppliers/missing-parent.json"),
        problems());
  }

  @Test
  @DisplayName("a parent chain that loops is reported")
  void parentCycle() {
    Fixtures.smallCatalogue(root);
    Fixtures.write(root, Kind.SUPPLIER, Fixtures.supplier("eu-host", "FR", "us-cloud", List.of()));
    Fixtures.write(root, Kind.SUPPLIER, Fixtures.supplier("us-cloud", "US", "eu-host", List.of()));
    List<String> problems = problems();
    assertTrue(
        problems.contains(
            "suppliers/eu-host.json: /parent/value: parent chain loops back to this supplier: "
                + "eu-host -> us-cloud -> eu-host"),
        problems::toString);
  }

  @Test
  @DisplayName("an id that differs from the file name, and a duplicate id, are reported")
  void idsMatchFileNames() {
    Fixtures.smallCatalogue(root);
    Fixtures.write(
        root, Kind.MODEL, "copy.json", Fixtures.model("open-model", "open", true, "downloadable"));
    List<String> problems = problems();
    assertTrue(
        problems.contains(
            "models/copy.json: /id: id \"open-model\" does not match the file name; expected \"copy\""),
        problems::toString);
    assertTrue(
        problems.contains(
            "models/open-model.json: /id: duplicate id \"open-model\", also used by models/copy.json"),
        problems::toString);
  }

  @Test
  @DisplayName("unreadable, non-JSON and stray files are reported with their location")
  void badFiles() throws IOException {
    Fixtures.smallCatalogue(root);
    Files.writeString(root.resolve("models/broken.json"), "{\"id\": \"broken\",\n \"name\": }");
    Files.writeString(root.resolve("models/empty.json"), "");
    Files.writeString(root.resolve("models/notes.txt"), "todo");
    Files.writeString(root.resolve("models/twice.json"), "{\"id\": \"a\", \"id\": \"b\"}");
    List<String> problems = problems();
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.startsWith("models/broken.json: : not valid JSON: ")
                        && p.endsWith("(line 2, column 10)")),
        problems::toString);
    assertTrue(
        problems.contains("models/empty.json: : file is empty; expected a JSON object"),
        problems::toString);
    assertTrue(
        problems.contains(
            "models/notes.txt: : not a .json file; only <id>.json files belong in models/"),
        problems::toString);
    assertTrue(
        problems.stream()
            .anyMatch(
                p -> p.startsWith("models/twice.json: : not valid JSON: Duplicate field 'id'")),
        problems::toString);
  }

  @Test
  @DisplayName("a missing catalogue folder is a problem, not a crash")
  void missingFolder() {
    LoadResult result = LOADER.load(root.resolve("nope"));
    assertFalse(result.ok());
    assertTrue(result.problems().get(0).message().contains("does not exist"));
  }
}
