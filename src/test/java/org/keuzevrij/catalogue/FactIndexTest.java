package org.keuzevrij.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Each entity's facts, resolved once when it is read")
class FactIndexTest {

  private static ObjectNode document(String json) {
    try {
      return (ObjectNode) CanonicalJson.read(json.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("every fact of every bundled entity reads the same from the index as from its document")
  void indexAgreesWithDocuments() {
    LoadResult result = new CatalogueLoader().load(Path.of("catalogue"));
    assertTrue(result.ok(), () -> result.problems().toString());
    int checked = 0;
    for (Kind kind : Kind.values()) {
      for (Entity entity : result.catalogue().all(kind)) {
        for (Map.Entry<String, Reading> entry : entity.facts().entrySet()) {
          Reading walked = Reading.of(entity.json().at(JsonPointer.compile(entry.getKey())));
          assertEquals(walked, entry.getValue(), entity.id() + entry.getKey());
          checked++;
        }
      }
    }
    assertTrue(checked > 1_000, "only " + checked + " facts indexed");
  }

  @Test
  @DisplayName("a sourced fact reads as its value; plain fields, nested objects and escaped names are indexed too")
  void readings() {
    Map<String, Reading> facts = FactIndex.of(document("""
        {"delivery": "hosted-api",
         "pricing": {"value": "usage-based", "source": "https://example.org", "checked": "2026-06-12"},
         "processingLocations": {"value": ["NL", "DE"]},
         "licence": {"osiApproved": {"value": true}, "userThreshold": {"value": 700}},
         "a/b~c": {"value": "unknown"}}
        """));
    assertEquals("hosted-api", facts.get("/delivery").text());
    Reading pricing = facts.get("/pricing");
    assertEquals("usage-based", pricing.text());
    assertEquals("https://example.org", Facts.source(pricing.node()));
    assertFalse(pricing.unknown());
    assertEquals(List.of("NL", "DE"), facts.get("/processingLocations").items());
    assertEquals(Boolean.TRUE, facts.get("/licence/osiApproved").bool());
    assertEquals(700.0, facts.get("/licence/userThreshold").number());
    assertTrue(facts.get("/a~1b~0c").unknown(), "\"unknown\" is unknown");
    assertNull(facts.get("/pricing/value"), "the index stops at sourced facts");
  }

  @Test
  @DisplayName("a fact without an entry is missing, unless it lies inside a sourced fact or a list")
  void unindexed() {
    Entity entity = new Entity(Kind.OFFERING, "o", document("""
        {"pricing": {"value": "usage-based", "source": "https://example.org"},
         "processingLocations": {"value": ["NL", "DE"]},
         "licence": {"osiApproved": {"value": true}}}
        """));
    assertTrue(FactIndex.unindexed(entity, "/pue").unknown());
    assertTrue(FactIndex.unindexed(entity, "/licence/nonCommercial").node().isMissingNode());
    assertTrue(FactIndex.unindexed(entity, "/sealClaims/SOV-1").node().isMissingNode());
    assertEquals("https://example.org", FactIndex.unindexed(entity, "/pricing/source").text());
    assertEquals("DE", FactIndex.unindexed(entity, "/processingLocations/value/1").text());
  }

  @Test
  @DisplayName("a missing or null fact is unknown")
  void missing() {
    Reading missing = Reading.of(document("{}").at("/pue"));
    assertTrue(missing.unknown());
    assertNull(missing.number());
    assertTrue(Reading.of(document("{\"pue\": {\"value\": null}}").at("/pue")).unknown(), "null is unknown");
  }
}
