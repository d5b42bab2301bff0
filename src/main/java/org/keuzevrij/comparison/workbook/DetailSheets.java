package org.keuzevrij.comparison.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.keuzevrij.catalogue.derived.Component;
import org.keuzevrij.scoring.Criteria;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.Fit;
import org.keuzevrij.scoring.KnockOut;
import org.keuzevrij.scoring.Line;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.scoring.Unknown;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Cells;
import org.keuzevrij.xlsx.Hyperlinks;
import org.keuzevrij.xlsx.Palette.Style;
import org.keuzevrij.xlsx.RowHeight;

/**
 * The sheets behind the ranking: the fit check per option with the knock-outs and their reasons
 * under it, every rationale line with its source (the evidence), and the questions for suppliers,
 * one per unknown fact. Ranked options come first, then the knocked-out ones, then (for fit and
 * questions) those that do not fit. What several options or models share is written once with those
 * it concerns, and the fit and evidence lines cite their sources by number, with each link listed
 * once after the table: the workbook for eight options prints on about fifteen pages.
 */
final class DetailSheets {

  private DetailSheets() {}

  static void fit(Sheet sheet, Cells cells, Evaluation evaluation, Language lang) {
    widths(sheet, 28, 12, 40, 48, 48);
    header(
        sheet,
        cells,
        lang.pick("Aanbod", "Offering"),
        lang.pick("Past", "Fit"),
        lang.pick("Modellen", "Models"),
        lang.pick("Nagegaan [bron]", "Checked [source]"),
        lang.pick("Nagegaan, vervolg", "Checked, continued"));
    int r = 1;
    List<OptionResult> all = all(evaluation);
    all.addAll(evaluation.unfit());
    Sources sources = new Sources();
    // Where each model was checked first: a model's check is the same on every platform that
    // serves it, so later platforms name it and its verdict and refer to that offering.
    Map<List<Object>, String> checkedUnder = new HashMap<>();
    for (OptionResult result : all) {
      Fit fit = result.fit();
      String offering = result.option().offering().name();
      String verdict = lang.pick(fit.verdict().nl(), fit.verdict().en());
      List<String> seen = new ArrayList<>();
      Set<String> under = new LinkedHashSet<>();
      // A row per group of models checked alike: the offering and its verdict once, not on each
      // of a hundred lines.
      for (Map.Entry<List<String>, List<String>> group : groups(fit.lines(), sources, lang)) {
        List<String> fresh = new ArrayList<>();
        for (String model : group.getValue()) {
          String first =
              group.getKey().isEmpty()
                  ? null
                  : checkedUnder.putIfAbsent(List.of(model, group.getKey()), offering);
          if (first == null) {
            fresh.add(model);
          } else {
            seen.add(model);
            under.add(first);
          }
        }
        if (!fresh.isEmpty()) {
          Row row = fitRow(sheet, cells, r++, offering, verdict, fresh);
          List<String> details = packed(group.getKey(), sheet.getColumnWidth(3) / 256.0);
          halves(sheet, cells, row, 3, details, details.stream().map(d -> true).toList());
          RowHeight.fit(row);
        }
      }
      if (!seen.isEmpty()) {
        Row row = fitRow(sheet, cells, r++, offering, verdict, seen);
        cells.text(
            row,
            3,
            lang.pick("Nagegaan als hierboven, bij: ", "Checked as above, under: ")
                + String.join("; ", under),
            Style.WRAPPED);
        RowHeight.fit(row);
      }
    }
    int table = r;
    r = sources.write(sheet, cells, r, new int[] {2, 3, 4}, lang);
    r = knockOuts(sheet, cells, r + 1, evaluation, lang);
    finish(sheet, 5, table, r, evaluation, lang);
  }

  private static Row fitRow(
      Sheet sheet, Cells cells, int r, String offering, String verdict, List<String> models) {
    Row row = sheet.createRow(r);
    cells.text(row, 0, offering, Style.WRAPPED);
    cells.text(row, 1, verdict, Style.WRAPPED);
    cells.text(row, 2, String.join("\n", models), Style.WRAPPED);
    return row;
  }

