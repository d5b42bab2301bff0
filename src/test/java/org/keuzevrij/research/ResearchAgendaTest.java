package org.keuzevrij.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keuzevrij.catalogue.CatalogueLoader;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.research.ResearchAgenda.Effect;
import org.keuzevrij.research.ResearchAgenda.Item;

@DisplayName("What to research next, over the bundled catalogue")
class ResearchAgendaTest {

  private static List<ResearchAgenda.Run> runs;
  private static List<Item> items;

  @BeforeAll
  static void load() {
    Snapshot snapshot = Snapshot.of(new CatalogueLoader().load(Path.of("catalogue")).catalogue());
    runs = ResearchAgenda.runs(snapshot);
    items = ResearchAgenda.of(runs);
  }

  @Test
  @DisplayName(
      "costs to find: ranked options whose cost is unknown, with the questions that settle it;"
          + " BigQuery ML, priced per TiB processed (a unit the catalogue lacks), is one of them")
  void costGaps() {
    List<ResearchAgenda.CostGap> gaps = ResearchAgenda.costGaps(runs);
    assertFalse(gaps.isEmpty());
    for (ResearchAgenda.CostGap gap : gaps) {
      assertFalse(gap.questions().isEmpty(), gap.option().id());
      assertTrue(gap.option().rank() != null, "only ranked options: " + gap.option().id());
    }
    assertTrue(
        gaps.stream()
            .anyMatch(
                g ->
                    g.useCase().id().equals("predictive-maintenance")
                        && g.option().id().equals("google-bigquery-ml-timesfm-eu")),
        gaps.stream().map(g -> g.useCase().id() + "/" + g.option().id()).toList().toString());
  }

  private static Item item(String fact) {
    return items.stream()
        .filter(i -> i.unknown().fact().equals(fact))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + fact));
  }

  @Test
  @DisplayName(
      "Loghi's unknown licence terms could lift the knock-out that keeps it from reading the"
          + " archives")
  void knockOutFact() {
    Item loghi = item("models/loghi-htr-generic#/licence/excludesEuOrganisations");
    assertTrue(
        loghi.effects().stream()
            .anyMatch(
                e ->
                    e.kind() == Effect.Kind.KNOCK_OUT
                        && e.useCase().id().equals("reading-old-archives")
                        && e.offering().id().equals("self-hosted-loghi-htr-generic")),
        loghi.effects().toString());
    assertTrue(loghi.decisions() >= 1);
  }

  @Test
  @DisplayName("facts that could change a decision come first, then by points at stake")
  void order() {
    assertFalse(items.isEmpty());
    for (int i = 1; i < items.size(); i++) {
      Item before = items.get(i - 1);
      Item after = items.get(i);
      assertTrue(
          before.decisions() > after.decisions()
              || before.decisions() == after.decisions() && before.points() >= after.points(),
          before.unknown().fact() + " before " + after.unknown().fact());
    }
    assertTrue(items.get(0).decisions() > 0);
  }

  @Test
  @DisplayName(
      "an unknown scored as the worst value puts its weighted points at stake: an unknown switching"
          + " charge of a ranked offering is worth points of its total")
  void pointsAtStake() {
    Item points =
        items.stream().filter(i -> i.decisions() == 0 && i.points() > 0).findFirst().orElseThrow();
    assertTrue(points.points() < 100, "a share of the total, not of a criterion");
    assertEquals(
        points.points(), points.effects().stream().mapToDouble(Effect::points).sum(), 1e-9);
  }
}
