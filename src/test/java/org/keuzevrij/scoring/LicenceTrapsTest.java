package org.keuzevrij.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.scoring.criteria.OpennessCriterion;

@DisplayName("Licence traps of the bundled models show in the openness score")
class LicenceTrapsTest {

  private static Snapshot snapshot;

  @BeforeAll
  static void load() {
    snapshot = Snapshot.of(new CatalogueLoader().load(Path.of("catalogue")).catalogue());
  }

  private static Line licenceLine(String offering) {
    Option option =
        Option.of(
            snapshot,
            snapshot.catalogue().find(Kind.OFFERING, offering).orElseThrow(),
            "gemeente-amsterdam");
    return new OpennessCriterion()
        .assess(option).lines().stream()
            .filter(line -> line.max() != null && line.max().intValue() == 25)
            .findFirst()
            .orElseThrow();
  }

  @Test
  @DisplayName(
      "the AGPL of Ultralytics YOLO11 costs points: services built on it inherit its terms")
  void agpl() {
    Line line = licenceLine("self-hosted-ultralytics-yolo11");
    assertEquals(20, line.points().intValue());
    assertTrue(line.en().contains("inherit its terms (copyleft)"), line.en());
  }

  @Test
  @DisplayName("Moirai's non-commercial weights earn no licence points")
  void nonCommercial() {
    Line line = licenceLine("self-hosted-uni2ts-moirai-1-1");
    assertEquals(0, line.points().intValue());
  }

  @Test
  @DisplayName("an acceptable-use policy costs points too")
  void acceptableUse() {
    Line line = licenceLine("self-hosted-vllm-llama-3-1");
    assertTrue(line.points().intValue() < 15, line.en());
  }
}
