package org.civicinspect.excel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.civicinspect.model.SheetProblem;
import org.xml.sax.SAXException;

/**
 * Reads the workbooks users bring, .xlsx or old .xls, read-only, and turns every way a file can be
 * unreadable (not a workbook, truncated, password-protected, a zip bomb) into one clear problem.
 */
public final class WorkbookFiles {

    /** No sheet a city writes by hand comes near this; a larger entry is refused before it fills memory. */
    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    private WorkbookFiles() {
    }

    /** All sheets of the workbook, read into memory; the file is closed again when this returns. */
    public static WorkbookSheets read(Path file) throws UnreadableWorkbookException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new UnreadableWorkbookException(SheetProblem.ofFile("import.fileMissing", file.toString()), null);
        }
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (Files.size(file) == 0) {
                throw new UnreadableWorkbookException(SheetProblem.ofFile("import.emptyFile", name), null);
            }
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UnreadableWorkbookException(SheetProblem.ofFile("import.cannotRead", name, String.valueOf(e.getMessage())), e);
        }
        if (magic == FileMagic.OOXML) {
            return readXlsx(file, name);
        }
        if (magic != FileMagic.OLE2) {
            throw new UnreadableWorkbookException(SheetProblem.ofFile("import.notWorkbook", name), null);
        }
        // An old .xls, or an .xlsx with a password, which Office wraps in the same container.
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            return UsermodelSheets.read(workbook);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException(SheetProblem.ofFile("import.encrypted", name), e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException(classify(name, magic, e), e);
        }
    }

    private static WorkbookSheets readXlsx(Path file, String name) throws UnreadableWorkbookException {
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return XlsxSheets.read(workbook);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new UnreadableWorkbookException(classify(name, FileMagic.OOXML, e), e);
        } finally {
            // revert, not close: close is for saving, and says so in the log for a package opened to read.
            if (workbook != null) {
                workbook.revert();
            }
        }
    }

    private static SheetProblem classify(String name, FileMagic magic, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("exceeds the max")) {
                return SheetProblem.ofFile("import.zipBomb", name);
            }
        }
        if (magic == FileMagic.OLE2) {
            return SheetProblem.ofFile("import.notExcelOle", name);
        }
        return SheetProblem.ofFile("import.damaged", name);
    }
}
