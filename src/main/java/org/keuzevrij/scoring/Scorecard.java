package org.keuzevrij.scoring;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Reason;

/**
 * Collects one criterion's points, rationale lines, evidence and unknown facts. A criterion is a
 * rubric of sub-items whose maxima add up to 100, so the score is simply the points earned; every
 * line says how many points it gave.
 */
public final class Scorecard {

  private final String criterion;
  private final List<Line> lines = new ArrayList<>();
  private final Map<String, Evidence> evidence = new LinkedHashMap<>();
  private final Map<String, Unknown> unknowns = new LinkedHashMap<>();
  private final Map<String, Double> stakes = new LinkedHashMap<>();
  private double points;
  private double max;
  private String model;
  private Choice choice;

  /**
   * @param criterion the criterion or knock-out rule the card belongs to, which its unknown facts
   *     name
   */
  public Scorecard(String criterion) {
    this.criterion = criterion;
  }

  /**
   * A sub-item worth up to {@code max} that earned {@code earned}, resting on one catalogue fact.
   */
  public void award(double earned, double max, Fact fact, String nl, String en) {
    award(earned, max, fact, new Phrase(nl, en));
  }

  public void award(double earned, double max, Fact fact, Phrase phrase) {
    use(fact);
    award(earned, max, phrase, fact.source());
  }

  /** A sub-item resting on a derived fact or on several facts named in detail lines. */
  public void award(double earned, double max, String nl, String en, String source) {
    award(earned, max, new Phrase(nl, en), source);
  }

  public void award(double earned, double max, Phrase phrase, String source) {
    award(earned, max, phrase, source, null);
  }

  private void award(double earned, double max, Phrase phrase, String source, Worst worst) {
    points += earned;
    this.max += max;
    lines.add(
        new Line(
            phrase.nl(),
            phrase.en(),
            phrase.quote(),
            source,
            Numbers.compact(earned),
            Numbers.compact(max),
            0,
            worst,
            null));
  }

  /**
   * An unknown fact: it earns nothing (the worst value), is flagged, and becomes a question for the
   * supplier.
   */
  public void worst(double max, Fact fact, String nl, String en) {
    flag(fact);
    stakes.merge(fact.ref(), max, Double::sum);
    Worst worst = Worst.of(fact);
    award(0, max, new Phrase(nl + worst.nl(), en + worst.en()), fact.source(), worst);
  }

  public void worst(double max, Fact fact, Phrase phrase) {
    worst(max, fact, phrase.nl(), phrase.en());
  }

  /**
   * Records an unknown fact and its question without a line of its own, e.g. one of several behind
   * a derived fact.
   */
  public void flag(Fact fact) {
    use(fact);
    unknowns.computeIfAbsent(
        fact.ref(),
        ref ->
            new Unknown(
                ref,
                fact.subject(),
                Questions.about(fact),
                List.of(criterion),
                fact.unknownReason()));
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
    evidence.computeIfAbsent(fact.ref(), ref -> fact.evidence());
  }

  public void derived(Entity entity, String name, Derivation derivation) {
    String ref = "derived:" + entity.kind().folder() + "/" + entity.id() + "#" + name;
    evidence.putIfAbsent(
        ref, new Evidence(ref, JsonNodeFactory.instance.pojoNode(derivation.value()), null, null));
  }

  /** A line of its own without points, such as a model's verdict in the fit check. */
  public void heading(String nl, String en) {
    lines.add(new Line(nl, en, null, null, null, null, 0));
  }

  /** Takes over a part's lines and evidence, and its unknown facts if {@code withUnknowns}. */
  void take(Scorecard part, boolean withUnknowns) {
    lines.addAll(part.lines);
    part.evidence.forEach(evidence::putIfAbsent);
    if (withUnknowns) {
      part.unknowns.forEach(unknowns::putIfAbsent);
    }
  }

  /** An explanation of the line above, without points. */
  public void detail(String nl, String en, String source) {
    lines.add(new Line(nl, en, null, source, null, null, 1));
  }

  public void details(List<Reason> reasons) {
    for (Reason reason : reasons) {
      detail(reason.nl(), reason.en(), reason.source());
    }
  }

  /**
   * Counts the weakest model's share of the rubric, scored by {@code rubric} on a card of its own
   * per model: the city depends on every model in the offering, so it is as open (or as documented,
   * or as efficient) as its least open model. Every model's evidence and unknowns still count.
   */
  public void weakestModel(Option option, BiConsumer<Scorecard, Entity> rubric) {
    List<Scorecard> parts = new ArrayList<>(option.models().size());
    for (Entity model : option.models()) {
      parts.add(option.shared().of(criterion, model, rubric));
    }
    countOne(
        option.models(),
        parts,
        true,
        "Het zwakste van {0} modellen telt, omdat de gemeente van alle modellen afhangt: ",
        "The weakest of {0} models counts, because the city depends on all of them: ");
  }

