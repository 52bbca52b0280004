package org.civicinspect.excel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** An .xlsx written part by part from XML, for the cells other programs write and POI itself never does. */
final class HandWrittenXlsx {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private final Map<String, String> sheets = new LinkedHashMap<>();
    private String sharedStrings;

    /** A sheet whose {@code <worksheet>} holds {@code content}, e.g. {@code <sheetData>…</sheetData>}. */
    HandWrittenXlsx sheet(String name, String content) {
        sheets.put(name, content);
        return this;
    }

    /** The {@code <si>} items of the shared strings table. */
    HandWrittenXlsx sharedStrings(String items) {
        sharedStrings = items;
        return this;
    }

    Path save(Path folder, String fileName) throws IOException {
        Path file = folder.resolve(fileName);
        StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + TYPES + "sheet.main+xml\"/>");
        StringBuilder workbook = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            int n = 0;
            for (Map.Entry<String, String> sheet : sheets.entrySet()) {
                n++;
                String part = "worksheets/sheet" + n + ".xml";
                types.append("<Override PartName=\"/xl/").append(part).append("\" ContentType=\"").append(TYPES).append("worksheet+xml\"/>");
                workbook.append("<sheet name=\"").append(sheet.getKey()).append("\" sheetId=\"").append(n).append("\" r:id=\"rId")
                        .append(n).append("\"/>");
                rels.append(relationship(n, "worksheet", part));
                entry(zip, "xl/" + part, "<worksheet xmlns=\"" + MAIN + "\">" + sheet.getValue() + "</worksheet>");
            }
            if (sharedStrings != null) {
                types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"").append(TYPES).append("sharedStrings+xml\"/>");
                rels.append(relationship(n + 1, "sharedStrings", "sharedStrings.xml"));
                entry(zip, "xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\">" + sharedStrings + "</sst>");
            }
            entry(zip, "[Content_Types].xml", types.append("</Types>").toString());
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
            entry(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        }
        return file;
    }

    private static String relationship(int id, String type, String target) {
        return "<Relationship Id=\"rId" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + type + "\" Target=\"" + target + "\"/>";
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
