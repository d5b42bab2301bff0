package org.keuzevrij.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Versions are published in workbooks, checklists and the API, so the same content must keep its
 * version.
 */
@DisplayName("Content hash")
class ContentHashTest {

  private static JsonNode json(String text) throws IOException {
    return CanonicalJson.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("gives named documents the version they always had")
  void documentsKeepTheirVersion() throws IOException {
    SortedMap<String, JsonNode> documents = new TreeMap<>();
    documents.put(
        "b.json", json("{\"z\":1.50,\"a\":[true,null,\"x\"],\"m\":{\"\u00e9\":\"\u00fc\"}}"));
    documents.put("a.json", json("{\"id\":\"a\",\"n\":-2e3}"));
    assertEquals(
        "1133b9d75ce72546b011d3ae1292e5b7ce626b98ad34289089a35840c64dd70b",
        ContentHash.of(documents));
  }

  @Test
  @DisplayName("gives a catalogue the version it always had, whatever the key order in its files")
  void catalogueKeepsItsVersion() throws IOException {
    String version = "abff3914c7e3f81e9f2033d5948a7fe1b8f9752801e716f076dcf405b9616cff";
    assertEquals(
        version,
        version(
            "{\"name\":\"Acme\",\"id\":\"acme\",\"tags\":[\"a\",1,2.0]}",
            "{\"supplier\":\"acme\",\"id\":\"acme-api\",\"open\":false}"));
    assertEquals(
        version,
        version(
            "{\"tags\":[\"a\",1,2.0],\"id\":\"acme\",\"name\":\"Acme\"}",
            "{\"open\":false,\"id\":\"acme-api\",\"supplier\":\"acme\"}"));
  }

  private static String version(String supplier, String offering) throws IOException {
    Map<Kind, SortedMap<String, Entity>> entities = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      entities.put(kind, new TreeMap<>());
    }
    entities
        .get(Kind.SUPPLIER)
        .put("acme", new Entity(Kind.SUPPLIER, "acme", (ObjectNode) json(supplier)));
    entities
        .get(Kind.OFFERING)
        .put("acme-api", new Entity(Kind.OFFERING, "acme-api", (ObjectNode) json(offering)));
    return ContentHash.of(entities, new HashMap<>());
  }
}
