package org.civicinspect.service.materials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Round;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once a round is done (every inspection approved), a settled material grade is part of the figures the city has
 * seen: changing it takes a reason, kept in the audit log, as a correction of an approved finding does. Grading a
 * standard for the first time, or again after it was returned to its unit, is the review going on and needs none.
 */
class MaterialReviewOfAFinishedRoundTest {

    @TempDir Path temp;
    private Services office;
    private Round round;

    @BeforeEach
    void aDoneRoundWithThreeMaterialStandards() throws Exception {
        office = TestWorkspaces.open(temp.resolve("office"));
        Path indicators = new WorkbookBuilder().sheet("测评体系")
                .row("编码", "测评项目", "测评内容", "测评标准", "测评方法", "分值", "计分方式", "适用点位")
                .row("M1", "制度建设", "工作机制", "有创建工作方案", "材料审核", 5, "符合/不符合", "")
                .row("M2", "制度建设", "宣传", "网上申报宣传情况", "网上申报", 5, "符合/不符合", "")
                .row("M3", "制度建设", "统计", "有创建统计台账", "材料审核", 5, "符合/不符合", "")
                .save(temp, "体系.xlsx");
        office.importIndicatorWorkbook().run(indicators, null, Progress.NONE);
        round = office.createRound().run("一季度", "latest", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "");
        office.recordMaterialReview().run(round.name(), "M1", "完整", "");
        office.recordMaterialReview().run(round.name(), "M2", "退回", "缺宣传截图");
        office.workspace().write(tx -> {
            tx.rounds().setStatus(round.id(), RoundStatus.DONE);
            return null;
        });
    }

    @Test
    void changingASettledGradeOfADoneRoundNeedsAReason() {
        RequestRefused refused = assertThrows(RequestRefused.class, () -> office.recordMaterialReview().run(round.name(), "M1", "缺失", ""));
        assertEquals("materials.doneRoundNeedsReason", refused.messageKey());
        assertEquals("完整", grade("M1"), "nothing changed");

        office.recordMaterialReview().run(round.name(), "M1", "缺失", "", "复核发现方案为往年文件");
        assertEquals("缺失", grade("M1"));
        String logged = office.workspace().read(tx -> tx.audit().ofAction(org.civicinspect.store.AuditLog.Action.MATERIAL_REVIEW)).stream()
                .map(e -> e.detail()).filter(d -> d.startsWith("standard=M1")).reduce((a, b) -> b).orElseThrow();
        assertTrue(logged.contains("reason=复核发现方案为往年文件"), logged);
    }

    @Test
    void aFirstGradeAReturnedStandardAndTheSameGradeAgainNeedNone() {
        office.recordMaterialReview().run(round.name(), "M3", "部分", "");
        office.recordMaterialReview().run(round.name(), "M2", "完整", "补交了截图");
        office.recordMaterialReview().run(round.name(), "M1", "完整", "意见补充");
        assertEquals(List.of("完整", "完整", "部分"), List.of(grade("M1"), grade("M2"), grade("M3")));
    }

    private String grade(String code) {
        return office.workspace().read(tx -> tx.materialReviews().ofRound(round.id())).stream()
                .filter(r -> r.standardCode().equals(code)).findFirst().orElseThrow().grade().label();
    }
}
