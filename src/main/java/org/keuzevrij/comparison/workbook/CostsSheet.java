package org.keuzevrij.comparison.workbook;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Reason;
import org.keuzevrij.costs.Cost;
import org.keuzevrij.costs.CostInputs;
import org.keuzevrij.costs.CostLine;
import org.keuzevrij.costs.Costs;
import org.keuzevrij.costs.Factor;
import org.keuzevrij.costs.Input;
import org.keuzevrij.costs.Parameter;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Cells;
import org.keuzevrij.xlsx.Palette.Style;
import org.keuzevrij.xlsx.RowHeight;

/**
 * The live cost sheet: the volume and every parameter of the cost model are input cells, each cost
 * line is a formula over them (the same product of factors the API multiplies out), and price
 * against quality reads the live totals of the Ranking sheet. Changing the volume or a parameter in
 * Excel or LibreOffice recalculates every cost, comparison price and rank. An unknown input holds
 * the text "unknown", so what rests on it shows unknown rather than a cost of zero.
 */
final class CostsSheet {

  static final String NAME_NL = "Kosten";
  static final String NAME_EN = "Costs";

  static final int LOW_COLUMN = 3;
  static final int HIGH_COLUMN = 4;
  static final int SOURCE_COLUMN = 5;

  private CostsSheet() {}