  /**
   * Fit lines as heading lines (a model and its verdict) grouped by their detail lines (the needs
   * checked), each with its source's number, in order.
   */
  static List<Map.Entry<List<String>, List<String>>> groups(
      List<Line> lines, Sources sources, Language lang) {
    Map<List<String>, List<String>> groups = new LinkedHashMap<>();
    String heading = null;
    List<String> details = new ArrayList<>();
    for (Line line : lines) {
      String text = sources.cite(lang.pick(line.nlText(), line.enText()), line.source());
      if (line.depth() > 0) {
        details.add(text);
        continue;
      }
      if (heading != null || !details.isEmpty()) {
        groups.computeIfAbsent(details, k -> new ArrayList<>()).add(heading == null ? "" : heading);
      }
      heading = text;
      details = new ArrayList<>();
    }
    if (heading != null || !details.isEmpty()) {
      groups.computeIfAbsent(details, k -> new ArrayList<>()).add(heading == null ? "" : heading);
    }
    return new ArrayList<>(groups.entrySet());
  }

  /**
   * Short lines run on after each other, "Invoer: tekst [2]; Uitvoer: tekst [1]", where together
   * they still print on one line of a column {@code width} characters wide: a line each left most
   * of the column blank and the rows a line or two taller.
   */
  static List<String> packed(List<String> lines, double width) {
    List<String> packed = new ArrayList<>();
    for (String line : lines) {
      int last = packed.size() - 1;
      if (last >= 0 && RowHeight.lines(packed.get(last) + "; " + line, width, false) == 1) {
        packed.set(last, packed.get(last) + "; " + line);
      } else {
        packed.add(line);
      }
    }
    return packed;
  }

  /**
   * The knock-outs under the fit table from row {@code r}, in its columns: a header row of their
   * own, then a row per reason with its rule and source (the verdict column stays empty). Returns
   * the row after them.
   */
  static int knockOuts(Sheet sheet, Cells cells, int r, Evaluation evaluation, Language lang) {
    Row header = sheet.createRow(r++);
    cells.text(header, 0, lang.pick("Aanbod", "Offering"), Style.HEADER);
    cells.empty(header, 1, Style.HEADER);
    cells.text(header, 2, lang.pick("Knock-out-regel", "Knock-out rule"), Style.HEADER);
    cells.text(header, 3, lang.pick("Reden", "Reason"), Style.HEADER);
    cells.text(header, 4, lang.pick("Bron", "Source"), Style.HEADER);
    RowHeight.fit(header);
    int first = r;
    for (OptionResult result : evaluation.excluded()) {
      for (KnockOut knockOut : result.knockOuts()) {
        for (Line line : knockOut.reasons()) {
          Row row = sheet.createRow(r++);
          cells.text(row, 0, result.option().offering().name(), Style.WRAPPED);
          cells.text(row, 2, lang.pick(knockOut.nl(), knockOut.en()), Style.WRAPPED);
          cells.text(row, 3, lang.pick(line.nlText(), line.enText()), Style.WRAPPED);
          cells.source(row, 4, line.source());
          RowHeight.fit(row);
        }
      }
    }
    if (r == first) {
      Row none = sheet.createRow(r++);
      cells.text(
          none,
          0,
          lang.pick("Geen optie valt af op een knock-out.", "No option fails a knock-out."),
          Style.TEXT);
      RowHeight.fit(none);
    }
    return r;
  }

