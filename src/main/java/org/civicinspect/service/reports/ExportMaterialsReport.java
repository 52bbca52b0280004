package org.civicinspect.service.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civicinspect.excel.MaterialsReportWriter;
import org.civicinspect.model.CompositeWeights;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.Standard;
import org.civicinspect.model.TaskAssignment;
import org.civicinspect.scoring.CompositeScore;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.materials.CheckRoundMaterials;
import org.civicinspect.service.materials.ListMaterialFiles;
import org.civicinspect.service.materials.ListRoundMaterials;
import org.civicinspect.store.Workspace;

/**
 * {@code report materials}: the review of a round's material standards by standard, with the lead unit from the 任务分解
 * where one is assigned, the grade with its coefficient and the points it earns, the comment, reviewer and review date,
 * the files filed (count, types, units) and the automatic checks' warnings; then the total, the materials part of the
 * 综合得分 as {@code score composite} gives it.
 */
public final class ExportMaterialsReport {

    private final Workspace workspace;
    private final ListRoundMaterials listRoundMaterials;
    private final ListMaterialFiles listMaterialFiles;
    private final CheckRoundMaterials checkRoundMaterials;
    private final SignedIn signedIn;

    public ExportMaterialsReport(Workspace workspace, ListRoundMaterials listRoundMaterials, ListMaterialFiles listMaterialFiles,
                                 CheckRoundMaterials checkRoundMaterials, SignedIn signedIn) {
        this.workspace = workspace;
        this.listRoundMaterials = listRoundMaterials;
        this.listMaterialFiles = listMaterialFiles;
        this.checkRoundMaterials = checkRoundMaterials;
        this.signedIn = signedIn;
    }

    public List<MaterialsReportWriter.Line> run(String roundReference, Path out) throws IOException {
        ListRoundMaterials.Listed listed = listRoundMaterials.run(roundReference);
        var round = listed.round();
        List<MaterialFile> files = listMaterialFiles.run(round.id(), "").files();
        CheckRoundMaterials.Checked checked = checkRoundMaterials.run(round.id());
        Map<String, String> leads = workspace.read(tx -> tx.taskAssignments().of(round.indicatorSetId())).stream()
                .collect(Collectors.toMap(TaskAssignment::standardCode, TaskAssignment::lead, (a, b) -> a));
        List<MaterialsReportWriter.Line> lines = new ArrayList<>();
        for (ListRoundMaterials.Line line : listed.lines()) {
            String code = line.standard().code();
            List<MaterialFile> its = files.stream().filter(f -> f.standards().contains(code)).toList();
            Map<String, Long> types = its.stream().collect(Collectors.groupingBy(MaterialFile::type, LinkedHashMap::new, Collectors.counting()));
            List<String> warnings = checked.warnings().stream()
                    .filter(w -> code.equals(w.standardCode()) || (w.file() != null && w.file().standards().contains(code)))
                    .map(ExportMaterialsReport::warning).toList();
            Optional<MaterialReview> review = line.review();
            lines.add(new MaterialsReportWriter.Line(code, line.standard().text(), line.standard().points(), leads.getOrDefault(code, ""),
                    review.map(r -> r.grade().withCoefficient()).orElse("未审核"),
                    review.map(r -> line.standard().points().multiply(r.grade().coefficient())).orElse(null),
                    review.map(MaterialReview::comment).orElse(""), review.map(MaterialReview::reviewer).orElse(""),
                    review.map(r -> LocalDate.ofInstant(r.reviewedAt(), ZoneId.systemDefault())).orElse(null), its.size(),
                    types.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("、")),
                    String.join("、", its.stream().map(MaterialFile::unit).collect(Collectors.toCollection(LinkedHashSet::new))),
                    String.join("\n", warnings)));
        }
        MaterialsReportWriter.Total total = total(listed, workspace.read(tx -> tx.materialReviews().weightsOf(round.indicatorSetId()))
                .orElse(CompositeWeights.DEFAULT));
        Instant dataTime = Stream.concat(files.stream().map(MaterialFile::filedAt),
                listed.lines().stream().flatMap(l -> l.review().stream()).map(MaterialReview::reviewedAt)).max(Instant::compareTo)
                .orElse(Instant.parse("2000-01-01T00:00:00Z"));
        AtomicFile.write(out, stream -> new MaterialsReportWriter().write(round.name() + " 材料审核结果",
                round.start() + " 至 " + round.end() + "　取证期 " + checked.window().from() + " 至 " + checked.window().to()
                        + "　材料测评标准 " + lines.size() + " 条，材料文件 " + files.size() + " 份　得分 = 分值 × 审核等级系数（等级表 "
                        + listed.scale().text() + "，退回 0）", dataTime, lines, total, stream));
        Audit.exported(workspace, signedIn.name(), "materials round=" + round.id(), out, lines.size());
        return lines;
    }

    /**
     * The materials part of the 综合得分 worked out as {@code score composite} works it ({@link CompositeScore#materials}):
     * Σ得分 / Σ满分 of the graded standards × the set's materials weight.
     */
    private static MaterialsReportWriter.Total total(ListRoundMaterials.Listed listed, CompositeWeights weights) {
        List<Standard> standards = listed.lines().stream().map(ListRoundMaterials.Line::standard).toList();
        Map<String, MaterialGrade> grades = new HashMap<>();
        listed.lines().forEach(l -> l.review().ifPresent(r -> grades.put(l.standard().code(), r.grade())));
        CompositeScore.Part part = CompositeScore.materials(standards, listed.scale(), grades, weights.materials());
        List<Standard> graded = standards.stream().filter(s -> grades.containsKey(s.code())).toList();
        BigDecimal possible = graded.stream().map(Standard::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal earned = graded.stream().map(s -> s.points().multiply(grades.get(s.code()).coefficient())).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new MaterialsReportWriter.Total(possible, earned, part.explanation());
    }

    private static String warning(CheckRoundMaterials.Warning w) {
        return switch (w.kind()) {
            case MISSING_TYPES -> "缺少材料类型：" + w.detail();
            case OUTSIDE_WINDOW -> w.file().fileName() + " 日期 " + w.file().documentDate() + " 不在取证期内";
            case FILED_IN_OTHER_ROUND -> w.file().fileName() + " 在 " + w.detail() + " 也提交过";
        };
    }
}
