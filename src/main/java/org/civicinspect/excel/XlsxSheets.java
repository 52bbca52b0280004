package org.civicinspect.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of an .xlsx workbook in one streaming pass over each sheet's XML, with POI's hardened SAX parser:
 * an import needs each cell's text, not the object model of the whole sheet that POI's usermodel builds.
 */
final class XlsxSheets {

    private XlsxSheets() {
    }

    static WorkbookSheets read(OPCPackage workbook) throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(workbook);
        SheetStates states = new SheetStates();
        try (InputStream in = reader.getWorkbookData()) {
            parse(in, states);
        }
        // Phonetic guides (furigana) are not part of the text Excel shows in the cell.
        XlsxSheetHandler.SharedCells strings = new XlsxSheetHandler.SharedCells(new ReadOnlySharedStringsTable(workbook, false));
        List<SheetGrid> grids = new ArrayList<>();
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            try (InputStream in = sheets.next()) {
                String name = sheets.getSheetName();
                SheetGrid.Builder grid = new SheetGrid.Builder(name, states.hidden.contains(name));
                parse(in, new XlsxSheetHandler(grid, strings));
                grids.add(grid.build());
            }
        }
        return new WorkbookSheets(grids);
    }

    private static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(in));
    }

    /** The workbook part: which sheets are hidden; a part that is no workbook (a Word document renamed) is refused. */
    private static final class SheetStates extends DefaultHandler {
        final Set<String> hidden = new HashSet<>();
        private boolean rootSeen;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            boolean spreadsheet = XSSFRelation.NS_SPREADSHEETML.equals(uri);
            if (!rootSeen) {
                rootSeen = true;
                if (!spreadsheet || !localName.equals("workbook")) {
                    throw new SAXException("the workbook part holds <" + qName + ">, not a workbook");
                }
            } else if (spreadsheet && localName.equals("sheet")) {
                String state = attributes.getValue("state");
                if ("hidden".equals(state) || "veryHidden".equals(state)) {
                    hidden.add(attributes.getValue("name"));
                }
            }
        }
    }
}
