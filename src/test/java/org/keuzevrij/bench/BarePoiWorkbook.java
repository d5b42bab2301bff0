package org.keuzevrij.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The baseline for the workbook benchmark: the same sheets, cells, styles, links, validations and
 * conditional formats as the checklist workbook, written in straight-line POI from strings prepared
 * beforehand. What the real writer costs beyond this is the price of its structure and safety
 * checks.
 */
final class BarePoiWorkbook {

  /**
   * One sheet's cells as prepared strings; {@code links[r]} is the address for column {@code
   * linkColumn}, or null.
   */
  record Table(
      String name,
      String[] headers,
      int[] widths,
      List<String[]> rows,
      int linkColumn,
      String[] links) {}

  private BarePoiWorkbook() {}

  static byte[] write(
      List<String[]> summary,
      Table checklist,
      List<Table> others,
      String[] statuses,
      String[] priorities) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
      CellStyle[] styles = new CellStyle[20];
      Font bold = workbook.createFont();
      bold.setBold(true);
      Font link = workbook.createFont();
      link.setUnderline(Font.U_SINGLE);
      link.setColor(IndexedColors.BLUE.getIndex());
      for (int i = 0; i < styles.length; i++) {
        styles[i] = workbook.createCellStyle();
        styles[i].setWrapText(i % 3 != 0);
        styles[i].setQuotePrefixed(i >= 10);
      }
      styles[1].setFont(bold);
      styles[1].setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      styles[1].setFillPattern(FillPatternType.SOLID_FOREGROUND);
      styles[2].setFont(link);
      styles[3].setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      styles[4].setDataFormat(workbook.createDataFormat().getFormat("0%"));
      Sheet first = workbook.createSheet("Summary");
      Sheet list = table(workbook, checklist, styles);
      for (int r = 0; r < summary.size(); r++) {
        Row row = first.createRow(r);
        for (int c = 0; c < summary.get(r).length; c++) {
          row.createCell(c).setCellValue(summary.get(r)[c]);
          row.getCell(c).setCellStyle(styles[5]);
        }
      }
      int last = checklist.rows().size() + 1;
      int r = summary.size();
      for (String priority : priorities) {
        Row row = first.createRow(r++);
        row.createCell(0).setCellValue(priority);
        row.createCell(1)
            .setCellFormula("COUNTIF('Checklist'!$G$2:$G$" + last + ",\"" + priority + "\")");
      }
      for (String status : statuses) {
        Row row = first.createRow(r++);
        row.createCell(0).setCellValue(status);
        row.createCell(1)
            .setCellFormula("COUNTIF('Checklist'!$I$2:$I$" + last + ",\"" + status + "\")");
      }
      first.createRow(r).createCell(1).setCellValue(LocalDate.of(2026, 12, 1));
      first.getRow(r).getCell(1).setCellStyle(styles[3]);
      DataValidationHelper helper = list.getDataValidationHelper();
      DataValidation status =
          helper.createValidation(
              helper.createExplicitListConstraint(statuses),
              new CellRangeAddressList(1, last - 1, 8, 8));
      status.setShowErrorBox(true);
      status.setErrorStyle(DataValidation.ErrorStyle.STOP);
      list.addValidationData(status);
      DataValidation due =
          helper.createValidation(
              helper.createDateConstraint(
                  DataValidationConstraint.OperatorType.BETWEEN,
                  "DATE(2000,1,1)",
                  "DATE(2100,12,31)",
                  "yyyy-mm-dd"),
              new CellRangeAddressList(1, last - 1, 10, 10));
      due.setShowErrorBox(true);
      list.addValidationData(due);
      SheetConditionalFormatting formatting = list.getSheetConditionalFormatting();
      for (int i = 0; i < statuses.length + priorities.length; i++) {
        String value =
            i < statuses.length - 1 ? statuses[i + 1] : priorities[(i - statuses.length + 1) % 3];
        ConditionalFormattingRule rule =
            formatting.createConditionalFormattingRule(
                ComparisonOperator.EQUAL, "\"" + value + "\"");
        rule.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        rule.getPatternFormatting().setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        formatting.addConditionalFormatting(
            new CellRangeAddress[] {
              new CellRangeAddress(
                  1, last - 1, i < statuses.length - 1 ? 8 : 6, i < statuses.length - 1 ? 8 : 6)
            },
            rule);
      }
      list.getPrintSetup().setLandscape(true);
      list.getPrintSetup().setFitWidth((short) 1);
      list.getPrintSetup().setFitHeight((short) 0);
      list.setFitToPage(true);
      for (Table other : others) {
        table(workbook, other, styles);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Sheet table(XSSFWorkbook workbook, Table table, CellStyle[] styles) {
    Sheet sheet = workbook.createSheet(table.name());
    Row header = sheet.createRow(0);
    for (int c = 0; c < table.headers().length; c++) {
      header.createCell(c).setCellValue(table.headers()[c]);
      header.getCell(c).setCellStyle(styles[1]);
      sheet.setColumnWidth(c, table.widths()[c] * 256);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = sheet.createRow(r + 1);
      String[] values = table.rows().get(r);
      for (int c = 0; c < values.length; c++) {
        Cell cell = row.createCell(c);
        cell.setCellValue(values[c]);
        cell.setCellStyle(styles[c == table.linkColumn() ? 2 : 5]);
      }
      if (table.linkColumn() >= 0 && table.links()[r] != null) {
        Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
        hyperlink.setAddress(table.links()[r]);
        row.getCell(table.linkColumn()).setHyperlink(hyperlink);
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(
        new CellRangeAddress(0, Math.max(table.rows().size(), 1), 0, table.headers().length - 1));
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    return sheet;
  }
}
