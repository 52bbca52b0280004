package org.civicinspect.service.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Finding;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.ScoringMode;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording answers: versions, who and when, what fits, and when a site may be marked done. */
class RecordFindingTest {

    @TempDir Path temp;
    private Services services;
    private Round round;
    private DrawnSite park;

    @BeforeEach
    void aDrawnAndAssignedRound() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        round = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), "");
        services.drawRoundSample().run("甲轮", new SamplingPlan(List.of(new Quota("公园", null, 1)), 0, 1));
        park = services.assignTeams().run("甲轮", List.of()).drawn().stream()
                .filter(d -> d.site().siteType().equals("公园")).findFirst().orElseThrow();
    }

    private List<Standard> checklist() {
        return services.openInspection().run(round.id(), park.site().id()).standards();
    }

    private static Answer passing(Standard s) {
        return switch (s.scoring().mode()) {
            case BINARY -> Answer.met();
            case GRADED -> Answer.grade(org.civicinspect.model.Grade.A);
            case DEDUCTION -> Answer.occurrences(0);
        };
    }

    private Finding record(Standard s, Answer a, String note) {
        return services.recordFinding().run(new RecordFinding.Request(round.id(), park.site().id(), s.code(), a, note, List.of(), "张伟"));
    }

    @Test
    void eachChangeIsANewVersionStampedWithWhoAndWhen() {
        Standard first = checklist().get(0);
        Finding v1 = record(first, passing(first), "");
        Finding v2 = record(first, Answer.notApplicable(), "不在开放时间");
        assertEquals(1, v1.version());
        assertEquals(2, v2.version());
        assertEquals(v1.id(), v2.id());
        assertEquals("张伟", v2.answeredBy());
        assertEquals(TestWorkspaces.CLOCK.instant(), v2.answeredAt());
        InspectionSheet sheet = services.openInspection().run(round.id(), park.site().id());
        assertEquals(InspectionStatus.IN_PROGRESS, sheet.inspection().status());
        assertEquals("不在开放时间", sheet.findings().get(first.code()).note());
    }

    @Test
    void theFirstAnswerMovesTheRoundFromPreparingToInspecting() {
        assertEquals(RoundStatus.PREPARING, services.showRound().run("甲轮").round().status());
        Standard first = checklist().get(0);
        services.recordFinding().run(new RecordFinding.Request(round.id(), park.site().id(), first.code(), passing(first), "",
                List.of(), "张伟"));
        assertEquals(RoundStatus.INSPECTING, services.showRound().run("甲轮").round().status());
    }

    @Test
    void everyKindOfAnswerReadsBackAsItWasGiven() {
        Map<Standard, Answer> given = new java.util.LinkedHashMap<>();
        for (Standard s : checklist()) {
            given.put(s, switch (s.scoring().mode()) {
                case BINARY -> given.size() % 2 == 0 ? Answer.met() : Answer.notMet();
                case GRADED -> given.size() % 2 == 0 ? Answer.grade(org.civicinspect.model.Grade.B) : Answer.violations(2);
                case DEDUCTION -> Answer.occurrences(given.size() % 3);
            });
        }
        given.forEach((s, a) -> record(s, a, a.failing() ? "问题" : ""));
        InspectionSheet sheet = services.openInspection().run(round.id(), park.site().id());
        Map<String, Map<String, Answer>> scored = services.workspace()
                .read(c -> c.findings().answersOfRound(round.id()));
        given.forEach((s, a) -> {
            assertEquals(a, sheet.findings().get(s.code()).answer(), s.code());
            assertEquals(a, scored.get(park.site().id()).get(s.code()), s.code());
        });
    }

    @Test
    void anAnswerMustFitTheStandardAndTheSite() {
        Standard binary = checklist().stream().filter(s -> s.scoring().mode() == ScoringMode.BINARY).findFirst().orElseThrow();
        assertEquals("finding.answerDoesNotFit", assertThrows(RequestRefused.class, () -> record(binary, Answer.occurrences(2), "")).messageKey());
        Standard marketOnly = services.loadIndicatorSet().run("latest").orElseThrow().tree().standards()
                .filter(s -> s.siteTypes().equals(List.of("农贸市场"))).findFirst().orElseThrow();
        assertEquals("finding.standardNotForSite", assertThrows(RequestRefused.class, () -> record(marketOnly, Answer.met(), "")).messageKey());
    }

    @Test
    void aSiteIsDoneOnlyWhenEveryStandardIsAnsweredAndEveryProblemHasEvidence() {
        List<Standard> checklist = checklist();
        assertEquals("inspection.unanswered",
                assertThrows(RequestRefused.class, () -> services.completeInspection().run(round.id(), park.site().id())).messageKey());
        Standard failing = checklist.stream().filter(s -> s.scoring().mode() == ScoringMode.BINARY).findFirst().orElseThrow();
        for (Standard s : checklist) {
            record(s, s == failing ? Answer.notMet() : passing(s), "");
        }
        assertEquals("inspection.missingEvidence",
                assertThrows(RequestRefused.class, () -> services.completeInspection().run(round.id(), park.site().id())).messageKey());
        record(failing, Answer.notMet(), "垃圾桶满溢");
        InspectionSheet done = services.completeInspection().run(round.id(), park.site().id());
        assertEquals(InspectionStatus.COMPLETED, done.inspection().status());
        assertEquals(1, done.score().problems());
        assertEquals("finding.inspectionCompleted", assertThrows(RequestRefused.class, () -> record(failing, Answer.met(), "")).messageKey());
    }

    @Test
    void photosAreStoredOnceBySha256AndUnsupportedFilesAreRefused() throws Exception {
        Path png = temp.resolve("problem.png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        String sha = services.addPhoto().run(png);
        assertEquals(sha, services.addPhoto().run(png));
        assertTrue(Files.isRegularFile(services.addPhoto().file(sha)));
        assertEquals(List.of(sha), TestWorkspaces.storedPhotos(temp.resolve("ws")));
        Standard s = checklist().get(0);
        Finding withPhoto = services.recordFinding().run(new RecordFinding.Request(round.id(), park.site().id(), s.code(),
                Answer.notApplicable(), "", List.of(sha), "张伟"));
        assertEquals(List.of(sha), services.openInspection().run(round.id(), park.site().id()).findings().get(s.code()).photos());
        assertEquals(1, withPhoto.version());
        Path text = Files.writeString(temp.resolve("note.jpg"), "not a picture");
        assertEquals("photo.unsupported", assertThrows(RequestRefused.class, () -> services.addPhoto().run(text)).messageKey());
        assertEquals("photo.missing", assertThrows(RequestRefused.class, () -> services.addPhoto().run(temp.resolve("none.jpg"))).messageKey());
    }

    @Test
    void aNoteLongerThanTwoThousandCharactersIsRefusedWhetherAnsweredOrWrittenAfterwards() {
        Standard s = checklist().get(0);
        String tooLong = "占".repeat(2001);
        RequestRefused refused = assertThrows(RequestRefused.class, () -> record(s, passing(s), tooLong));
        assertEquals("finding.noteTooLong", refused.messageKey());
        assertEquals(List.of(2001, 2000), refused.args(), "the sentence names the length and the limit");
        record(s, passing(s), "");
        assertEquals("finding.noteTooLong", assertThrows(RequestRefused.class, () -> services.annotateFinding()
                .note(round.id(), park.site().id(), s.code(), tooLong, "张伟")).messageKey(), "the scoring screen's note is held to it too");
        assertEquals(2000, record(s, passing(s), tooLong.substring(1)).note().length());
    }

    @Test
    void aPhotoCutShortIsRefusedAndNotKept() throws Exception {
        Path whole = temp.resolve("whole.jpg");
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "jpg", whole.toFile());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(temp.resolve("cut.jpg"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path png = temp.resolve("whole.png");
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        byte[] pngBytes = Files.readAllBytes(png);
        Path cutPng = Files.write(temp.resolve("cut.png"), java.util.Arrays.copyOf(pngBytes, pngBytes.length / 2));

        assertEquals("photo.damaged", assertThrows(RequestRefused.class, () -> services.addPhoto().run(cut)).messageKey());
        assertEquals("photo.damaged", assertThrows(RequestRefused.class, () -> services.addPhoto().run(cutPng)).messageKey());
        assertEquals(List.of(), TestWorkspaces.storedPhotos(temp.resolve("ws")));
        assertTrue(Files.isRegularFile(services.addPhoto().file(services.addPhoto().run(whole))), "the whole picture is kept");
    }
}
