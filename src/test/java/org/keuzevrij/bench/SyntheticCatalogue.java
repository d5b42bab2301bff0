package org.keuzevrij.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.catalogue.Kind;

/** Writes a large, valid catalogue for benchmarks: real-sized entities, every reference resolvable. */
public final class SyntheticCatalogue {

  private SyntheticCatalogue() {}

  public static Path write(Path root, int suppliers, int models, int offerings) {
    for (int s = 0; s < suppliers; s++) {
      // Every tenth supplier is a subsidiary, so parent chains are walked too.
      String parent = s % 10 == 9 ? "supplier-" + (s - 1) : "none";
      List<String> laws = s % 3 == 0 ? List.of("US CLOUD Act (18 U.S.C. 2713)") : List.of();
      Fixtures.write(root, Kind.SUPPLIER, Fixtures.supplier("supplier-" + s, s % 3 == 0 ? "US" : "NL", parent, laws));
    }
    String[] openness = {"open", "partial", "closed", "unknown"};
    for (int m = 0; m < models; m++) {
      Fixtures.write(root, Kind.MODEL, Fixtures.model("model-" + m, openness[m % 4], m % 2 == 0,
          m % 3 == 0 ? "not-released" : "downloadable"));
    }
    for (int o = 0; o < offerings; o++) {
      List<String> offered = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        offered.add("model-" + ((o * 7 + k * 13) % models));
      }
      List<String> places = o % 2 == 0 ? List.of("NL", "DE") : List.of("GLOBAL");
      Fixtures.write(root, Kind.OFFERING, Fixtures.offering("offering-" + o, "supplier-" + (o % suppliers),
          offered.stream().distinct().toList(), places));
    }
    return root;
  }
}
