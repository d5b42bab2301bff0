package org.keuzevrij.comparison.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.comparison.workbook.DetailSheets.Sources;
import org.keuzevrij.scoring.Assessment;
import org.keuzevrij.scoring.Choice;
import org.keuzevrij.scoring.Criteria;
import org.keuzevrij.scoring.Criterion;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.Line;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.scoring.Worst;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Cells;
import org.keuzevrij.xlsx.Palette.Style;
import org.keuzevrij.xlsx.RowHeight;

/**
 * The evidence sheet: a row per criterion and group of ranked options whose assessment of it is the
 * same (self-hosted options share their infrastructure's lines), with the score and every rationale
 * line, the points it earned of its maximum and its source's number, in two columns; the numbered
 * sources follow the table, each once with its link. What the lines on a page would say again and
 * again is said once: a model's share of a criterion, the same under every platform that serves the
 * model; the points of the models that count for no option, in a row after the criterion's options;
 * and the unknown facts of an option's criterion, on one line per kind of unknown.
 */
final class EvidenceSheet {

  private EvidenceSheet() {}

  static void write(Sheet sheet, Cells cells, Evaluation evaluation, Language lang) {
    DetailSheets.widths(sheet, 13, 24, 7, 67, 67);
    DetailSheets.header(
        sheet,
        cells,
        lang.pick("Criterium", "Criterion"),
        lang.pick("Aanbod", "Offering"),
        lang.pick("Score", "Score"),
        lang.pick("Onderbouwing (punten/maximum) [bron]", "Rationale (points/maximum) [source]"),
        lang.pick("Onderbouwing, vervolg", "Rationale, continued"));
    int r = 1;
    Sources sources = new Sources();
    for (Criterion criterion : Criteria.ALL) {
      Map<List<Object>, List<OptionResult>> groups = new LinkedHashMap<>();
      for (OptionResult result : evaluation.ranked()) {
        Assessment assessment = result.assessment(criterion.id());
        List<Object> key = new ArrayList<>();
        key.add(assessment.score());
        key.addAll(assessment.lines());
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(result);
      }
      // Where each model's share of this criterion was written first.
      Map<List<Line>, String> writtenUnder = new HashMap<>();
      for (List<OptionResult> group : groups.values()) {
        OptionResult first = group.get(0);
        Assessment assessment = first.assessment(criterion.id());
        Row row = sheet.createRow(r++);
        cells.text(row, 0, criterionName(sheet, criterion, lang), Style.WRAPPED);
        cells.text(
            row,
            1,
            String.join("\n", group.stream().map(o -> o.option().offering().name()).toList()),
            Style.WRAPPED);
        cells.number(row, 2, assessment.score().doubleValue(), Style.ONE_DECIMAL);
        Rationale rationale = new Rationale(sources, lang, first, sheet.getColumnWidth(3) / 256.0);
        rationale.add(assessment, writtenUnder);
        DetailSheets.halves(sheet, cells, row, 3, rationale.lines, rationale.starts);
        RowHeight.fit(row);
      }
      r = otherModels(sheet, cells, r, criterion, evaluation, lang);
    }
    int table = r;
    if (!evaluation.excluded().isEmpty()) {
      Row excluded = sheet.createRow(r++);
      cells.text(
          excluded,
          3,
          lang.pick(
                  "Opties die op een knock-out afvallen, worden niet gescoord: hun redenen staan op"
                      + " het blad ",
                  "Options that fail a knock-out are not scored: their reasons are on the sheet ")
              + ComparisonWorkbook.fitName(lang)
              + ".",
          Style.SMALL);
      RowHeight.fit(excluded);
    }
    Row note = sheet.createRow(r++);
    cells.text(
        note,
        3,
        lang.pick(
            "Niet openbaar: niet openbaar gemaakt door de leverancier, een bevinding. Niet"
                + " onderzocht: een gat in de catalogus.",
            "Not disclosed: not disclosed by the supplier, a finding. Not researched: a gap in the"
                + " catalogue."),
        Style.SMALL);
    cells.text(
        note,
        4,
        lang.pick(
            "Slechtste waarde: een onbekend feit telt als het slechtste geval. Zwakste model"
                + " telt: de gemeente hangt af van alle modellen.",
            "Worst value: an unknown fact counts as the worst case. Weakest model counts: the city"
                + " depends on all the models."),
        Style.SMALL);
    RowHeight.fit(note);
    r = sources.write(sheet, cells, r, new int[] {1, 3, 4}, lang);
    DetailSheets.finish(sheet, 5, table, r, evaluation, lang);
  }

