package org.keuzevrij.xlsx;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/** New workbooks for both writers. */
public final class Workbooks {

  private Workbooks() {}

  /** An empty workbook whose shared strings find a plain text again by the text itself. */
  public static XSSFWorkbook create() {
    return new XSSFWorkbook(new Parts());
  }

  private static final class Parts extends XSSFFactory {
    @Override
    public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
      return descriptor == XSSFRelation.SHARED_STRINGS
          ? new PlainKeyedStrings()
          : super.newDocumentPart(descriptor);
    }
  }

  /**
   * POI looks each new cell text up in the shared strings by the text's XML, which it writes out
   * for every cell: the largest single cost of a checklist workbook. A text without runs or
   * phonetics is keyed by its characters instead; the XML POI uses as key always starts with '<',
   * so the two kinds of key never meet.
   */
  static final class PlainKeyedStrings extends SharedStringsTable {
    @Override
    protected String xmlText(CTRst text) {
      boolean plain =
          text.isSetT()
              && text.sizeOfRArray() == 0
              && text.sizeOfRPhArray() == 0
              && !text.isSetPhoneticPr();
      return plain ? "t" + text.getT() : super.xmlText(text);
    }
  }
}
