package org.civicinspect.service.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.civicinspect.excel.TaskProgressWriter;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.ReportScope;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.CompositeScore;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.Workspace;

/**
 * {@code report tasks}: the 任务分解表 of the round's indicator set, one row per standard, with its field 达标率, its survey
 * score rate and its material review grade in the round ({@link ShowTaskProgress}).
 */
public final class ExportTaskProgress {

    private final Workspace workspace;
    private final ShowTaskProgress showTaskProgress;
    private final SignedIn signedIn;

    public ExportTaskProgress(Workspace workspace, ShowTaskProgress showTaskProgress, SignedIn signedIn) {
        this.workspace = workspace;
        this.showTaskProgress = showTaskProgress;
        this.signedIn = signedIn;
    }

    public ShowTaskProgress.Progress run(String roundReference, ReportScope.Counted counted, Path out) throws IOException {
        ShowTaskProgress.Progress progress = showTaskProgress.run(roundReference, counted);
        List<TaskProgressWriter.Line> lines = progress.standards().stream().map(ExportTaskProgress::line).toList();
        var round = progress.scored().round();
        AtomicFile.write(out, stream -> new TaskProgressWriter().write(round.name() + " 任务分解推进表", progress.scored().scope(),
                round.start() + " 至 " + round.end() + "　达标率 = 实地测评中完全达标的点位次 / 计分点位次；问卷调查得分率 = 全市有效访问合并计算的该标准得分 / 满分"
                        + "（问卷调查类标准，本轮有访问时）；材料审核 = 本轮审核等级（系数）：" + grades(progress.scale())
                        + "，得分 = 分值 × 系数，或 未审核（材料类标准，不实地测评）；其余为 —", lines, stream));
        Audit.exported(workspace, signedIn.name(), "tasks round=" + round.id(), out, lines.size());
        return progress;
    }

    /** {@code 完整（1）/部分（0.5）/缺失（0）/退回（0）}. */
    private static String grades(MaterialGradeScale scale) {
        return Stream.concat(scale.grades().stream(), Stream.of(MaterialGrade.RETURNED))
                .map(g -> g.label() + "（" + g.coefficientText() + "）").collect(Collectors.joining("/"));
    }

    private static TaskProgressWriter.Line line(ShowTaskProgress.StandardProgress s) {
        Aggregate field = s.field().orElse(null);
        boolean rated = field != null && field.rated();
        if (field == null && s.material()) {
            return new TaskProgressWriter.Line(s.task().standardCode(), s.standardText(), s.task().lead(), String.join("、", s.task().supporting()),
                    s.task().due(), null, null, CompositeScore.MATERIALS, s.surveyText(), s.materialsText(), s.task().notes());
        }
        String working = field == null ? "本轮未实地测评"
                : rated ? "达标 " + field.fullyMet() + " / 计分 " + field.scored() + (field.awaitingReview() > 0 ? "（含待审核 " + field.awaitingReview() + " 个点位）" : "")
                : field.sites() + " 个点位全部不适用，无计分项";
        return new TaskProgressWriter.Line(s.task().standardCode(), s.standardText(), s.task().lead(), String.join("、", s.task().supporting()),
                s.task().due(), field == null ? 0 : field.sites(), rated ? Rounding.percent(field.complianceRate()) : null, working, s.surveyText(), s.materialsText(),
                s.task().notes());
    }
}
