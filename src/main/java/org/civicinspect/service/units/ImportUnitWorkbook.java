package org.civicinspect.service.units;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.excel.UnitWorkbookReader;
import org.civicinspect.excel.UnreadableWorkbookException;
import org.civicinspect.excel.WorkbookFiles;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Imports a unit directory workbook (单位名录). Units are matched by name: new ones are registered, changed ones updated,
 * the rest counted unchanged; units the file does not name stay as they are. Any error rejects the whole file and
 * changes nothing.
 */
public final class ImportUnitWorkbook {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public ImportUnitWorkbook(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    public ListImport run(Path file) {
        if (!Files.isRegularFile(file)) {
            return ListImport.rejected(List.of(SheetProblem.ofFile("import.fileMissing", file.toString())), List.of());
        }
        UnitWorkbookReader.Content content;
        try {
            content = new UnitWorkbookReader().read(WorkbookFiles.read(file));
        } catch (UnreadableWorkbookException e) {
            return ListImport.rejected(List.of(e.problem()), List.of());
        }
        if (!content.ok()) {
            return ListImport.rejected(content.errors(), content.notes());
        }
        return workspace.write(tx -> {
            Map<String, ResponsibleUnit> registered = new HashMap<>();
            tx.units().registered().forEach(u -> registered.put(u.name(), u));
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            for (ResponsibleUnit unit : content.units()) {
                ResponsibleUnit known = registered.get(unit.name());
                if (unit.equals(known)) {
                    unchanged++;
                    continue;
                }
                if (known == null) {
                    added++;
                } else {
                    updated++;
                }
                tx.units().save(unit);
            }
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.UNIT, "file:" + file.getFileName(),
                    "added=" + added + " updated=" + updated + " unchanged=" + unchanged);
            return new ListImport(added, updated, unchanged, List.of(), content.notes());
        });
    }
}