  /**
   * Lines in two columns side by side, from {@code column}, as a newspaper sets them: the first
   * part in the first, the rest continued in the second, where the two come out most even, before a
   * line that {@code starts} a new point unless a cut between a point and its details, or inside a
   * line of items run on after "; ", evens them out by a line or more. Most lines are short: in one
   * column they would leave half the page blank and the rows twice as tall.
   */
  static void halves(
      Sheet sheet, Cells cells, Row row, int column, List<String> lines, List<Boolean> starts) {
    double width = sheet.getColumnWidth(column) / 256.0;
    int[] heights = new int[lines.size()];
    int total = 0;
    for (int i = 0; i < lines.size(); i++) {
      heights[i] = RowHeight.lines(lines.get(i), width, false);
      total += heights[i];
    }
    List<String> first = lines;
    List<String> second = List.of();
    double best = total;
    int above = 0;
    for (int i = 0; i < lines.size(); i++) {
      // A cut inside a point costs half a line: taken only where it evens the columns out more.
      double cost = Math.max(above, total - above) + (starts.get(i) ? 0 : 0.5);
      if (i > 0 && cost < best) {
        best = cost;
        first = lines.subList(0, i);
        second = lines.subList(i, lines.size());
      }
      String line = lines.get(i);
      int below = total - above - heights[i];
      for (int at = line.indexOf("; "); at > 0; at = line.indexOf("; ", at + 2)) {
        String head = line.substring(0, at + 1);
        // The rest of a detail line keeps its dash, so that it reads as one in the next column.
        boolean detail = line.startsWith(DASH) || line.substring(0, at).contains(" " + DASH);
        String tail = (detail ? DASH : "") + line.substring(at + 2);
        double split =
            Math.max(
                    above + RowHeight.lines(head, width, false),
                    below + RowHeight.lines(tail, width, false))
                + 0.5;
        if (split < best) {
          best = split;
          first = new ArrayList<>(lines.subList(0, i));
          first.add(head);
          second = new ArrayList<>(List.of(tail));
          second.addAll(lines.subList(i + 1, lines.size()));
        }
      }
      above += heights[i];
    }
    cells.text(row, column, String.join("\n", first), Style.WRAPPED);
    cells.text(row, column + 1, String.join("\n", second), Style.WRAPPED);
  }

  /** What a detail line starts with. */
  static final String DASH = "\u2014 ";

