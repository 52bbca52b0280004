package org.civicinspect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.civicinspect.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a bench run says of a workload: medians, the spread of its runs, and whether that spread lets it judge the target. */
class BenchResultTest {

    @AfterEach
    void backToChinese() {
        Messages.use("zh");
    }

    @Test
    void theRatioIsTheMedianOfTheRunsPairedWithTheirBaselineAndTheSpreadIsTheirLowestAndHighest() {
        // ratios 120/100 = 1.20, 130/100 = 1.30, 150/100 = 1.50: median 1.30, spread 1.20–1.50
        BenchResult r = BenchResult.of("w", "b", new double[] {130, 120, 150}, new double[] {100, 100, 100}, 2.0, null);
        assertEquals(130.0, r.workloadMillis());
        assertEquals(100.0, r.baselineMillis());
        assertEquals(1.30, r.ratio());
        assertEquals(1.20, r.lowest());
        assertEquals(1.50, r.highest());
        assertEquals(BenchResult.Verdict.MET, r.verdict());
        assertEquals(0.35, r.headroom(), "1 − 1.30 / 2.0 = 0.35 to spare");
        assertFalse(r.spreadTooWide(), "(1.50 − 1.20) / 1.30 = 0.23");
    }

    @Test
    void runsOnBothSidesOfTheTargetAreTooWideToJudgeWhateverTheMedianSays() {
        // ratios 1.8, 1.9, 2.3: the median 1.9 meets ≤ 2.0 but one run does not
        BenchResult r = BenchResult.of("w", "b", new double[] {180, 190, 230}, new double[] {100, 100, 100}, 2.0, null);
        assertTrue(r.meetsTarget());
        assertEquals(BenchResult.Verdict.TOO_WIDE_TO_JUDGE, r.verdict());
    }

    @Test
    void aTargetInMillisecondsJudgesTheWorkloadsOwnTimes() {
        // 40, 45, 60 ms against ≤ 100 ms: median 45, spread 40–60, (60 − 40) / 45 = 0.44
        BenchResult r = BenchResult.of("w", "b", new double[] {60, 40, 45}, new double[] {10, 10, 30}, null, 100.0);
        assertEquals(45.0, r.judged());
        assertEquals(40.0, r.lowest());
        assertEquals(60.0, r.highest());
        assertEquals(BenchResult.Verdict.MET, r.verdict());
        assertEquals(0.55, r.headroom());
        assertFalse(r.spreadTooWide());
    }

    @Test
    void allRunsMissingIsAMissAndAWideSpreadIsSaid() {
        // ratios 2.5, 4.0, 6.0: all above 2.0; (6.0 − 2.5) / 4.0 = 0.875 > 0.5
        BenchResult r = BenchResult.of("w", "b", new double[] {250, 400, 600}, new double[] {100, 100, 100}, 2.0, null);
        assertEquals(BenchResult.Verdict.MISSED, r.verdict());
        assertTrue(r.spreadTooWide());
    }

    @Test
    void theLineAndTheJsonCarryTheSpreadAndTheVerdict() throws Exception {
        Messages.use("en");
        BenchResult r = BenchResult.of("merge", "bare", new double[] {130, 120, 150}, new double[] {100, 100, 100}, 2.0, null);
        String line = BenchCommand.line(r);
        assertTrue(line.contains("ratio 1.30 (1.20–1.50, 3 runs)") && line.contains("met (35% to spare)"), line);
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(r));
        assertEquals(1.2, json.get("lowest").asDouble());
        assertEquals(1.5, json.get("highest").asDouble());
        assertEquals("MET", json.get("verdict").asText());
        assertEquals(0.35, json.get("headroom").asDouble());
        assertFalse(json.get("spreadTooWide").asBoolean());
    }
}
