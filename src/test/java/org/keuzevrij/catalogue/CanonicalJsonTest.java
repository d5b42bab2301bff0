package org.keuzevrij.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Canonical catalogue JSON")
class CanonicalJsonTest {

  @Test
  @DisplayName(
      "matches what a careful hand edit with Python's json.dumps(indent=2, sort_keys=True) gives")
  void sameAsPython() throws IOException {
    String input =
        "{\"g\":\"line\\nbreak\\ttab\",\"b\":[],\"a\":{\"z\":1,\"y\":[1,{\"q\":\"ü & \\\"<x>\\\"\"}]},"
            + "\"c\":{},\"d\":1.5,\"e\":null,\"f\":true}";
    // Produced by: json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    String python =
        "{\n  \"a\": {\n    \"y\": [\n      1,\n      {\n        \"q\": \"ü & \\\"<x>\\\"\"\n      }\n    ],\n"
            + "    \"z\": 1\n  },\n  \"b\": [],\n  \"c\": {},\n  \"d\": 1.5,\n  \"e\": null,\n  \"f\": true,\n"
            + "  \"g\": \"line\\nbreak\\ttab\"\n}\n";
    byte[] pretty =
        CanonicalJson.pretty(CanonicalJson.read(input.getBytes(StandardCharsets.UTF_8)));
    assertEquals(python, new String(pretty, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName(
      "every bundled catalogue file is already in canonical form, so app edits give minimal diffs")
  void bundledFilesAreCanonical() throws IOException {
    List<String> notCanonical = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("catalogue"))) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".json") && !f.startsWith("catalogue/schemas"))
              .toList()) {
        byte[] bytes = Files.readAllBytes(file);
        if (!new String(CanonicalJson.pretty(CanonicalJson.read(bytes)), StandardCharsets.UTF_8)
            .equals(new String(bytes, StandardCharsets.UTF_8))) {
          notCanonical.add(file.toString());
        }
      }
    }
    assertEquals(List.of(), notCanonical);
  }
}