  /**
   * Counts the best model's share of the rubric, for a criterion about the job: the city uses the
   * model of the offering that suits the job best. The others' evidence still counts. Each model's
   * share is scored once per evaluation and {@code variant} (what else the rubric reads).
   */
  public void bestModel(
      Option option, List<Entity> models, String variant, BiConsumer<Scorecard, Entity> rubric) {
    List<Scorecard> parts = new ArrayList<>(models.size());
    for (Entity model : models) {
      parts.add(option.shared().of(criterion, variant, model, rubric));
    }
    countOne(
        models,
        parts,
        false,
        "Het best passende van {0} modellen telt, omdat de gemeente dat voor dit werk gebruikt: ",
        "The best-fitting of {0} models counts, because the city uses it for this job: ");
  }

  private void countOne(
      List<Entity> models, List<Scorecard> parts, boolean weakest, String nl, String en) {
    int chosenIndex = 0;
    for (int i = 1; i < parts.size(); i++) {
      double points = parts.get(i).points;
      double chosenPoints = parts.get(chosenIndex).points;
      if (weakest ? points < chosenPoints : points > chosenPoints) {
        chosenIndex = i;
      }
    }
    Scorecard chosen = parts.get(chosenIndex);
    model = models.get(chosenIndex).id();
    count(chosen);
    if (models.size() > 1) {
      int said = lines.size();
      String name = models.get(chosenIndex).name();
      String count = String.valueOf(models.size());
      lines.add(
          new Line(
              nl.replace("{0}", count)
                  + name
                  + " ("
                  + Numbers.nl(chosen.points)
                  + " van "
                  + Numbers.nl(chosen.max)
                  + " punten)",
              en.replace("{0}", count)
                  + name
                  + " ("
                  + Numbers.en(chosen.points)
                  + " of "
                  + Numbers.en(chosen.max)
                  + " points)",
              null,
              null,
              null,
              null,
              0));
      others(models, parts, chosenIndex);
      List<Choice.Share> shares = new ArrayList<>();
      for (int i = 0; i < models.size(); i++) {
        shares.add(
            new Choice.Share(
                models.get(i).id(),
                models.get(i).name(),
                Numbers.compact(parts.get(i).points),
                Numbers.compact(parts.get(i).max)));
      }
      choice = new Choice(weakest, shares, lines.subList(said, lines.size()));
    }
    chosen.lines.forEach(line -> lines.add(line.of(model)));
    parts.forEach(this::keepFacts);
  }

  /**
   * The points of the models that do not count, on one line under the one that does: "The other
   * models, of 80 points: A 13.13; B 41.88".
   */
  private void others(List<Entity> models, List<Scorecard> parts, int chosenIndex) {
    List<String> nl = new ArrayList<>();
    List<String> en = new ArrayList<>();
    boolean sameMax = parts.stream().mapToDouble(p -> p.max).distinct().count() == 1;
    for (int i = 0; i < models.size(); i++) {
      Scorecard part = parts.get(i);
      if (i == chosenIndex) {
        continue;
      }
      String name = models.get(i).name();
      nl.add(
          name
              + (sameMax
                  ? " " + Numbers.nl(part.points)
                  : ": " + Numbers.nl(part.points) + " van " + Numbers.nl(part.max) + " punten"));
      en.add(
          name
              + (sameMax
                  ? " " + Numbers.en(part.points)
                  : ": " + Numbers.en(part.points) + " of " + Numbers.en(part.max) + " points"));
    }
    if (nl.isEmpty()) {
      return;
    }
    detail(
        (sameMax
                ? "De andere modellen, van " + Numbers.nl(parts.get(0).max) + " punten: "
                : "De andere modellen: ")
            + String.join("; ", nl),
        (sameMax
                ? "The other models, of " + Numbers.en(parts.get(0).max) + " points: "
                : "The other models: ")
            + String.join("; ", en),
        null);
  }

  /**
   * Adds the share of the rubric that reads only the option's supplier, scored by {@code rubric}
   * once per evaluation, as if it were scored on this card.
   */
  public void supplierPart(Option option, BiConsumer<Scorecard, Entity> rubric) {
    Scorecard part = option.shared().of(criterion, option.supplier(), rubric);
    count(part);
    lines.addAll(part.lines);
    keepFacts(part);
  }

  /**
   * Counts a part's points towards this card, with the points its unknown facts could still earn:
   * only a counted part's unknowns can raise the score by being known.
   */
  private void count(Scorecard part) {
    points += part.points;
    max += part.max;
    part.stakes.forEach((fact, stake) -> stakes.merge(fact, stake, Double::sum));
  }

  /** Takes over a part's evidence and unknown facts; each fact counts once. */
  private void keepFacts(Scorecard part) {
    part.evidence.forEach(evidence::putIfAbsent);
    part.unknowns.forEach(unknowns::putIfAbsent);
  }

  public List<Line> lines() {
    return List.copyOf(lines);
  }

  public List<Evidence> evidence() {
    return List.copyOf(evidence.values());
  }

  public List<Unknown> unknowns() {
    return List.copyOf(unknowns.values());
  }

  /**
   * The score out of 100, rounded to one decimal, with its explanation; every rubric's maxima add
   * up to 100.
   */
  public Assessment assessment() {
    if (Math.abs(max - 100) > 1e-9) {
      throw new IllegalStateException(criterion + " rubric adds up to " + max + ", not 100");
    }
    return new Assessment(
        criterion,
        Numbers.round(points, 1),
        lines(),
        evidence(),
        unknowns(),
        Map.copyOf(stakes),
        model,
        choice);
  }
}
