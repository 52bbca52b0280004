package org.civicinspect.service.units;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civicinspect.excel.TaskWorkbookWriter;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.TaskAssignment;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.Workspace;

/** Writes an indicator-set version's 任务分解表 in our template; the file appears whole or not at all. */
public final class ExportTaskWorkbook {

    /** The set and the breakdown written. */
    public record Written(IndicatorSet set, List<TaskAssignment> tasks) {
    }

    private final Workspace workspace;
    private final SignedIn signedIn;

    public ExportTaskWorkbook(Workspace workspace, SignedIn signedIn) {
        this.workspace = workspace;
        this.signedIn = signedIn;
    }

    /** Refuses ({@code RequestRefused}) a set that does not exist. */
    public Written run(String setReference, Path out) throws IOException {
        Loaded loaded = workspace.read(tx -> {
            IndicatorSet set = TaskSets.named(tx, setReference);
            return new Loaded(set, tx.taskAssignments().of(set.id()), TaskSets.standardTexts(tx, set));
        });
        AtomicFile.write(out, stream -> new TaskWorkbookWriter().write(loaded.set().label() + " 任务分解表", loaded.tasks(), loaded.texts(), stream));
        Audit.exported(workspace, signedIn.name(), "tasks set=" + loaded.set().id(), out, loaded.tasks().size());
        return new Written(loaded.set(), loaded.tasks());
    }

    private record Loaded(IndicatorSet set, List<TaskAssignment> tasks, Map<String, String> texts) {
    }
}