  /**
   * A row per unknown fact, grouped by the supplier to ask: a supplier's or a model's fact is asked
   * once for all the options it counts in, not once per option.
   */
  static void questions(Sheet sheet, Cells cells, Evaluation evaluation, Language lang) {
    widths(sheet, 12, 22, 72, 15, 31, 10, 12);
    header(
        sheet,
        cells,
        lang.pick("Leverancier", "Supplier"),
        lang.pick("Over", "About"),
        lang.pick("Vraag", "Question"),
        lang.pick("Telt mee bij", "Counts in"),
        lang.pick("Feit", "Fact"),
        lang.pick("Antwoord", "Answer"),
        lang.pick("Soort onbekend", "Kind of unknown"));
    List<OptionResult> asked = all(evaluation);
    asked.addAll(evaluation.unfit());
    Map<String, Map<String, Asked>> bySupplier = new LinkedHashMap<>();
    // A model's facts are the same whichever offering serves it, so they are asked once, after the
    // suppliers' own questions, rather than again under every platform that serves the model.
    Map<String, Asked> models = new LinkedHashMap<>();
    for (OptionResult result : asked) {
      // A knocked-out option's scores do not count, so of its unknown facts only those its
      // knock-outs rest on are worth asking: an answer could bring it back.
      Predicate<String> counts =
          result.excluded() ? id -> id.startsWith(OptionResult.KNOCK_OUT) : id -> true;
      for (Unknown unknown : result.unknowns()) {
        if (unknown.usedBy().stream().noneMatch(counts)) {
          continue;
        }
        Map<String, Asked> questions =
            unknown.fact().startsWith("models/")
                ? models
                : bySupplier.computeIfAbsent(
                    result.option().supplier().name(), k -> new LinkedHashMap<>());
        Asked entry = questions.computeIfAbsent(unknown.fact(), k -> new Asked(unknown));
        String offering = result.option().offering().name();
        if (!entry.offerings.contains(offering)) {
          entry.offerings.add(offering);
        }
        // A criterion's name with its soft hyphens, for its narrow column.
        unknown.usedBy().stream()
            .filter(counts)
            .map(
                id ->
                    Criteria.find(id)
                        .map(c -> c.hyphenated(lang == Language.NL))
                        .orElseGet(() -> lang.pick(result.usedBy(id).nl(), result.usedBy(id).en())))
            .forEach(entry.countsIn::add);
      }
    }
    int r = 1;
    for (var supplier : bySupplier.entrySet()) {
      // Each supplier's questions under a line naming its offerings in the comparison; each
      // question says what it is about (the offering or the supplier).
      Set<String> offerings = supplierOfferings(supplier.getValue());
      r =
          askedOf(
              sheet,
              cells,
              r,
              supplier.getKey(),
              lang.pick("Aanbod", "Offerings"),
              String.join("; ", offerings),
              offerings,
              supplier.getValue(),
              lang);
    }
    if (!models.isEmpty()) {
      r =
          askedOf(
              sheet,
              cells,
              r,
              lang.pick("Modellen", "Models"),
              "",
              lang.pick(
                  "Te vragen aan de leverancier van elk aanbod dat het model levert, of aan de"
                      + " ontwikkelaar van het model",
                  "To ask the supplier of each offering that serves the model, or the model's"
                      + " developer"),
              Set.of(),
              models,
              lang);
    }
    int table = r;
    // The kinds in two words in the table, in full once below it.
    Row legend = sheet.createRow(r + 1);
    cells.text(legend, 0, lang.pick("Soort onbekend", "Kind of unknown"), Style.LABEL);
    RowHeight.fit(legend);
    r += 2;
    for (String reason : List.of("not-disclosed", "not-researched")) {
      Unknown kind = new Unknown(null, null, null, List.of(), reason);
      Row row = sheet.createRow(r++);
      cells.text(row, 0, kind(kind, lang), Style.WRAPPED);
      cells.text(row, 2, lang.pick(kind.reasonNl(), kind.reasonEn()), Style.WRAPPED);
      RowHeight.fit(row);
    }
    finish(sheet, 7, table, r, evaluation, lang);
  }

  /**
   * One addressee's questions from row {@code r} on, under a heading row; returns the next free
   * row. {@code listed} are the offerings the heading names.
   */
  private static int askedOf(
      Sheet sheet,
      Cells cells,
      int r,
      String addressee,
      String about,
      String heading,
      Set<String> listed,
      Map<String, Asked> asked,
      Language lang) {
    Row top = sheet.createRow(r++);
    cells.text(top, 0, addressee, Style.LABEL);
    cells.text(top, 1, about, Style.LABEL);
    cells.text(top, 2, heading, Style.LABEL);
    RowHeight.fit(top);
    for (Block block : blocks(alike(asked.values(), lang), lang)) {
      Row row = sheet.createRow(r++);
      cells.text(row, 0, addressee, Style.WRAPPED);
      cells.text(row, 1, block.about(listed, lang), Style.WRAPPED);
      cells.text(row, 2, block.questions(listed, lang), Style.WRAPPED);
      cells.text(
          row,
          3,
          RowHeight.hyphenated(block.countsIn, sheet.getColumnWidth(3) / 256.0, false),
          Style.WRAPPED);
      cells.text(row, 4, block.facts(), Style.WRAPPED);
      cells.empty(row, 5, Style.INPUT);
      if (block.unknown.reason() != null) {
        cells.text(row, 6, kind(block.unknown, lang), Style.WRAPPED);
      } else {
        cells.empty(row, 6, Style.TEXT);
      }
      RowHeight.fit(row);
    }
    return r;
  }

