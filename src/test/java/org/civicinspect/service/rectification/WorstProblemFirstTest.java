package org.civicinspect.service.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicinspect.model.Escalation;
import org.civicinspect.service.rectification.ShowRectificationStanding.Exposed;
import org.junit.jupiter.api.Test;

/** Which of a round's problems 典型问题曝光 shows first: the worst, as a reader of the bulletin would judge it. */
class WorstProblemFirstTest {

    private static Exposed problem(String site, Escalation escalation, long overdueDays, String pointsLost, boolean recurred,
                                   boolean failedRecheck) {
        return new Exposed("城东区城管局", "城东区", "东湖街道", site, "01-01-01", "路面干净", "", LocalDate.of(2026, 1, 16), escalation,
                overdueDays, new BigDecimal(pointsLost), recurred, failedRecheck, null);
    }

    @Test
    void redThenYellowThenWhiteThenClosedAndWithinOneWhatCameBackThenTheMostOverdueThenTheMostPointsLost() {
        List<Exposed> problems = new ArrayList<>(List.of(
                problem("白大", Escalation.WHITE, 0, "4", false, false),
                problem("白小", Escalation.WHITE, 0, "1", false, false),
                problem("黄复发复查", Escalation.YELLOW, 5, "0.5", true, true),
                problem("黄临期", Escalation.YELLOW, 0, "3", false, false),
                problem("黄复查7天", Escalation.YELLOW, 7, "1", false, true),
                problem("红10天", Escalation.RED, 10, "1", false, false),
                problem("已销号", Escalation.NONE, 0, "4", false, false),
                problem("红复发", Escalation.RED, 8, "1", true, false),
                problem("红12天", Escalation.RED, 12, "2", false, false)));
        problems.sort(ShowRectificationStanding.WORST_PROBLEM_FIRST);
        assertEquals(List.of("红复发", "红12天", "红10天", "黄复查7天", "黄复发复查", "黄临期", "白大", "白小", "已销号"),
                problems.stream().map(Exposed::site).toList());
    }

    @Test
    void aYellowThatRecurredAndFailedItsRecheckComesBeforeWhitesThatLostMorePoints() {
        List<Exposed> problems = new ArrayList<>(List.of(
                problem("白一", Escalation.WHITE, 0, "4", false, false),
                problem("白二", Escalation.WHITE, 0, "4", false, false),
                problem("白三", Escalation.WHITE, 0, "4", false, false),
                problem("黄", Escalation.YELLOW, 2, "0.67", true, true)));
        problems.sort(ShowRectificationStanding.WORST_PROBLEM_FIRST);
        assertEquals(List.of("黄", "白一", "白三", "白二"), problems.stream().map(Exposed::site).toList(),
                "equal whites by unit, then site (一 U+4E00 < 三 U+4E09 < 二 U+4E8C)");
    }
}
