package org.keuzevrij.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.LoadResult;
import org.keuzevrij.catalogue.derived.Snapshot;

/**
 * A small catalogue written to a folder, one fact changed at a time by the test, then loaded
 * through the real loader so derived facts are real too. The city's own organisation is supplier
 * {@code city}.
 */
final class TestCatalogue {

  static final String CITY = "city";

  private final Path root;

  TestCatalogue(Path root) {
    this.root = root;
    ObjectNode city = Fixtures.supplier(CITY, "NL", "none", List.of());
    city.set("ownershipType", Fixtures.fact("public-body"));
    Fixtures.write(root, Kind.SUPPLIER, city);
  }

  ObjectNode supplier(String id, String country, String parent, List<String> laws) {
    ObjectNode supplier = Fixtures.supplier(id, country, parent, laws);
    write(Kind.SUPPLIER, supplier);
    return supplier;
  }

  ObjectNode model(String id, String openness, boolean osi, String weights) {
    ObjectNode model = Fixtures.model(id, openness, osi, weights);
    write(Kind.MODEL, model);
    return model;
  }

  ObjectNode offering(String id, String supplier, List<String> models, List<String> locations) {
    ObjectNode offering = Fixtures.offering(id, supplier, models, locations);
    write(Kind.OFFERING, offering);
    return offering;
  }

  /** Writes (or rewrites, after a test changed it) one entity. */
  void write(Kind kind, ObjectNode entity) {
    Fixtures.write(root, kind, entity);
  }

  Snapshot load() {
    LoadResult result = new CatalogueLoader().load(root);
    assertTrue(result.ok(), () -> result.problems().toString());
    return Snapshot.of(result.catalogue());
  }

  /** The option for an offering, with the city as the profile's own organisation. */
  Option option(String offering) {
    Snapshot snapshot = load();
    Entity entity = snapshot.catalogue().find(Kind.OFFERING, offering).orElseThrow();
    return Option.of(snapshot, entity, CITY);
  }

  static ObjectNode set(ObjectNode entity, String field, Object value) {
    entity.set(field, Fixtures.fact(value));
    return entity;
  }

  static ObjectNode setLicence(ObjectNode model, String field, Object value) {
    ((ObjectNode) model.get("licence")).set(field, Fixtures.fact(value));
    return model;
  }

  static UseCase useCase(Object personalData, Object specialCategory, Object fineTuning) {
    ObjectNode json = JsonNodeFactory.instance.objectNode().put("id", "test");
    answer(json, "personalData", personalData);
    answer(json, "specialCategoryData", specialCategory);
    answer(json, "fineTuning", fineTuning);
    return new UseCase("test", json);
  }

  private static void answer(ObjectNode json, String field, Object value) {
    if (value instanceof Boolean bool) {
      json.put(field, bool);
    } else {
      json.put(field, String.valueOf(value));
    }
  }

  static double score(Criterion criterion, Option option) {
    return criterion.assess(option).score().doubleValue();
  }

  static List<String> unknownFacts(Assessment assessment) {
    return assessment.unknowns().stream().map(Unknown::fact).toList();
  }

  static String rationaleEn(Assessment assessment) {
    return String.join(" | ", assessment.lines().stream().map(Line::enText).toList());
  }
}