  /**
   * A supplier's questions grouped where they ask the same of several models or offerings: the same
   * fact (the part after #), the same kind of unknown, and the same question once the subject's
   * name is taken out. Eight models' data cards are one question, not eight.
   */
  static List<List<Asked>> alike(Collection<Asked> asked, Language lang) {
    Map<List<String>, List<Asked>> groups = new LinkedHashMap<>();
    for (Asked entry : asked) {
      Unknown unknown = entry.unknown;
      String fact = unknown.fact();
      int hash = fact.indexOf('#');
      int slash = fact.indexOf('/');
      String text = lang.pick(unknown.question().nl(), unknown.question().en());
      String subject = unknown.subject();
      String generic =
          subject == null || subject.isEmpty() ? text : text.replace(subject, "\u0000");
      groups
          .computeIfAbsent(
              Arrays.asList(
                  slash < 0 ? fact : fact.substring(0, slash),
                  hash < 0 ? fact : fact.substring(hash),
                  generic,
                  String.valueOf(unknown.reason())),
              k -> new ArrayList<>())
          .add(entry);
    }
    return new ArrayList<>(groups.values());
  }

  /** Every offering a supplier's questions concern. */
  private static Set<String> supplierOfferings(Map<String, Asked> asked) {
    Set<String> all = new LinkedHashSet<>();
    asked.values().forEach(a -> all.addAll(a.offerings));
    return all;
  }

  /**
   * Questions on one row: about the same subjects, counting in the same criteria, of the same kind
   * and on facts under the same part of the same entities, such as a model's eight openness parts
   * or an offering's exit terms. The supplier answers them together.
   */
  static final class Block {
    private final Unknown unknown;
    private final String subjects;
    private final List<String> names;
    private final Set<String> offerings = new LinkedHashSet<>();
    private boolean offeringFacts = true;
    private final String countsIn;
    private final String base;
    private final String parent;
    private final List<String> questions = new ArrayList<>();
    private final List<String> leaves = new ArrayList<>();

    /** The subject as the questions name it: a model's name, or "each of these models". */
    private String subject;

    private Block(
        Unknown unknown, List<String> names, String countsIn, String base, String parent) {
      this.unknown = unknown;
      this.names = names;
      this.subjects = String.join(", ", names);
      this.countsIn = countsIn;
      this.base = base;
      this.parent = parent;
    }

    /**
     * What the questions are about: "the offerings above" when they ask of exactly the offerings
     * {@code listed} in the supplier's heading, their names when they ask of some of them, of the
     * supplier or of models.
     */
    String about(Set<String> listed, Language lang) {
      if (!above(listed)) {
        // Several names go under the questions, where the line is wide: in this narrow column a
        // dozen models' names would make the row as tall as the list.
        return names.size() > 1 ? count(lang) : subjects;
      }
      return listed.size() == 1
          ? lang.pick("het aanbod hierboven", "the offering above")
          : lang.pick("het aanbod hierboven", "the offerings above");
    }

    /**
     * The row's questions, run on, and several models' names on a line under them; a model's
     * unknown openness parts as one question that names them, not one question a part.
     */
    String questions(Set<String> listed, Language lang) {
      String asked = asked(lang);
      return names.size() > 1 && !above(listed) ? asked + "\n" + String.join("; ", names) : asked;
    }

    /** Whether the questions ask of exactly the offerings {@code listed} in the heading. */
    private boolean above(Set<String> listed) {
      return offeringFacts && offerings.equals(listed);
    }

    /** "13 models", "2 offerings". */
    private String count(Language lang) {
      String folder = unknown.fact().substring(0, Math.max(unknown.fact().indexOf('/'), 0));
      String n = names.size() + " ";
      return switch (folder) {
        case "models" -> n + lang.pick("modellen", "models");
        case "suppliers" -> n + lang.pick("leveranciers", "suppliers");
        case "offerings" -> n + lang.pick("aanbiedingen", "offerings");
        default -> subjects;
      };
    }

