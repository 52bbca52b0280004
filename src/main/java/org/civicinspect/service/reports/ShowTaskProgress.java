package org.civicinspect.service.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.TaskAssignment;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.store.Workspace;

/**
 * The 任务分解 of a round's indicator set with each standard's progress in that round, for the whole breakdown or for
 * one unit (the standards it leads or supports). The field 达标率 is the round's own per-standard figure
 * ({@link ScoreRound}), under the scope asked for.
 */
public final class ShowTaskProgress {

    /**
     * One standard: its assignment and text, and its field figure in the round, empty when the round scored it at no
     * site. The survey's rate and the materials' progress will stand beside {@code field} once they are measured.
     */
    public record StandardProgress(TaskAssignment task, String standardText, Optional<Aggregate> field) {
    }

    /** The round's scores and scope, and its breakdown in the order it was imported. */
    public record Progress(ScoreRound.Scored scored, List<StandardProgress> standards) {
        public Progress {
            standards = List.copyOf(standards);
        }
    }

    private final Workspace workspace;
    private final ScoreRound scoreRound;
    private final Checklists checklists;

    public ShowTaskProgress(Workspace workspace, ScoreRound scoreRound, Checklists checklists) {
        this.workspace = workspace;
        this.scoreRound = scoreRound;
        this.checklists = checklists;
    }

    public Progress run(String roundReference, ReportScope.Counted counted) {
        ScoreRound.Scored scored = scoreRound.run(roundReference, counted);
        String setId = scored.round().indicatorSetId();
        List<TaskAssignment> tasks = workspace.read(tx -> tx.taskAssignments().of(setId));
        Map<String, String> texts = new HashMap<>();
        checklists.tree(setId).standards().forEach(s -> texts.put(s.code(), s.text()));
        Map<String, Aggregate> byStandard = scored.scores().byStandard();
        return new Progress(scored, tasks.stream()
                .map(t -> new StandardProgress(t, texts.getOrDefault(t.standardCode(), ""), Optional.ofNullable(byStandard.get(t.standardCode()))))
                .toList());
    }

    /** The standards the unit leads or supports, in the breakdown's order. */
    public Progress ofUnit(String unit, String roundReference, ReportScope.Counted counted) {
        Progress all = run(roundReference, counted);
        return new Progress(all.scored(), all.standards().stream().filter(s -> s.task().involves(unit)).toList());
    }
}
