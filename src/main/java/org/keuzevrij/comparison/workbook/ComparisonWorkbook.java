package org.keuzevrij.comparison.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.keuzevrij.comparison.Comparison;
import org.keuzevrij.scoring.Evaluation;
import org.keuzevrij.web.Language;
import org.keuzevrij.xlsx.Cells;
import org.keuzevrij.xlsx.PageSetup;
import org.keuzevrij.xlsx.Palette;
import org.keuzevrij.xlsx.Workbooks;

/**
 * The comparison as an Excel workbook to attach to the tender file: Ranking (criterion scores under
 * live weights, totals with data bars), Costs (live volume, parameters and price against quality),
 * Fit and knock-outs (why an option cannot do or may not get the job, one table under the other),
 * Evidence and Questions for suppliers. Ranking and Costs are built in memory (XSSF), since formula
 * evaluation needs that; the long detail sheets are streamed (SXSSF). Every sheet prints A4
 * landscape, one page wide, at 8 pt.
 */
public final class ComparisonWorkbook {

  /** Rows of a streamed sheet kept in memory before they go to a temporary file. */
  private static final int STREAM_WINDOW = 500;

  private ComparisonWorkbook() {}

  public static byte[] write(Comparison comparison, Language lang) {
    Evaluation evaluation = comparison.evaluation();
    try (XSSFWorkbook workbook = Workbooks.create();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Cells cells = new Cells(new Palette(workbook));
      RankingSheet.write(workbook.createSheet(RankingSheet.name(lang)), cells, evaluation, lang);
      CostsSheet.write(
          workbook.createSheet(CostsSheet.name(lang)), cells, evaluation, comparison.costs(), lang);
      // Cached formula values let viewers that do not recalculate show the totals and their bars;
      // Excel and LibreOffice recalculate on open anyway.
      XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
      workbook.setForceFormulaRecalculation(true);
      properties(workbook.getProperties(), evaluation, lang);
      // The detail sheets hold thousands of text rows; streaming them is several times faster than
      // building their XML in memory, and they need no formulas.
      SXSSFWorkbook streaming = new SXSSFWorkbook(workbook, STREAM_WINDOW);
      try {
        DetailSheets.fit(streaming.createSheet(fitName(lang)), cells, evaluation, lang);
        EvidenceSheet.write(
            streaming.createSheet(lang.pick("Onderbouwing", "Evidence")), cells, evaluation, lang);
        DetailSheets.questions(
            streaming.createSheet(lang.pick("Vragen aan leveranciers", "Questions for suppliers")),
            cells,
            evaluation,
            lang);
        streaming.writeAvoidingTempFiles(out);
      } finally {
        streaming.close();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The Fit sheet's name: it holds the knock-outs too, both why an option cannot do or may not get
   * the job.
   */
  static String fitName(Language lang) {
    return lang.pick("Geschiktheid en knock-outs", "Fit and knock-outs");
  }

  /** ASCII only, from ids and the date, so it needs no encoding in Content-Disposition. */
  public static String fileName(Comparison comparison, Language lang) {
    Evaluation evaluation = comparison.evaluation();
    String useCase = evaluation.useCase().id() == null ? "use-case" : evaluation.useCase().id();
    String date =
        DateTimeFormatter.ISO_LOCAL_DATE.format(evaluation.evaluatedAt().atZone(RankingSheet.ZONE));
    return "keuzevrij-"
        + lang.pick("vergelijking", "comparison")
        + "-"
        + useCase
        + "-"
        + evaluation.profile().id()
        + "-"
        + date
        + ".xlsx";
  }

  /**
   * Sets {@code sheet} up for print (see {@link PageSetup}): the use case in the page header, the
   * profile, catalogue version and date in the footer, apart from the page number.
   */
  static void print(
      Sheet sheet, int columns, int lastRow, int headerRow, Evaluation evaluation, Language lang) {
    PageSetup.apply(
        sheet,
        columns,
        lastRow,
        headerRow,
        "Keuzevrij: " + lang.pick(evaluation.useCase().nameNl(), evaluation.useCase().nameEn()),
        RankingSheet.profile(evaluation, lang)
            + ", "
            + lang.pick("catalogus ", "catalogue ")
            + evaluation.catalogueVersion().substring(0, 12)
            + ", "
            + RankingSheet.date(evaluation),
        lang.pick("pagina &P van &N", "page &P of &N"));
  }

  private static void properties(
      POIXMLProperties properties, Evaluation evaluation, Language lang) {
    var core = properties.getCoreProperties();
    core.setTitle(
        lang.pick("Keuzevrij-vergelijking: ", "Keuzevrij comparison: ")
            + lang.pick(evaluation.useCase().nameNl(), evaluation.useCase().nameEn()));
    core.setCreator("Keuzevrij");
    core.setSubjectProperty(RankingSheet.profile(evaluation, lang));
    core.setDescription(
        lang.pick("Catalogusversie ", "Catalogue version ") + evaluation.catalogueVersion());
    core.setKeywords("keuzevrij, " + evaluation.profile().id());
    properties.getExtendedProperties().getUnderlyingProperties().setApplication("Keuzevrij");
    var custom = properties.getCustomProperties();
    custom.addProperty("catalogueVersion", evaluation.catalogueVersion());
    custom.addProperty("profileId", evaluation.profile().id());
    custom.addProperty("profileVersion", evaluation.profile().version());
    custom.addProperty(
        "useCase", evaluation.useCase().id() == null ? "inline" : evaluation.useCase().id());
    custom.addProperty("evaluatedAt", evaluation.evaluatedAt().toString());
    custom.addProperty("language", lang.code());
  }
}