    private String asked(Language lang) {
      List<Component> parts = new ArrayList<>();
      for (String leaf : parent.equals("#/openness") ? leaves : List.<String>of()) {
        Arrays.stream(Component.values())
            .filter(c -> c.field().equals(leaf))
            .findFirst()
            .ifPresent(parts::add);
      }
      if (subject == null || parts.size() < 2 || parts.size() != leaves.size()) {
        // Run on, as the supplier answers them together in one cell: each on a line of its own
        // left the end of most lines blank.
        return String.join(" ", questions);
      }
      List<String> names = parts.stream().map(c -> "'" + lang.pick(c.nl(), c.en()) + "'").toList();
      String list =
          String.join(", ", names.subList(0, names.size() - 1))
              + lang.pick(" en ", " and ")
              + names.get(names.size() - 1);
      return lang.pick(
          "Welke van deze onderdelen van "
              + subject
              + " zijn openbaar, en onder welke licentie: "
              + list
              + "?",
          "Which of these parts of "
              + subject
              + " are published, and under which licence: "
              + list
              + "?");
    }

    /** "models/a#/openness/dataCard, paper", or the one fact. */
    String facts() {
      return base + (parent.isEmpty() ? "" : parent + "/") + String.join(", ", leaves);
    }
  }

  static List<Block> blocks(List<List<Asked>> groups, Language lang) {
    Map<List<String>, Block> blocks = new LinkedHashMap<>();
    for (List<Asked> group : groups) {
      Unknown unknown = group.get(0).unknown;
      List<String> names = group.stream().map(a -> a.unknown.subject()).distinct().toList();
      Set<String> counts = new LinkedHashSet<>();
      group.forEach(a -> counts.addAll(a.countsIn));
      String countsIn = String.join(", ", counts);
      String fact = facts(group);
      int hash = fact.indexOf('#');
      int leaf = fact.lastIndexOf('/');
      String base = hash < 0 ? "" : fact.substring(0, hash);
      String parent = hash < 0 || leaf < hash ? "" : fact.substring(hash, leaf);
      String name = hash < 0 || leaf < hash ? fact : fact.substring(leaf + 1);
      Block block =
          blocks.computeIfAbsent(
              Arrays.asList(
                  String.join(", ", names),
                  countsIn,
                  String.valueOf(unknown.reason()),
                  base,
                  parent),
              k -> new Block(unknown, names, countsIn, base, parent));
      block.questions.add(question(group, lang));
      block.subject = group.size() == 1 ? unknown.subject() : several(unknown, lang);
      block.leaves.add(name);
      for (Asked asked : group) {
        block.offeringFacts &= asked.unknown.fact().startsWith("offerings/");
        block.offerings.addAll(asked.offerings);
      }
    }
    return new ArrayList<>(blocks.values());
  }

  /** The group's question: as asked of its one subject, or of "each of these" for several. */
  private static String question(List<Asked> group, Language lang) {
    Unknown unknown = group.get(0).unknown;
    String text = lang.pick(unknown.question().nl(), unknown.question().en());
    String subject = unknown.subject();
    if (group.size() == 1 || subject == null || subject.isEmpty() || !text.contains(subject)) {
      return text;
    }
    return text.replace(subject, several(unknown, lang));
  }

  /** "each of these models" for the subjects of a group of unknowns like {@code unknown}. */
  private static String several(Unknown unknown, Language lang) {
    String fact = unknown.fact();
    String folder = fact.indexOf('/') < 0 ? "" : fact.substring(0, fact.indexOf('/'));
    return switch (folder) {
      case "models" -> lang.pick("elk van deze modellen", "each of these models");
      case "suppliers" -> lang.pick("elk van deze leveranciers", "each of these suppliers");
      default -> lang.pick("elk van deze", "each of these");
    };
  }

