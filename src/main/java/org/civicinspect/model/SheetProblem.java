package org.civicinspect.model;

import java.util.List;

/**
 * A problem a user can fix in a workbook: where (sheet and cell, either may be empty) and what, as a
 * message key with its arguments so that it can be shown in the user's language.
 */
public record SheetProblem(String sheet, String cell, String messageKey, List<Object> args) {

    public SheetProblem {
        sheet = sheet == null ? "" : sheet;
        cell = cell == null ? "" : cell;
        args = List.copyOf(args);
    }

    public static SheetProblem at(String sheet, String cell, String messageKey, Object... args) {
        return new SheetProblem(sheet, cell, messageKey, List.of(args));
    }

    public static SheetProblem ofFile(String messageKey, Object... args) {
        return new SheetProblem("", "", messageKey, List.of(args));
    }

    /** {@code 农贸市场!F12}, the sheet alone, or empty for a problem of the whole file. */
    public String location() {
        if (sheet.isEmpty()) {
            return cell;
        }
        return cell.isEmpty() ? sheet : sheet + "!" + cell;
    }
}
