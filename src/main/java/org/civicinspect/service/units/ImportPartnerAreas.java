package org.civicinspect.service.units;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.excel.PartnerAreaWorkbookReader;
import org.civicinspect.excel.UnreadableWorkbookException;
import org.civicinspect.excel.WorkbookFiles;
import org.civicinspect.model.PartnerArea;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Imports a 包联 areas workbook (片区包联). Areas are matched by district, street and community: new ones are added,
 * changed ones updated, the rest counted unchanged; areas the file does not name stay as they are. Any error rejects
 * the whole file and changes nothing.
 */
public final class ImportPartnerAreas {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public ImportPartnerAreas(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    public ListImport run(Path file) {
        if (!Files.isRegularFile(file)) {
            return ListImport.rejected(List.of(SheetProblem.ofFile("import.fileMissing", file.toString())), List.of());
        }
        PartnerAreaWorkbookReader.Content content;
        try {
            content = new PartnerAreaWorkbookReader().read(WorkbookFiles.read(file));
        } catch (UnreadableWorkbookException e) {
            return ListImport.rejected(List.of(e.problem()), List.of());
        }
        if (!content.ok()) {
            return ListImport.rejected(content.errors(), content.notes());
        }
        return workspace.write(tx -> {
            Map<List<String>, PartnerArea> known = new HashMap<>();
            tx.partnerAreas().all().forEach(a -> known.put(List.of(a.district(), a.street(), a.community()), a));
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            for (PartnerArea area : content.areas()) {
                PartnerArea before = known.get(List.of(area.district(), area.street(), area.community()));
                if (area.equals(before)) {
                    unchanged++;
                    continue;
                }
                if (before == null) {
                    added++;
                } else {
                    updated++;
                }
                tx.partnerAreas().save(area);
            }
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.UNIT, "file:" + file.getFileName(),
                    "partner areas added=" + added + " updated=" + updated + " unchanged=" + unchanged);
            return new ListImport(added, updated, unchanged, List.of(), content.notes());
        });
    }
}