  /** The facts asked for: "models/a, b, c#/openness/dataCard", or the one fact. */
  private static String facts(List<Asked> group) {
    String fact = group.get(0).unknown.fact();
    int hash = fact.indexOf('#');
    int slash = fact.indexOf('/');
    if (group.size() == 1 || hash < 0 || slash < 0 || slash > hash) {
      return fact;
    }
    return fact.substring(0, slash + 1)
        + String.join(
            ", ",
            group.stream()
                .map(a -> a.unknown.fact())
                .map(f -> f.substring(f.indexOf('/') + 1, f.indexOf('#')))
                .toList())
        + fact.substring(hash);
  }

  /** The kind of unknown in two words, to fit its column: "not disclosed", "not researched". */
  static String kind(Unknown unknown, Language lang) {
    return unknown.notDisclosed()
        ? lang.pick("niet openbaar", "not disclosed")
        : lang.pick("niet onderzocht", "not researched");
  }

  /** An unknown fact as asked once: the options it concerns and what it counts in for them. */
  static final class Asked {
    private final Unknown unknown;
    private final List<String> offerings = new ArrayList<>();
    private final Set<String> countsIn = new LinkedHashSet<>();

    Asked(Unknown unknown) {
      this.unknown = unknown;
    }
  }

  /**
   * The sources a sheet cites, numbered in order of first citation: a line ends with "[3]", and the
   * list after the table gives each number its link once, where a link column on each of 440
   * evidence lines took a column and a row each.
   */
  static final class Sources {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** {@code text} with its source's number, or as it is without a source. */
    String cite(String text, String url) {
      if (url == null || url.isBlank()) {
        return text;
      }
      return text + " [" + numbers.computeIfAbsent(url, k -> numbers.size() + 1) + "]";
    }

    /**
     * The list from row {@code r}: "Sources" in the first column, and from beside it the numbered
     * links side by side in {@code columns} (not the first), "[3]
     * eur-lex.europa.eu/eli/reg/2024/1689/oj", each cut to its column. Returns the row after it.
     */
    int write(Sheet sheet, Cells cells, int r, int[] columns, Language lang) {
      if (numbers.isEmpty()) {
        return r;
      }
      Row row = null;
      int i = 0;
      for (var entry : numbers.entrySet()) {
        if (i % columns.length == 0) {
          if (row != null) {
            RowHeight.fit(row);
          }
          row = sheet.createRow(r++);
          if (i == 0) {
            cells.text(row, 0, lang.pick("Bronnen", "Sources"), Style.LABEL);
          }
        }
        int column = columns[i++ % columns.length];
        String number = "[" + entry.getValue() + "] ";
        String label =
            Hyperlinks.label(
                entry.getKey(), sheet.getColumnWidth(column) / 256.0 - number.length() + 0.5);
        cells.link(row, column, number + label, entry.getKey(), Style.TEXT, Style.LINK);
      }
      RowHeight.fit(row);
      return r;
    }
  }

  private static List<OptionResult> all(Evaluation evaluation) {
    List<OptionResult> all = new ArrayList<>(evaluation.ranked());
    all.addAll(evaluation.excluded());
    return all;
  }

  static void header(Sheet sheet, Cells cells, String... titles) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < titles.length; c++) {
      cells.text(row, c, titles[c], Style.HEADER);
    }
    RowHeight.fit(row);
  }

  /**
   * Column widths in characters, set before the rows as their heights follow from them; each
   * sheet's add up to what prints one A4 landscape page wide at 8 pt.
   */
  static void widths(Sheet sheet, int... characters) {
    for (int c = 0; c < characters.length; c++) {
      sheet.setColumnWidth(c, characters[c] * 256);
    }
  }

  /**
   * Header frozen, the filter over the table (rows before {@code tableEnd}) and the print area over
   * every row written (before {@code end}).
   */
  static void finish(
      Sheet sheet, int columns, int tableEnd, int end, Evaluation evaluation, Language lang) {
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(tableEnd - 1, 1), 0, columns - 1));
    ComparisonWorkbook.print(sheet, columns, Math.max(end - 1, 1), 0, evaluation, lang);
  }
}