  /**
   * For a criterion that counts one model of each offering, a row with the points of the models
   * that count for none, each once however many offerings serve it: an offering's row names only
   * the model that counts, with its points.
   */
  private static int otherModels(
      Sheet sheet, Cells cells, int r, Criterion criterion, Evaluation evaluation, Language lang) {
    Set<String> counted = new HashSet<>();
    evaluation.ranked().forEach(result -> counted.add(result.assessment(criterion.id()).model()));
    Map<String, Set<String>> points = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (OptionResult result : evaluation.ranked()) {
      Choice choice = result.assessment(criterion.id()).choice();
      for (Choice.Share share : choice == null ? List.<Choice.Share>of() : choice.shares()) {
        if (!counted.contains(share.model())) {
          points
              .computeIfAbsent(share.name(), k -> new LinkedHashSet<>())
              .add(ofMax(share.points(), share.max(), lang));
        }
      }
    }
    if (points.isEmpty()) {
      return r;
    }
    Row row = sheet.createRow(r);
    cells.text(row, 0, criterionName(sheet, criterion, lang), Style.WRAPPED);
    cells.text(row, 1, lang.pick("De andere modellen", "The other models"), Style.WRAPPED);
    String all =
        String.join(
            "; ",
            points.entrySet().stream()
                .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                .toList());
    DetailSheets.halves(sheet, cells, row, 3, List.of(all), List.of(true));
    RowHeight.fit(row);
    return r + 1;
  }

  /** One row's rationale as it prints: its lines, and which of them start a new point. */
  static final class Rationale {
    final List<String> lines = new ArrayList<>();
    final List<Boolean> starts = new ArrayList<>();
    private final Sources sources;
    private final Language lang;
    private final OptionResult result;
    private final double width;

    /** {@code width}: of a rationale column, in characters. */
    Rationale(Sources sources, Language lang, OptionResult result, double width) {
      this.sources = sources;
      this.lang = lang;
      this.result = result;
      this.width = width;
    }

    /**
     * Adds an option's lines for a criterion: which of its models counts in one short line, a
     * model's share written under an earlier offering ({@code writtenUnder}, which this adds to) as
     * one line that refers to it, a point's detail lines run on (see {@link #details}), and the
     * unknown facts without details at the end, on a line per kind of unknown.
     */
    void add(Assessment assessment, Map<List<Line>, String> writtenUnder) {
      List<Line> all = assessment.lines();
      Choice choice = assessment.choice();
      String offering = result.option().offering().name();
      List<Line> details = new ArrayList<>();
      Map<Worst, List<Line>> unknown = new EnumMap<>(Worst.class);
      for (int i = 0; i < all.size(); i++) {
        Line line = all.get(i);
        if (line.depth() == 0) {
          details(details);
        }
        if (choice != null && choice.said().contains(line)) {
          if (line.equals(choice.said().get(0))) {
            add(chosen(choice, assessment.model()), true);
          }
          continue;
        }
        if (line.model() != null && (i == 0 || all.get(i - 1).model() == null)) {
          int end = i;
          while (end < all.size() && all.get(end).model() != null) {
            end++;
          }
          List<Line> part = List.copyOf(all.subList(i, end));
          String under = writtenUnder.putIfAbsent(part, offering);
          String instead =
              under == null
                  ? null
                  : lang.pick(
                          "Onderbouwing van het model als hierboven, bij ",
                          "The model's evidence as above, under ")
                      + under;
          // A share of a line or so is shorter than the reference to it.
          if (instead != null && instead.length() < length(part)) {
            details(details);
            add(instead, true);
            i = end - 1;
            continue;
          }
        }
        boolean hasDetails = i + 1 < all.size() && all.get(i + 1).depth() > 0;
        if (line.worst() != null && line.depth() == 0 && !hasDetails) {
          unknown.computeIfAbsent(line.worst(), k -> new ArrayList<>()).add(line);
        } else if (line.depth() > 0) {
          details.add(line);
        } else {
          add(text(line), true);
        }
      }
      details(details);
      if (unknown.isEmpty()) {
        return;
      }
      // "Counted as the worst value. Not disclosed: Export formats (0/10); Pricing model (0/15).
      // Not researched: Minimum term (0/15)."
      StringBuilder text =
          new StringBuilder(lang.pick("Telt als slechtste waarde.", "Counted as the worst value."));
      for (Map.Entry<Worst, List<Line>> kind : unknown.entrySet()) {
        List<String> items = new ArrayList<>();
        for (Line item : kind.getValue()) {
          items.add(sources.cite(said(item) + points(item), item.source()));
        }
        Worst worst = kind.getKey();
        text.append(' ')
            .append(capitalised(lang.pick(worst.shortNl(), worst.shortEn())))
            .append(": ")
            .append(String.join("; ", items))
            .append('.');
      }
      add(text.toString(), true);
    }