  static void write(
      XSSFSheet sheet, Cells cells, Evaluation evaluation, Costs costs, Language lang) {
    sheet.setColumnWidth(0, 36 * 256);
    sheet.setColumnWidth(1, 14 * 256);
    sheet.setColumnWidth(2, 68 * 256);
    sheet.setColumnWidth(LOW_COLUMN, 13 * 256);
    sheet.setColumnWidth(HIGH_COLUMN, 13 * 256);
    sheet.setColumnWidth(SOURCE_COLUMN, 24 * 256);
    CostInputs inputs = costs.inputs();
    int r = 0;
    cells.text(
        sheet.createRow(r++),
        0,
        lang.pick("Kosten over de looptijd", "Costs over the contract term"),
        Style.TITLE);
    // Two short lines across the empty cells beside them, rather than one wrapped in the first
    // column.
    cells.text(
        sheet.createRow(r++),
        0,
        lang.pick(
            "Pas het volume of een parameter aan in de gele cellen: elke kostenregel, de"
                + " vergelijkingsprijs en de rang rekenen mee. Alleen de parameters die de"
                + " kosten van deze opties gebruiken.",
            "Change the volume or a parameter in the yellow cells: every cost line, comparison"
                + " price and rank recompute. Only the parameters these options' costs use."),
        Style.TEXT);
    cells.text(
        sheet.createRow(r++),
        0,
        lang.pick(
            "Bedragen in "
                + inputs.currency()
                + ", zonder btw. Onbekend blijft onbekend, nooit nul.",
            "Amounts in "
                + inputs.currency()
                + ", without VAT. Unknown stays unknown, never zero."),
        Style.TEXT);
    r++;
    Row head = sheet.createRow(r++);
    cells.text(head, 0, lang.pick("Parameter", "Parameter"), Style.HEADER);
    cells.text(head, 1, lang.pick("Waarde", "Value"), Style.HEADER);
    cells.text(head, 2, lang.pick("Eenheid en herkomst", "Unit and origin"), Style.HEADER);
    cells.text(head, SOURCE_COLUMN, lang.pick("Bron", "Source"), Style.HEADER);
    Map<String, String> refs = new HashMap<>();
    Set<String> used = used(evaluation, costs);
    for (Input input : inputs.all()) {
      if (!used.contains(input.id())) {
        continue;
      }
      Row row = sheet.createRow(r++);
      String id = input.id();
      refs.put(id, "$B$" + (row.getRowNum() + 1));
      boolean derived = input.origin() == Input.Origin.DERIVED;
      cells.text(row, 0, inputs.label(id, lang), Style.WRAPPED);
      if (derived) {
        cells.formula(
            row, 1, "1+" + refs.get(Parameter.VAT_PERCENT.id()) + "/100", Style.TWO_DECIMALS);
      } else if (input.known()) {
        cells.number(row, 1, input.value(), Style.INPUT);
      } else {
        cells.text(row, 1, Facts.UNKNOWN, Style.INPUT);
      }
      String origin = input.origin().in(lang);
      String unit = inputs.unit(id, lang);
      cells.text(row, 2, unit.isEmpty() ? origin : unit + ", " + origin, Style.WRAPPED);
      cells.source(row, SOURCE_COLUMN, input.source());
    }
    r++;
    Row lineHead = sheet.createRow(r++);
    cells.text(lineHead, 0, lang.pick("Optie", "Option"), Style.HEADER);
    cells.text(lineHead, 1, lang.pick("Onderdeel", "Part"), Style.HEADER);
    cells.text(lineHead, 2, lang.pick("Regel", "Line"), Style.HEADER);
    cells.text(lineHead, LOW_COLUMN, lang.pick("Laag", "Low"), Style.HEADER);
    cells.text(lineHead, HIGH_COLUMN, lang.pick("Hoog", "High"), Style.HEADER);
    cells.text(lineHead, SOURCE_COLUMN, lang.pick("Bron", "Source"), Style.HEADER);
    Map<String, Integer> totalRows = new HashMap<>();
    for (OptionResult result : evaluation.ranked()) {
      Cost cost = costs.of(result);
      String name = result.option().offering().name();
      int first = r;
      for (CostLine line : cost.lines()) {
        Row row = sheet.createRow(r++);
        cells.text(row, 1, line.part(), Style.TEXT);
        cells.text(row, 2, line.label().in(lang), Style.WRAPPED);
        cells.source(row, SOURCE_COLUMN, line.source());
        cells.formula(row, LOW_COLUMN, formula(line, refs, false), Style.TWO_DECIMALS);
        cells.formula(row, HIGH_COLUMN, formula(line, refs, true), Style.TWO_DECIMALS);
      }
      for (Reason question : cost.questions()) {
        Row row = sheet.createRow(r++);
        cells.text(row, 1, lang.pick("vraag", "question"), Style.TEXT);
        cells.text(row, 2, question.in(lang), Style.WRAPPED);
        cells.source(row, SOURCE_COLUMN, question.source());
        cells.text(row, LOW_COLUMN, Facts.UNKNOWN, Style.TEXT);
        cells.text(row, HIGH_COLUMN, Facts.UNKNOWN, Style.TEXT);
      }
      Row total = sheet.createRow(r++);
      cells.text(total, 1, lang.pick("totaal", "total"), Style.LABEL);
      cells.text(total, 2, lang.pick("Model: ", "Model: ") + cost.modelName(), Style.WRAPPED);
      int lines = r - 1 - first;
      cells.formula(total, LOW_COLUMN, total(LOW_COLUMN, first, r - 2, lines), Style.TOTAL);
      cells.formula(total, HIGH_COLUMN, total(HIGH_COLUMN, first, r - 2, lines), Style.TOTAL);
      totalRows.put(result.id(), total.getRowNum() + 1);
      for (CostLine line : cost.footprint()) {
        Row row = sheet.createRow(r++);
        cells.text(row, 1, line.part().equals("kwh") ? "kWh" : "kg CO2e", Style.WRAPPED);
        cells.text(row, 2, line.label().in(lang), Style.WRAPPED);
        cells.formula(row, LOW_COLUMN, formula(line, refs, false), Style.ONE_DECIMAL);
        cells.formula(row, HIGH_COLUMN, formula(line, refs, true), Style.ONE_DECIMAL);
        cells.source(row, SOURCE_COLUMN, line.source());
      }
      if (cost.footprintUnknown() != null) {
        Row row = sheet.createRow(r++);
        cells.text(row, 1, lang.pick("energie", "energy"), Style.TEXT);
        cells.text(row, 2, cost.footprintUnknown().in(lang), Style.WRAPPED);
        cells.text(row, LOW_COLUMN, Facts.UNKNOWN, Style.TEXT);
        cells.text(row, HIGH_COLUMN, Facts.UNKNOWN, Style.TEXT);
      }
      // The option's name once, beside its first line: repeated on every line it would wrap and
      // double the sheet's length on paper.
      cells.text(sheet.getRow(first), 0, name, Style.LABEL);
    }
    r++;
    Row pqTitle = sheet.createRow(r++);
    cells.text(
        pqTitle,
        2,
        lang.pick(
            "Prijs tegenover kwaliteit: vergelijkingsprijs = midden van de kosten − score × waarde"
                + " van een punt",
            "Price against quality: comparison price = middle of the cost − score × value of a"
                + " point"),
        Style.LABEL);
    Row pqHead = sheet.createRow(r++);
    cells.text(pqHead, 0, lang.pick("Optie", "Option"), Style.HEADER);
    cells.text(pqHead, 1, lang.pick("Score", "Score"), Style.HEADER);
    cells.text(pqHead, 2, lang.pick("Midden van de kosten", "Middle of the cost"), Style.HEADER);
    cells.text(
        pqHead, LOW_COLUMN, lang.pick("Vergelijkingsprijs", "Comparison price"), Style.HEADER);
    cells.text(pqHead, HIGH_COLUMN, lang.pick("Rang", "Rank"), Style.HEADER);
    List<OptionResult> ranked = evaluation.ranked();
    int firstPq = r + 1;
    int lastPq = r + ranked.size();
    String euroPerPoint = refs.get(Parameter.EURO_PER_POINT.id());
    for (int i = 0; i < ranked.size(); i++) {
      OptionResult result = ranked.get(i);
      Row row = sheet.createRow(r++);
      int excel = row.getRowNum() + 1;
      int totalRow = totalRows.get(result.id());
      cells.text(row, 0, result.option().offering().name(), Style.WRAPPED);
      cells.formula(row, 1, LiveScores.total(i, lang), Style.TWO_DECIMALS);
      cells.formula(
          row,
          2,
          "IFERROR(("
              + col(LOW_COLUMN)
              + totalRow
              + "+"
              + col(HIGH_COLUMN)
              + totalRow
              + ")/2,\"unknown\")",
          Style.TWO_DECIMALS);
      cells.formula(
          row,
          LOW_COLUMN,
          "IFERROR(C" + excel + "-B" + excel + "*" + euroPerPoint + ",\"unknown\")",
          Style.TWO_DECIMALS);
      String price = col(LOW_COLUMN) + excel;
      String prices = "$" + col(LOW_COLUMN) + "$" + firstPq + ":$" + col(LOW_COLUMN) + "$" + lastPq;
      cells.formula(
          row,
          HIGH_COLUMN,
          "IF(ISNUMBER(" + price + "),RANK(" + price + "," + prices + ",1),\"\")",
          Style.COUNT);
    }
    RowHeight.fit(sheet);
    // No header row repeats: the parameters fit on the first page, and over the options' lines
    // their header would name the wrong columns.
    ComparisonWorkbook.print(sheet, SOURCE_COLUMN + 1, r - 1, -1, evaluation, lang);
  }

