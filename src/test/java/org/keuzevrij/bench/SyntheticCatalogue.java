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
      Fixtures.write(
          root,
          Kind.MODEL,
          Fixtures.model(
              "model-" + m,
              openness[m % 4],
              m % 2 == 0,
              m % 3 == 0 ? "not-released" : "downloadable"));
    }
    for (int o = 0; o < offerings; o++) {
      List<String> offered = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        offered.add("model-" + ((o * 7 + k * 13) % models));
      }
      List<String> places = o % 2 == 0 ? List.of("NL", "DE") : List.of("GLOBAL");
      Fixtures.write(
          root,
          Kind.OFFERING,
          Fixtures.offering(
              "offering-" + o,
              "supplier-" + (o % suppliers),
              offered.stream().distinct().toList(),
              places));
    }
    return root;
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