    /**
     * A point's detail lines, run on after each other in one line ("— A: 13 of 80 points; B: 42 of
     * 80 points"), what several models' lines say alike once with the models after it ("Weights can
     * be downloaded freely: gpt-oss-120b [9], Qwen3 [26]"); empties {@code details}.
     */
    private void details(List<Line> details) {
      if (details.isEmpty()) {
        return;
      }
      // What a line says after its model's name, or the line itself if it names no model.
      Map<Object, List<Line>> alike = new LinkedHashMap<>();
      Map<Line, String> modelOf = new HashMap<>();
      for (Line line : details) {
        String text = lang.pick(line.nlText(), line.enText());
        String model =
            line.scored()
                ? null
                : result.option().models().stream()
                    .map(Entity::name)
                    .filter(name -> text.startsWith(name + ": "))
                    .findFirst()
                    .orElse(null);
        Object key = line;
        if (model != null) {
          modelOf.put(line, model);
          key = text.substring(model.length() + 2);
        }
        alike.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
      }
      List<String> items = new ArrayList<>();
      for (Map.Entry<Object, List<Line>> said : alike.entrySet()) {
        List<Line> of = said.getValue();
        items.add(
            of.size() == 1
                ? text(of.get(0))
                : said.getKey()
                    + ": "
                    + String.join(
                        ", ",
                        of.stream().map(l -> sources.cite(modelOf.get(l), l.source())).toList()));
      }
      String run = DetailSheets.DASH + String.join("; ", items);
      details.clear();
      // Run on after its point where that saves a line: "… not subject to foreign laws that compel
      // access to data (50/50) — STACKIT: no extraterritorial law found [10]".
      int last = lines.size() - 1;
      if (last >= 0 && starts.get(last)) {
        String point = lines.get(last);
        String joined = point + " " + run;
        if (RowHeight.lines(joined, width, false)
            < RowHeight.lines(point, width, false) + RowHeight.lines(run, width, false)) {
          lines.set(last, joined);
          return;
        }
      }
      add(run, false);
    }

    /**
     * Which model counts, in short: "Weakest of 6 models counts: Llama 3.3 70B Instruct (9.38/80)";
     * the note under the table says why, and the criterion's last row gives the other models'
     * points.
     */
    private String chosen(Choice choice, String model) {
      Choice.Share share =
          choice.shares().stream().filter(s -> s.model().equals(model)).findFirst().orElseThrow();
      int count = choice.shares().size();
      return (choice.weakest()
              ? lang.pick(
                  "Het zwakste van " + count + " modellen telt: ",
                  "Weakest of " + count + " models counts: ")
              : lang.pick(
                  "Het best passende van " + count + " modellen telt: ",
                  "Best-fitting of " + count + " models counts: "))
          + share.name()
          + " ("
          + ofMax(share.points(), share.max(), lang)
          + ")";
    }

    private int length(List<Line> part) {
      return part.stream().mapToInt(line -> lang.pick(line.nlText(), line.enText()).length()).sum();
    }

    private void add(String line, boolean start) {
      lines.add(line);
      starts.add(start);
    }

    /**
     * A rationale line: "Processing in the EU/EEA: NL (2/2) [3]", an unknown fact's kind in short
     * ("not disclosed: worst value").
     */
    private String text(Line line) {
      String text = said(line);
      if (line.worst() != null) {
        text +=
            " ("
                + lang.pick(line.worst().shortNl(), line.worst().shortEn())
                + lang.pick(": slechtste waarde)", ": worst value)");
      }
      return sources.cite(text + points(line), line.source());
    }

    /**
     * What a line says, without what {@link Line#worst} adds and, in the share of the model that
     * counts, without the model's name in front ("Licence Apache License 2.0 is OSI-approved"): the
     * row names it once, in its offering's name or in the line saying which model counts.
     */
    private String said(Line line) {
      String text =
          line.worst() == null
              ? lang.pick(line.nlText(), line.enText())
              : line.bare(lang == Language.NL);
      String prefix = line.model() == null ? null : modelName(line.model()) + ": ";
      return prefix != null && text.startsWith(prefix)
          ? capitalised(text.substring(prefix.length()))
          : text;
    }

    private String points(Line line) {
      return line.scored() ? " (" + ofMax(line.points(), line.max(), lang) + ")" : "";
    }

    private String modelName(String id) {
      return result.option().models().stream()
          .filter(m -> m.id().equals(id))
          .map(Entity::name)
          .findFirst()
          .orElse(id);
    }
  }

  /** The criterion's name, a long word broken with a hyphen to fit the narrow first column. */
  private static String criterionName(Sheet sheet, Criterion criterion, Language lang) {
    return RowHeight.hyphenated(
        criterion.hyphenated(lang == Language.NL), sheet.getColumnWidth(0) / 256.0, false);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Points of a maximum, "12,5/25" in Dutch and "12.5/25" in English. */
  private static String ofMax(BigDecimal points, BigDecimal max, Language lang) {
    return number(points, lang) + "/" + number(max, lang);
  }

  /** 1.5 as "1,5" in Dutch and "1.5" in English, without trailing zeros. */
  private static String number(BigDecimal value, Language lang) {
    String plain = value.stripTrailingZeros().toPlainString();
    return lang.pick(plain.replace('.', ','), plain);
  }
}