  /**
   * The inputs some cost line of a ranked option multiplies by, and the value of a quality point:
   * the rent of a GPU no option runs on, or the staff rate in a comparison of hosted services only,
   * would be a yellow cell that changes nothing.
   */
  private static Set<String> used(Evaluation evaluation, Costs costs) {
    Set<String> used = new HashSet<>(Set.of(Parameter.EURO_PER_POINT.id()));
    for (OptionResult result : evaluation.ranked()) {
      Cost cost = costs.of(result);
      for (List<CostLine> lines : List.of(cost.lines(), cost.footprint())) {
        for (CostLine line : lines) {
          for (Factor factor : line.factors()) {
            for (boolean high : new boolean[] {false, true}) {
              if (factor.inputFor(high) != null) {
                used.add(factor.inputFor(high));
              }
            }
          }
        }
      }
    }
    if (used.contains(CostInputs.VAT_DIVISOR)) {
      used.add(Parameter.VAT_PERCENT.id());
    }
    return used;
  }

  static String name(Language lang) {
    return lang.pick(NAME_NL, NAME_EN);
  }

  /** The product of a line's factors over the input cells; "unknown" if one of them is text. */
  static String formula(CostLine line, Map<String, String> refs, boolean high) {
    StringBuilder product = new StringBuilder();
    for (Factor factor : line.factors()) {
      String input = factor.inputFor(high);
      String operand;
      if (input != null) {
        operand = refs.get(input);
      } else if (factor.constant() != null) {
        operand = BigDecimal.valueOf(factor.constant()).toPlainString();
      } else {
        operand = "\"unknown\"";
      }
      product.append(
          product.length() == 0 ? (factor.divide() ? "1/" : "") : factor.divide() ? "/" : "*");
      product.append(operand);
    }
    return "IFERROR(" + product + ",\"unknown\")";
  }

  /** The sum of an option's lines, only when every one of them is a number. */
  private static String total(int column, int firstRow, int lastRow, int lines) {
    if (lines <= 0) {
      return "\"unknown\"";
    }
    String range = col(column) + (firstRow + 1) + ":" + col(column) + (lastRow + 1);
    return "IF(COUNT(" + range + ")=" + lines + ",SUM(" + range + "),\"unknown\")";
  }

  private static String col(int column) {
    return LiveScores.column(column);
  }
}
