package org.civicinspect.service.library;

import org.civicinspect.service.common.ImportedName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civicinspect.excel.IndicatorWorkbookContent;
import org.civicinspect.excel.IndicatorWorkbookReader;
import org.civicinspect.excel.UnreadableWorkbookException;
import org.civicinspect.excel.WorkbookFiles;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.Progress;
import org.civicinspect.model.SetSource;
import org.civicinspect.model.Sha256;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Imports an indicator workbook as a new set version. The same file (same SHA-256) again adds nothing;
 * a file with any error is rejected whole and the workspace is left as it was.
 */
public final class ImportIndicatorWorkbook {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public ImportIndicatorWorkbook(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
    }

    public IndicatorImportResult run(Path file, String name, Progress progress) {
        return run(file, file.getFileName().toString(), name, progress);
    }

    /** As {@link #run(Path, String, Progress)}, recording {@code sourceName} as the file the set came from. */
    IndicatorImportResult run(Path file, String sourceName, String name, Progress progress) {
        if (!Files.isRegularFile(file)) {
            return IndicatorImportResult.rejected(List.of(SheetProblem.ofFile("import.fileMissing", file.toString())), List.of());
        }
        String sha256;
        try {
            sha256 = Sha256.of(file);
        } catch (IOException e) {
            return IndicatorImportResult.rejected(List.of(SheetProblem.ofFile("import.cannotRead", sourceName, String.valueOf(e.getMessage()))), List.of());
        }
        Optional<IndicatorSet> existing = workspace.read(tx -> tx.indicatorSets().findBySha256(sha256));
        if (existing.isPresent()) {
            IndicatorSet set = existing.get();
            return new IndicatorImportResult(IndicatorImportResult.Outcome.ALREADY_IMPORTED, set,
                    workspace.read(tx -> tx.indicatorSets().loadTree(set.id())), List.of(), List.of());
        }
        IndicatorWorkbookContent content;
        try {
            content = new IndicatorWorkbookReader().read(WorkbookFiles.read(file), progress);
        } catch (UnreadableWorkbookException e) {
            return IndicatorImportResult.rejected(List.of(e.problem()), List.of());
        }
        if (!content.ok()) {
            return IndicatorImportResult.rejected(content.errors(), content.notes());
        }
        progress.checkCancelled();
        String setName = ImportedName.of(name, content.title(), sourceName);
        Instant now = Audit.now(clock);
        IndicatorSet stored = workspace.write(tx -> {
            IndicatorSet set = new IndicatorSet(UUID.randomUUID().toString(), setName, tx.indicatorSets().nextVersion(setName),
                    new SetSource(sourceName, sha256), now);
            tx.indicatorSets().insert(set, content.tree());
            if (content.materialGrades() != null) {
                tx.materialReviews().setScale(set.id(), content.materialGrades());
            }
            tx.audit().append(now, signedIn.name(), AuditLog.Action.IMPORT_INDICATORS, "set:" + set.id(),
                    "imported " + sourceName + " sha256=" + sha256 + " as " + setName + " v" + set.version());
            return set;
        });
        return new IndicatorImportResult(IndicatorImportResult.Outcome.IMPORTED, stored, content.tree(), List.of(), content.notes());
    }
}
