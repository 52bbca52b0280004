package org.civicinspect.service.common;

/** The name a workbook is stored under when imported: the one the user gave, else the workbook's title, else its file name. */
public final class ImportedName {

    private ImportedName() {
    }

    public static String of(String given, String title, String fileName) {
        for (String candidate : new String[] {given, title}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName).strip();
    }
}
