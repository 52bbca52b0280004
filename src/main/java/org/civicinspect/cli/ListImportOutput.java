package org.civicinspect.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicinspect.i18n.Messages;
import java.util.List;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.service.sites.SiteImportResult;
import org.civicinspect.service.units.ListImport;

/** How {@code sites import}, {@code units import} and {@code units baolian-areas import} say what a workbook's import did. */
final class ListImportOutput {

    private ListImportOutput() {
    }

    /** Prints the result ({@code importedKey} names the counts when it was taken in) and returns the exit code. */
    static int report(Output output, Path file, ListImport result, boolean json, String importedKey) {
        return report(output, file, new Taken(result.ok(), result.added(), result.updated(), result.unchanged(), result.errors(), result.notes()),
                json, importedKey);
    }

    static int report(Output output, Path file, SiteImportResult result, boolean json, String importedKey) {
        return report(output, file, new Taken(result.imported(), result.added(), result.updated(), result.unchanged(), result.errors(),
                result.notes()), json, importedKey);
    }

    /** What every workbook import says: whether it was taken in, its counts, and the problems that stopped it or were noted. */
    private record Taken(boolean ok, int added, int updated, int unchanged, List<SheetProblem> errors, List<SheetProblem> notes) {
    }

    private static int report(Output output, Path file, Taken result, boolean json, String importedKey) {
        if (json) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("file", file.toString());
            answer.put("imported", result.ok());
            answer.put("added", result.added());
            answer.put("updated", result.updated());
            answer.put("unchanged", result.unchanged());
            answer.put("errors", Output.problemsAsJson(result.errors()));
            answer.put("notes", Output.problemsAsJson(result.notes()));
            output.json(answer);
        } else if (result.ok()) {
            output.line(Messages.get(importedKey, file, result.added(), result.updated(), result.unchanged()));
            result.notes().forEach(p -> output.line("  " + Messages.describe(p)));
        } else {
            output.error(Messages.get("cli.indicators.rejected", file, result.errors().size()));
            result.errors().forEach(p -> output.error("  " + Messages.describe(p)));
        }
        return result.ok() ? 0 : CivicInspectCommand.BAD_INPUT;
    }
}
