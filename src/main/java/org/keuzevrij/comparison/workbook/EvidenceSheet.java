package org.keuzevrij.comparison.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.comparison.workbook.DetailSheets.Sources;
import org.keuzevrij.scoring.Assessment;
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
 * sources follow the table, each once with its link. Two things the lines on a page say again and
 * again are said once: a model's share of a criterion, the same under every platform that serves
 * the model, and the unknown facts of an option's criterion, on one line per kind of unknown.
 */
final class EvidenceSheet {

  private EvidenceSheet() {}

  static void write(Sheet sheet, Cells cells, Evaluation evaluation, Language lang) {
    DetailSheets.widths(sheet, 13, 24, 6, 67, 68);
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
        cells.text(row, 0, lang.pick(criterion.nl(), criterion.en()), Style.WRAPPED);
        cells.text(
            row,
            1,
            String.join("\n", group.stream().map(o -> o.option().offering().name()).toList()),
            Style.WRAPPED);
        cells.number(row, 2, assessment.score().doubleValue(), Style.ONE_DECIMAL);
        Rationale rationale = new Rationale(sources, lang);
        rationale.add(assessment.lines(), first, writtenUnder);
        DetailSheets.halves(sheet, cells, row, 3, rationale.lines, rationale.starts);
        RowHeight.fit(row);
      }
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
            "Slechtste waarde: een onbekend feit telt als het slechtste geval.",
            "Worst value: an unknown fact counts as the worst case."),
        Style.SMALL);
    RowHeight.fit(note);
    r = sources.write(sheet, cells, r, new int[] {1, 3, 4}, lang);
    DetailSheets.finish(sheet, 5, table, r, evaluation, lang);
  }

  /** One row's rationale as it prints: its lines, and which of them start a new point. */
  static final class Rationale {
    final List<String> lines = new ArrayList<>();
    final List<Boolean> starts = new ArrayList<>();
    private final Sources sources;
    private final Language lang;
    private final Map<Worst, List<Line>> unknown = new EnumMap<>(Worst.class);

    Rationale(Sources sources, Language lang) {
      this.sources = sources;
      this.lang = lang;
    }

    /**
     * Adds an option's lines for a criterion: a model's share written under an earlier offering
     * ({@code writtenUnder}, which this adds to) as one line that refers to it, a point's detail
     * lines run on after each other ("— A: 13 of 80 points; B: 42 of 80 points"), and the unknown
     * facts without details at the end, on a line per kind of unknown.
     */
    void add(List<Line> all, OptionResult result, Map<List<Line>, String> writtenUnder) {
      String offering = result.option().offering().name();
      boolean detail = false;
      for (int i = 0; i < all.size(); i++) {
        Line line = all.get(i);
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
                  : modelName(result, line.model())
                      + lang.pick(
                          ": onderbouwing als hierboven, bij ", ": its evidence as above, under ")
                      + under;
          // A share of a line or so is shorter than the reference to it.
          if (instead != null && instead.length() < length(part)) {
            add(instead, true);
            detail = false;
            i = end - 1;
            continue;
          }
        }
        boolean hasDetails = i + 1 < all.size() && all.get(i + 1).depth() > 0;
        if (line.worst() != null && line.depth() == 0 && !hasDetails) {
          unknown.computeIfAbsent(line.worst(), k -> new ArrayList<>()).add(line);
          continue;
        }
        String text = text(line);
        if (line.depth() > 0 && detail) {
          lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "; " + text.substring(2));
        } else {
          add(text, line.depth() == 0);
        }
        detail = line.depth() > 0;
      }
      for (Map.Entry<Worst, List<Line>> kind : unknown.entrySet()) {
        List<String> items = new ArrayList<>();
        String model = null;
        for (Line item : kind.getValue()) {
          String text = item.bare(lang == Language.NL);
          // "Mistral NeMo 12B: Data card (0/20); Technical report (0/15)": the model's name once.
          String prefix = item.model() == null ? null : modelName(result, item.model()) + ": ";
          if (prefix != null && prefix.equals(model) && text.startsWith(prefix)) {
            text = text.substring(prefix.length());
          }
          model = prefix;
          items.add(sources.cite(text + points(item), item.source()));
        }
        Worst worst = kind.getKey();
        add(
            capitalised(lang.pick(worst.shortNl(), worst.shortEn()))
                + lang.pick(", telt als slechtste waarde: ", ", counted as the worst value: ")
                + String.join("; ", items),
            true);
      }
    }

    private int length(List<Line> part) {
      return part.stream().mapToInt(line -> lang.pick(line.nlText(), line.enText()).length()).sum();
    }

    private void add(String line, boolean start) {
      lines.add(line);
      starts.add(start);
    }

    /**
     * A rationale line: "Processing in the EU/EEA: NL (2/2) [3]", a detail line after a dash, an
     * unknown fact's kind in short ("not disclosed: worst value").
     */
    private String text(Line line) {
      String text = lang.pick(line.nlText(), line.enText());
      if (line.worst() != null) {
        text =
            line.bare(lang == Language.NL)
                + " ("
                + lang.pick(line.worst().shortNl(), line.worst().shortEn())
                + lang.pick(": slechtste waarde)", ": worst value)");
      }
      return (line.depth() > 0 ? "\u2014 " : "") + sources.cite(text + points(line), line.source());
    }

    private String points(Line line) {
      return line.scored()
          ? " (" + number(line.points(), lang) + "/" + number(line.max(), lang) + ")"
          : "";
    }
  }

  private static String modelName(OptionResult result, String id) {
    return result.option().models().stream()
        .filter(m -> m.id().equals(id))
        .map(Entity::name)
        .findFirst()
        .orElse(id);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** 1.5 as "1,5" in Dutch and "1.5" in English, without trailing zeros. */
  static String number(BigDecimal value, Language lang) {
    String plain = value.stripTrailingZeros().toPlainString();
    return lang.pick(plain.replace('.', ','), plain);
  }
}
