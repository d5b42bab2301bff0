package org.keuzevrij.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;

/**
 * Writes a large, valid catalogue for benchmarks: real-sized entities, every reference resolvable.
 */
public final class SyntheticCatalogue {

  private SyntheticCatalogue() {}

  public static Path write(Path root, int suppliers, int models, int offerings) {
    for (int s = 0; s < suppliers; s++) {
      // Every tenth supplier is a subsidiary, so parent chains are walked too.
      String parent = s % 10 == 9 ? "supplier-" + (s - 1) : "none";
      List<String> laws = s % 3 == 0 ? List.of("US CLOUD Act (18 U.S.C. 2713)") : List.of();
      Fixtures.write(
          root,
          Kind.SUPPLIER,
          Fixtures.supplier("supplier-" + s, s % 3 == 0 ? "US" : "NL", parent, laws));
    }
    String[] openness = {"open", "partial", "closed", "unknown"};
    for (int m = 0; m < models; m++) {
      ObjectNode model =
          Fixtures.model(
              "model-" + m,
              openness[m % 4],
              m % 2 == 0,
              m % 3 == 0 ? "not-released" : "downloadable");
      capabilities(model, m);
      Fixtures.write(root, Kind.MODEL, model);
    }
    for (int o = 0; o < offerings; o++) {
      List<String> offered = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        offered.add("model-" + ((o * 7 + k * 13) % models));
      }
      List<String> places = o % 2 == 0 ? List.of("NL", "DE") : List.of("GLOBAL");
      ObjectNode offering =
          Fixtures.offering(
              "offering-" + o,
              "supplier-" + (o % suppliers),
              offered.stream().distinct().toList(),
              places);
      prices(offering, o);
      Fixtures.write(root, Kind.OFFERING, offering);
    }
    return root;
  }

  /**
   * Prices that exercise every branch of the cost model: per-token prices in euros, in dollars with
   * VAT not stated, and self-hosting on the profile's GPUs.
   */
  private static void prices(ObjectNode offering, int o) {
    var prices = offering.putArray("prices");
    if (o % 3 == 2) {
      offering.put("delivery", "self-hosted");
      return;
    }
    for (String unit : List.of("million-input-tokens", "million-output-tokens")) {
      ObjectNode line =
          prices
              .addObject()
              .put("unit", unit)
              .put("amount", 0.1 + o % 7)
              .put("currency", o % 3 == 0 ? "EUR" : "USD")
              .put("source", Fixtures.SOURCE)
              .put("checked", Fixtures.CHECKED);
      if (o % 3 == 0) {
        line.put("vatIncluded", false);
      } else {
        line.put("vatIncluded", "unknown");
      }
    }
  }

  /**
   * Chat models with a mix that exercises every branch of the fit check for the residents' chatbot:
   * Dutch supported, only shown by a benchmark score, or unknown; base and instruct models; small
   * and large GPU needs.
   */
  private static void capabilities(ObjectNode model, int m) {
    model.set("tasks", Fixtures.fact(List.of("text-generation")));
    model.set("outputModalities", Fixtures.fact(List.of("text")));
    model.set(
        "languages",
        Fixtures.fact(m % 3 == 0 ? List.of("nl", "en") : m % 3 == 1 ? List.of("en") : "unknown"));
    model.set("instructionTuned", Fixtures.fact(m % 5 != 0));
    ObjectNode memory = model.putObject("gpuMemory");
    memory.set("gigabytes", Fixtures.fact(m % 4 == 0 ? 140 : 16));
    memory.put("precision", "bf16");
    if (m % 2 == 0) {
      model.putObject("quality").set("euroevalMmluNl", Fixtures.fact(30 + m % 60));
    }
  }

  /**
   * Adds what an evaluation needs: the bundled default profile (its own organisation pointed at a
   * synthetic supplier) and the bundled use cases.
   */
  public static Path withScoring(Path root, Path bundled) {
    try {
      ObjectNode profile =
          (ObjectNode)
              CanonicalJson.read(
                  Files.readAllBytes(bundled.resolve("profiles/amsterdam-ai-vision-2024.json")));
      profile.put("ownOrganisation", "supplier-1");
      Fixtures.write(root, Kind.PROFILE, profile);
      try (Stream<Path> useCases = Files.list(bundled.resolve("usecases"))) {
        for (Path useCase : useCases.toList()) {
          Fixtures.write(
              root, Kind.USECASE, (ObjectNode) CanonicalJson.read(Files.readAllBytes(useCase)));
        }
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
