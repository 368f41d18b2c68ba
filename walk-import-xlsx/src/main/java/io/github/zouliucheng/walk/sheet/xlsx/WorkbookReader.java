package io.github.zouliucheng.walk.sheet.xlsx;

import io.github.zouliucheng.walk.sheet.SheetCell;
import io.github.zouliucheng.walk.sheet.SheetData;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of an .xlsx package as {@link SheetData}, streaming each sheet's XML with SAX
 * (POI's event API: {@link XSSFReader}, {@link ReadOnlySharedStringsTable}) instead of building
 * the workbook in memory. A sheet's XML may be of any size: nothing reads a part into one array,
 * so POI's record-size limit (100 MB) does not apply, while its zip-bomb checks ({@code
 * ZipSecureFile}: the minimum inflate ratio, the maximum entry size and file count) still guard
 * every part read.
 *
 * <p>Cells read as {@code XSSFWorkbook} reads them: shared, inline and formula strings as text,
 * numbers (or dates, when the cell's number format is a date format) from the cached value,
 * booleans, and errors as their text ({@code #DIV/0!}); a cell without a value is blank, a numeric
 * formula without a cached value is 0.
 */
final class WorkbookReader {
  private static final String MAIN = XSSFRelation.NS_SPREADSHEETML;
  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final Set<String> WORKBOOK_TYPES =
      Set.of(
          XSSFRelation.WORKBOOK.getContentType(),
          XSSFRelation.MACROS_WORKBOOK.getContentType(),
          XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
          XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(),
          XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());
  private static final int MAX_ROWS = 1 << 20; // Excel's limits: 1,048,576 rows
  private static final int MAX_COLUMNS = 1 << 14; // and 16,384 columns (A to XFD)

  /** Why a package is not an .xlsx workbook at all, as {@link XlsxImport} words it. */
  static final class NotAWorkbook extends Exception {
    private static final long serialVersionUID = 1L;

    NotAWorkbook(String why) {
      super(why);
    }
  }

  private final OPCPackage pkg;
  private final XSSFReader reader;
  private final List<String> names = new ArrayList<>();
  private final List<String> relationIds = new ArrayList<>();
  private boolean date1904;
  private @Nullable ReadOnlySharedStringsTable strings;
  private final Map<Integer, String> decoded = new HashMap<>();
  private @Nullable StylesTable styles;
  private boolean partsRead;

  private WorkbookReader(OPCPackage pkg) throws IOException, OpenXML4JException {
    this.pkg = pkg;
    this.reader = new XSSFReader(pkg);
  }

  /**
   * Opens the workbook in {@code pkg}: checks that its main part is a workbook and reads the sheet
   * names and the date system.
   *
   * @throws NotAWorkbook if the package is some other document (a Word or PowerPoint file, an
   *     .xlsb workbook, a Strict Open XML workbook)
   */
  static WorkbookReader open(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException, NotAWorkbook {
    PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
    if (main == null) {
      if (pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).getRelationship(0) != null) {
        throw new NotAWorkbook("it is a Strict Open XML workbook, which is not read; save it as an Excel Workbook (.xlsx)");
      }
      throw new NotAWorkbook("it is a zip file without the main part of a workbook");
    }
    PackagePart part = pkg.getPart(main);
    if (part == null) {
      throw new NotAWorkbook("it is a zip file without the main part of a workbook");
    }
    String type = part.getContentType();
    if (type.equals(XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType())) {
      throw new NotAWorkbook("it is an Excel binary .xlsb workbook, which is not read; save it as .xlsx");
    }
    if (!WORKBOOK_TYPES.contains(type)) {
      throw new NotAWorkbook("its main part is " + type + ", not an Excel workbook");
    }
    WorkbookReader workbook = new WorkbookReader(pkg);
    try (InputStream in = workbook.reader.getWorkbookData()) {
      parse(in, workbook.new WorkbookHandler());
    }
    return workbook;
  }

  /** Returns the sheets' names, in the workbook's order. */
  List<String> sheetNames() {
    return Collections.unmodifiableList(names);
  }

  /** Returns whether the workbook counts dates from 1904 (Mac Excel), not 1900. */
  boolean isDate1904() {
    return date1904;
  }

  /** Reads sheet {@code index}, with cells merged down repeated on each row. */
  SheetData sheet(int index) throws IOException, OpenXML4JException, SAXException {
    if (!partsRead) {
      List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
      // phonetic runs (ruby text) are not part of the cell's value, as XSSFWorkbook reads it
      strings = parts.isEmpty() ? null : new ReadOnlySharedStringsTable(parts.get(0), false);
      styles = reader.getStylesTable();
      partsRead = true;
    }
    SheetHandler handler = new SheetHandler();
    try (InputStream in = reader.getSheet(relationIds.get(index))) {
      parse(in, handler);
    }
    return SheetData.of(names.get(index), handler.rows());
  }

  /** Returns shared string {@code i}, decoded once ({@code _x000D_} escapes) however many cells use it. */
  private String sharedString(int i) throws SAXException {
    String s = decoded.get(i);
    if (s == null) {
      ReadOnlySharedStringsTable table = strings;
      if (table == null || i < 0) {
        throw new SAXException("shared string " + i + " is not in the workbook's table");
      }
      try {
        s = table.getItemAt(i).getString();
      } catch (IllegalStateException | IndexOutOfBoundsException e) {
        // not chained: POI's message lists the whole table
        throw new SAXException("shared string " + i + " is not in the workbook's table");
      }
      decoded.put(i, s);
    }
    return s;
  }

  /** Returns {@code s} with Excel's {@code _xHHHH_} escapes decoded, as {@code XSSFCell} reads it. */
  private static String unescape(String s) {
    return s.indexOf("_x") < 0 ? s : new XSSFRichTextString(s).getString();
  }

  private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
    XMLReader xml;
    try {
      xml = XMLHelper.newXMLReader();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK has no usable SAX parser", e);
    }
    xml.setContentHandler(handler);
    xml.setErrorHandler(handler); // fails on the first fatal error without logging it
    xml.parse(new InputSource(in));
  }

  /** Reads {@code workbook.xml}: the sheets and the date system. */
  private final class WorkbookHandler extends DefaultHandler {
    private boolean workbookPr;

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
      if (!MAIN.equals(uri)) {
        return;
      }
      if (local.equals("workbookPr") && !workbookPr) { // the first, as XSSFWorkbook reads it
        workbookPr = true;
        String v = attributes.getValue("date1904");
        date1904 = v != null && (v.trim().equals("1") || v.trim().equals("true"));
      } else if (local.equals("sheet")) {
        String name = attributes.getValue("name");
        String id = attributes.getValue(RELATIONSHIPS, "id");
        if (name == null || id == null) {
          throw new SAXException("a sheet of workbook.xml has no name or no r:id");
        }
        names.add(name);
        relationIds.add(id);
      }
    }
  }

  /** Reads one sheet's XML into rows of cells and its merged regions. */
  private final class SheetHandler extends DefaultHandler {
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final List<List<SheetCell>> rows = new ArrayList<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private @Nullable List<SheetCell> row;
    private int rowIndex = -1;
    private int column;
    private @Nullable String type;
    private int style;
    private boolean formula;
    private boolean hasValue;
    private boolean inCell;
    private boolean inValue;
    private boolean inInline;
    private boolean inInlineText;
    private int phonetic;
    private @Nullable String inline;

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
      if (!MAIN.equals(uri)) {
        return;
      }
      switch (local) {
        case "row":
          startRow(attributes.getValue("r"));
          break;
        case "c":
          startCell(attributes);
          break;
        case "v":
          if (inCell) {
            inValue = true;
            hasValue = true;
            text.setLength(0);
          }
          break;
        case "f":
          formula |= inCell;
          break;
        case "is":
          if (inCell) {
            inInline = true;
            text.setLength(0);
          }
          break;
        case "rPh":
          phonetic++;
          break;
        case "t":
          inInlineText = inInline && phonetic == 0;
          break;
        case "mergeCell":
          String ref = attributes.getValue("ref");
          if (ref != null) {
            try {
              merged.add(CellRangeAddress.valueOf(ref));
            } catch (IllegalArgumentException e) {
              throw new SAXException("merged cells " + ref + " are not a range", e);
            }
          }
          break;
        default:
          break;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue || inInlineText) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      if (!MAIN.equals(uri)) {
        return;
      }
      switch (local) {
        case "row":
          row = null;
          break;
        case "c":
          endCell();
          break;
        case "v":
          inValue = false;
          break;
        case "is":
          if (inInline) {
            inline = text.toString();
            inInline = false;
          }
          break;
        case "rPh":
          phonetic = Math.max(0, phonetic - 1);
          break;
        case "t":
          inInlineText = false;
          break;
        default:
          break;
      }
    }

    private void startRow(@Nullable String r) throws SAXException {
      int index = rowIndex + 1;
      if (r != null) {
        try {
          index = Integer.parseInt(r.trim()) - 1;
        } catch (NumberFormatException e) {
          throw new SAXException("row number " + r + " is not a number", e);
        }
      }
      if (index < 0 || index >= MAX_ROWS) {
        throw new SAXException("row number " + r + " is outside the sheet");
      }
      rowIndex = index;
      while (rows.size() <= index) {
        rows.add(List.of());
      }
      row = new ArrayList<>();
      rows.set(index, row);
      column = -1;
    }

    private void startCell(Attributes attributes) throws SAXException {
      if (row == null) {
        throw new SAXException("a cell outside a row");
      }
      String ref = attributes.getValue("r");
      column = ref == null ? column + 1 : column(ref);
      type = attributes.getValue("t");
      String s = attributes.getValue("s");
      try {
        style = s == null ? 0 : Integer.parseInt(s.trim());
      } catch (NumberFormatException e) {
        throw new SAXException("style " + s + " of cell " + ref + " is not a number", e);
      }
      inCell = true;
      formula = false;
      hasValue = false;
      inline = null;
      text.setLength(0);
    }

    private static int column(String ref) throws SAXException {
      int c = 0;
      int i = 0;
      while (i < ref.length() && Character.toUpperCase(ref.charAt(i)) >= 'A' && Character.toUpperCase(ref.charAt(i)) <= 'Z'
          && c <= MAX_COLUMNS) {
        c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        i++;
      }
      if (i == 0 || c > MAX_COLUMNS) {
        throw new SAXException("cell reference " + ref + " is not a cell of a sheet");
      }
      return c - 1;
    }

    private void endCell() throws SAXException {
      List<SheetCell> cells = row;
      if (!inCell || cells == null) {
        return;
      }
      inCell = false;
      while (cells.size() <= column) {
        cells.add(SheetCell.blank());
      }
      cells.set(column, cell(hasValue ? text.toString() : null));
    }

    private SheetCell cell(@Nullable String v) throws SAXException {
      String t = type == null ? "n" : type;
      switch (t) {
        case "s":
          if (v == null) {
            return SheetCell.text("");
          }
          int i;
          try {
            i = Integer.parseInt(v.trim());
          } catch (NumberFormatException e) {
            throw new SAXException("shared string index " + v + " is not a number", e);
          }
          return SheetCell.text(sharedString(i));
        case "inlineStr":
          String s = inline != null ? inline : v != null ? v : "";
          return SheetCell.text(unescape(s));
        case "str":
          return SheetCell.text(unescape(v == null ? "" : v));
        case "b":
          return SheetCell.bool("1".equals(v));
        case "e":
          if (v == null) {
            return SheetCell.text(FormulaError.forInt(0).getString());
          }
          try {
            return SheetCell.text(FormulaError.forString(v).getString());
          } catch (IllegalArgumentException e) {
            return SheetCell.text(v);
          }
        case "d": // an ISO 8601 date, which Excel does not write but other programs may
          if (v == null) {
            return SheetCell.blank();
          }
          try {
            return SheetCell.dateTime(
                v.contains("T") ? LocalDateTime.parse(v.trim()) : LocalDate.parse(v.trim()).atStartOfDay());
          } catch (DateTimeParseException e) {
            return SheetCell.text(v);
          }
        default:
          if (v == null && !formula) {
            return SheetCell.blank();
          }
          double value;
          try {
            value = v == null || v.isEmpty() ? 0 : Double.parseDouble(v);
          } catch (NumberFormatException e) {
            return SheetCell.text(v);
          }
          if (Double.isNaN(value) || Double.isInfinite(value)) {
            return SheetCell.text(v);
          }
          if (DateUtil.isValidExcelDate(value) && isDateStyle()) {
            return SheetCell.dateTime(DateUtil.getLocalDateTime(value, date1904, true));
          }
          BigDecimal number = BigDecimal.valueOf(value).stripTrailingZeros();
          return SheetCell.number(number.scale() < 0 ? number.setScale(0) : number);
      }
    }

    private boolean isDateStyle() {
      StylesTable st = styles;
      if (st == null || st.getNumCellStyles() == 0) {
        return false;
      }
      return dateStyles.computeIfAbsent(
          style,
          i -> {
            XSSFCellStyle cs = st.getStyleAt(i);
            return cs != null && DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString());
          });
    }

    /** Returns the rows, with each merged region's top cell repeated on the rows below it. */
    List<List<SheetCell>> rows() {
      for (CellRangeAddress region : merged) {
        int first = region.getFirstRow();
        int c = region.getFirstColumn();
        if (first < 0 || c < 0 || first >= rows.size() || c >= rows.get(first).size()) {
          continue;
        }
        SheetCell top = rows.get(first).get(c);
        for (int r = first + 1; r <= Math.min(region.getLastRow(), rows.size() - 1); r++) {
          List<SheetCell> cells = rows.get(r);
          if (!(cells instanceof ArrayList)) { // a row the sheet does not write: List.of()
            cells = new ArrayList<>();
            rows.set(r, cells);
          }
          while (cells.size() <= c) {
            cells.add(SheetCell.blank());
          }
          if (cells.get(c).isBlank()) {
            cells.set(c, top);
          }
        }
      }
      return rows;
    }
  }
}
