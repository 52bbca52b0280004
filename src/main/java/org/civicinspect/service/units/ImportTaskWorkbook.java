package org.civicinspect.service.units;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicinspect.excel.TaskWorkbookReader;
import org.civicinspect.excel.UnreadableWorkbookException;
import org.civicinspect.excel.WorkbookFiles;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.model.TaskAssignment;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Imports a 任务分解表 as the whole breakdown of one indicator-set version, replacing the one it had. Every standard
 * must be the set's and every unit a registered one; a file with any error is rejected whole and changes nothing.
 */
public final class ImportTaskWorkbook {

    /** The breakdown now stored, or every error (and then nothing changed); notes are sheets skipped. */
    public record Result(IndicatorSet set, List<TaskAssignment> tasks, List<SheetProblem> errors, List<SheetProblem> notes) {
        public Result {
            tasks = List.copyOf(tasks);
            errors = List.copyOf(errors);
            notes = List.copyOf(notes);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public ImportTaskWorkbook(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    /** Refuses ({@code RequestRefused}) a set that does not exist; problems in the file come back in the result. */
    public Result run(String setReference, Path file) {
        Context context = workspace.read(tx -> {
            IndicatorSet set = TaskSets.named(tx, setReference);
            Set<String> units = new HashSet<>();
            tx.units().registered().stream().map(ResponsibleUnit::name).forEach(units::add);
            return new Context(set, TaskSets.standardTexts(tx, set), units);
        });
        if (!Files.isRegularFile(file)) {
            return new Result(context.set(), List.of(), List.of(SheetProblem.ofFile("import.fileMissing", file.toString())), List.of());
        }
        TaskWorkbookReader.Content content;
        try {
            content = new TaskWorkbookReader(context.standardTexts(), context.units(), context.set().label()).read(WorkbookFiles.read(file));
        } catch (UnreadableWorkbookException e) {
            return new Result(context.set(), List.of(), List.of(e.problem()), List.of());
        }
        if (!content.ok()) {
            return new Result(context.set(), List.of(), content.errors(), content.notes());
        }
        workspace.write(tx -> {
            tx.taskAssignments().replace(context.set().id(), content.tasks());
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.TASKS, "set:" + context.set().id(),
                    "imported " + file.getFileName() + " standards=" + content.tasks().size());
            return null;
        });
        return new Result(context.set(), content.tasks(), List.of(), content.notes());
    }

    private record Context(IndicatorSet set, Map<String, String> standardTexts, Set<String> units) {
    }
}
