package org.keuzevrij.scoring;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Reason;

/**
 * Collects one criterion's points, rationale lines, evidence and unknown facts. A criterion is a rubric of sub-items
 * whose maxima add up to 100, so the score is simply the points earned; every line says how many points it gave.
 *
 * <p>A card either explains (lines, evidence, questions) or only scores. Rubrics run the same way on both, so the
 * points are always the ones the explanation gives; a scoring card merely drops what nobody will read when thousands
 * of offerings are ranked.
 */
public final class Scorecard {

  private final String criterion;
  private final boolean explains;
  private final List<Line> lines;
  private final Map<String, Evidence> evidence;
  private final Map<String, Unknown> unknowns;
  private double points;
  private double max;

  private Scorecard(String criterion, boolean explains) {
    this.criterion = criterion;
    this.explains = explains;
    this.lines = explains ? new ArrayList<>() : null;
    this.evidence = explains ? new LinkedHashMap<>() : null;
    this.unknowns = explains ? new LinkedHashMap<>() : null;
  }

  /** A card that keeps every line, fact and question: for the options a person reads. */
  public static Scorecard explaining(String criterion) {
    return new Scorecard(criterion, true);
  }

  /** A card that keeps only the points: for ranking many offerings, where nobody reads the lines. */
  public static Scorecard scoring(String criterion) {
    return new Scorecard(criterion, false);
  }

  public boolean explains() {
    return explains;
  }

  /** A sub-item worth up to {@code max} that earned {@code earned}, resting on one catalogue fact. */
  public void award(double earned, double max, Fact fact, String nl, String en) {
    points += earned;
    this.max += max;
    if (explains) {
      use(fact);
      line(earned, max, nl, en, null, fact.source());
    }
  }

  /**
   * The same, for a line whose text takes work to write (numbers, quotes, lists): it is written only when the card
   * explains.
   */
  public void award(double earned, double max, Fact fact, Supplier<Phrase> wording) {
    points += earned;
    this.max += max;
    if (explains) {
      use(fact);
      Phrase phrase = wording.get();
      line(earned, max, phrase.nl(), phrase.en(), phrase.quote(), fact.source());
    }
  }

  /** A sub-item resting on a derived fact or on several facts named in detail lines. */
  public void award(double earned, double max, String nl, String en, String source) {
    points += earned;
    this.max += max;
    if (explains) {
      line(earned, max, nl, en, null, source);
    }
  }

  /** The same, for a line whose text takes work to write. */
  public void award(double earned, double max, Supplier<Phrase> wording, String source) {
    points += earned;
    this.max += max;
    if (explains) {
      Phrase phrase = wording.get();
      line(earned, max, phrase.nl(), phrase.en(), phrase.quote(), source);
    }
  }

  /** An unknown fact: it earns nothing (the worst value), is flagged, and becomes a question for the supplier. */
  public void worst(double max, Fact fact, String nl, String en) {
    this.max += max;
    if (explains) {
      flag(fact);
      line(0, max, nl + " (onbekend: telt als slechtste waarde)", en + " (unknown: counts as the worst value)", null,
          fact.source());
    }
  }

  /** The same, for a line whose text takes work to write. */
  public void worst(double max, Fact fact, Supplier<Phrase> wording) {
    if (explains) {
      Phrase phrase = wording.get();
      worst(max, fact, phrase.nl(), phrase.en());
    } else {
      this.max += max;
    }
  }

  private void line(double earned, double max, String nl, String en, String quote, String source) {
    lines.add(new Line(nl, en, quote, source, Numbers.compact(earned), Numbers.compact(max), 0));
  }

  /** Records an unknown fact and its question without a line of its own, e.g. one of several behind a derived fact. */
  public void flag(Fact fact) {
    if (explains) {
      use(fact);
      unknowns.putIfAbsent(fact.ref(), new Unknown(fact.ref(), fact.subject(), Questions.about(fact),
          List.of(criterion)));
    }
  }

  /** Evidence when known, flagged as unknown otherwise: for facts behind a derived fact. */
  public void consider(Fact fact) {
    if (fact.unknown()) {
      flag(fact);
    } else {
      use(fact);
    }
  }

  /** Records the fact as evidence without scoring it. */
  public void use(Fact fact) {
    if (explains) {
      evidence.putIfAbsent(fact.ref(), fact.evidence());
    }
  }

  public void derived(Entity entity, String name, Derivation derivation) {
    if (explains) {
      String ref = "derived:" + entity.kind().folder() + "/" + entity.id() + "#" + name;
      evidence.putIfAbsent(ref, new Evidence(ref, JsonNodeFactory.instance.pojoNode(derivation.value()), null, null));
    }
  }

  /** An explanation of the line above, without points. */
  public void detail(String nl, String en, String source) {
    if (explains) {
      lines.add(new Line(nl, en, null, source, null, null, 1));
    }
  }

