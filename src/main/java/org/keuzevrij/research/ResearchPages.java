package org.keuzevrij.research;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keuzevrij.browse.PagePaths;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.research.ResearchAgenda.CostGap;
import org.keuzevrij.research.ResearchAgenda.Effect;
import org.keuzevrij.research.ResearchAgenda.Item;
import org.keuzevrij.scoring.KnockOuts;
import org.keuzevrij.scoring.Profile;
import org.keuzevrij.scoring.Unknown;
import org.keuzevrij.web.Language;
import org.keuzevrij.web.LanguageChoice;
import org.keuzevrij.web.Messages;
import org.keuzevrij.web.PageRenderer;
import org.keuzevrij.web.WorkPool;

/**
 * {@code /research}: the unknown facts worth researching next, for architects who keep the
 * catalogue true. Worked out on each request from the snapshot: the bundled use cases against every
 * offering, a few evaluations, run on the evaluation pool like the compare page.
 */
public final class ResearchPages {

  public static final String TEMPLATE = "research/agenda";

  /** Enough to plan a week of research; the rest would only lengthen the page. */
  static final int SHOWN = 100;

  private static final int EFFECTS_SHOWN = 4;

  private final SnapshotHolder snapshots;
  private final PageRenderer renderer;
  private final WorkPool evaluations;

  public ResearchPages(SnapshotHolder snapshots, PageRenderer renderer, WorkPool evaluations) {
    this.snapshots = snapshots;
    this.renderer = renderer;
    this.evaluations = evaluations;
  }

  public void page(RoutingContext ctx) {
    Snapshot snapshot = snapshots.get();
    Language language = LanguageChoice.of(ctx);
    Messages messages = renderer.messages();
    evaluations
        .submit(() -> page(snapshot, language, messages))
        .onSuccess(
            page ->
                renderer.send(ctx, 200, TEMPLATE, messages.text(language, "research.title"), page))
        .onFailure(ctx::fail);
  }

  private static Map<String, Object> page(Snapshot snapshot, Language language, Messages messages) {
    List<ResearchAgenda.Run> runs = ResearchAgenda.runs(snapshot);
    List<Item> items = ResearchAgenda.of(runs);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Item item : items.subList(0, Math.min(SHOWN, items.size()))) {
      rows.add(row(item, language, messages));
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("rows", rows);
    page.put("count", items.size());
    page.put("shown", rows.size());
    List<Map<String, Object>> costs = new ArrayList<>();
    for (CostGap gap : ResearchAgenda.costGaps(runs)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("useCase", language.pick(gap.useCase().json().path("name")));
      Entity offering = gap.option().option().offering();
      row.put("offering", offering.name());
      row.put("href", PagePaths.entity(Kind.OFFERING, offering.id()));
      row.put("rank", gap.option().rank());
      row.put("questions", gap.questions().stream().map(q -> q.in(language)).distinct().toList());
      costs.add(row);
    }
    page.put("costs", costs);
    page.put(
        "profile",
        Profile.defaultOf(snapshot.catalogue())
            .map(p -> language.pick(p.entity().json().path("name")))
            .orElse(""));
    return page;
  }

  private static Map<String, Object> row(Item item, Language language, Messages messages) {
    Unknown unknown = item.unknown();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("subject", unknown.subject());
    entityHref(unknown.fact()).ifPresent(href -> row.put("href", href));
    row.put("field", unknown.fact().substring(unknown.fact().indexOf('#') + 1));
    row.put("question", language.pick(unknown.question().nl(), unknown.question().en()));
    if (unknown.reason() != null) {
      row.put("kind", messages.text(language, "unknown.kind." + unknown.reason()));
    }
    row.put("decisions", item.decisions());
    row.put("points", String.format(language.locale(), "%.1f", item.points()));
    List<String> effects = new ArrayList<>();
    for (Effect effect :
        item.effects().subList(0, Math.min(EFFECTS_SHOWN, item.effects().size()))) {
      effects.add(effect(effect, language, messages));
    }
    if (item.effects().size() > EFFECTS_SHOWN) {
      effects.add(messages.text(language, "research.more", item.effects().size() - EFFECTS_SHOWN));
    }
    row.put("effects", effects);
    return row;
  }

  private static String effect(Effect effect, Language language, Messages messages) {
    String useCase = language.pick(effect.useCase().json().path("name"));
    String offering = effect.offering().json().path("name").asText(effect.offering().id());
    return switch (effect.kind()) {
      case KNOCK_OUT ->
          messages.text(
              language,
              "research.effect.knockOut",
              language.pick(
                  KnockOuts.nl(new Profile.KnockOutRule(effect.rule(), 0)),
                  KnockOuts.en(new Profile.KnockOutRule(effect.rule(), 0))),
              offering,
              useCase);
      case FIT -> messages.text(language, "research.effect.fit", offering, useCase);
      case WINNER ->
          messages.text(
              language,
              "research.effect.winner",
              offering,
              useCase,
              String.format(language.locale(), "%.1f", effect.points()));
      case POINTS ->
          messages.text(
              language,
              "research.effect.points",
              String.format(language.locale(), "%.1f", effect.points()),
              offering,
              useCase);
    };
  }

  /** The entity page a fact reference such as {@code offerings/x#/storageLocations} belongs to. */
  private static Optional<String> entityHref(String fact) {
    int slash = fact.indexOf('/');
    int hash = fact.indexOf('#');
    if (slash < 0 || hash < slash) {
      return Optional.empty();
    }
    return Kind.fromFolder(fact.substring(0, slash))
        .map(kind -> PagePaths.entity(kind, fact.substring(slash + 1, hash)));
  }
}