  public void details(List<Reason> reasons) {
    if (explains) {
      for (Reason reason : reasons) {
        detail(reason.nl(), reason.en(), reason.source());
      }
    }
  }

  /** Adds a finished part, such as one model's or one supplier's share of the rubric, as if scored here. */
  public void include(Fragment fragment) {
    points += fragment.points();
    max += fragment.max();
    if (explains) {
      lines.addAll(fragment.lines());
      merge(fragment);
    }
  }

  /** Adds the part of a rubric that reads only {@code entity}, worked out once per catalogue snapshot. */
  public void include(Option option, Part part, Entity entity) {
    include(option.parts(entity).of(part, option.snapshot(), explains));
  }

  /** Adds a part that only explains (evidence and questions, no points): a scoring card has no use for it. */
  public void explain(Option option, Part part, Entity entity) {
    if (explains) {
      include(option, part, entity);
    }
  }

  /**
   * Counts the weakest model's share of the rubric, each model's share worked out once per catalogue snapshot: the
   * city depends on every model in the offering, so it is as open (or as documented, or as efficient) as its least
   * open model.
   */
  public void weakestModel(Option option, Part part) {
    List<Entity> models = option.models();
    if (models.size() == 1) {
      include(option, part, models.get(0));
      return;
    }
    if (!explains) {
      Fragment weakest = null;
      for (Entity model : models) {
        Fragment fragment = option.parts(model).of(part, option.snapshot(), false);
        weakest = weakest == null || fragment.points() < weakest.points() ? fragment : weakest;
      }
      include(weakest);
      return;
    }
    List<Fragment> fragments = new ArrayList<>(models.size());
    int weakest = 0;
    for (int i = 0; i < models.size(); i++) {
      Fragment fragment = option.parts(models.get(i)).of(part, option.snapshot(), true);
      fragments.add(fragment);
      if (fragment.points() < fragments.get(weakest).points()) {
        weakest = i;
      }
    }
    Fragment chosen = fragments.get(weakest);
    points += chosen.points();
    max += chosen.max();
    String name = models.get(weakest).name();
    lines.add(new Line("Het zwakste van " + models.size() + " modellen telt, omdat de gemeente van alle modellen afhangt: "
        + name + " (" + Numbers.nl(chosen.points()) + " van " + Numbers.nl(chosen.max()) + " punten)",
        "The weakest of " + models.size() + " models counts, because the city depends on all of them: " + name + " ("
            + Numbers.en(chosen.points()) + " of " + Numbers.en(chosen.max()) + " points)", null, null, null, null, 0));
    lines.addAll(chosen.lines());
    for (int i = 0; i < models.size(); i++) {
      Fragment fragment = fragments.get(i);
      if (i != weakest) {
        detail(models.get(i).name() + ": " + Numbers.nl(fragment.points()) + " van " + Numbers.nl(fragment.max())
            + " punten", models.get(i).name() + ": " + Numbers.en(fragment.points()) + " of "
            + Numbers.en(fragment.max()) + " points", null);
      }
      merge(fragment);
    }
  }

  private void merge(Fragment fragment) {
    for (Evidence item : fragment.evidence()) {
      evidence.putIfAbsent(item.fact(), item);
    }
    for (Unknown unknown : fragment.unknowns()) {
      unknowns.putIfAbsent(unknown.fact(), unknown);
    }
  }

  public List<Line> lines() {
    return explains ? List.copyOf(lines) : List.of();
  }

  public List<Evidence> evidence() {
    return explains ? List.copyOf(evidence.values()) : List.of();
  }

  public List<Unknown> unknowns() {
    return explains ? List.copyOf(unknowns.values()) : List.of();
  }

  /** What this card holds so far, to be merged into other cards. */
  public Fragment fragment() {
    return new Fragment(points, max, explains, lines(), evidence(), unknowns());
  }

  /** The score out of 100, rounded to one decimal, as {@link #assessment} gives it. */
  public double score() {
    checkMax();
    // Most scores already are a whole number of tenths; then rounding returns them unchanged, without a BigDecimal.
    double tenths = Math.rint(points * 10);
    return tenths / 10 == points ? points : Numbers.round(points, 1).doubleValue();
  }

  /** The score out of 100, rounded to one decimal, with its explanation; every rubric's maxima add up to 100. */
  public Assessment assessment() {
    if (!explains) {
      throw new IllegalStateException("a scoring card keeps no explanation");
    }
    checkMax();
    return new Assessment(criterion, Numbers.round(points, 1), lines, List.copyOf(evidence.values()),
        List.copyOf(unknowns.values()));
  }

  private void checkMax() {
    if (Math.abs(max - 100) > 1e-9) {
      throw new IllegalStateException(criterion + " rubric adds up to " + max + ", not 100");
    }
  }
}
