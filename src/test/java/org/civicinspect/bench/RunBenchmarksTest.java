package org.civicinspect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.civicinspect.model.Progress;
import org.junit.jupiter.api.Test;

/** How a workload and its baseline are run beside each other (what is timed, not how long it takes). */
class RunBenchmarksTest {

    @Test
    void theWarmUpsAreNotCountedAndInTheTimedPairsTheSidesTakeTurnsGoingFirstEachAfterTheUntimedPreparation() {
        List<String> calls = new ArrayList<>();
        BenchResult result = RunBenchmarks.compare("w", "b", () -> calls.add("workload"), () -> calls.add("baseline"),
                () -> calls.add("flush"), 1, 4, 2.0, null, Progress.NONE);

        assertEquals(List.of("workload", "baseline",
                "flush", "baseline", "flush", "workload",
                "flush", "workload", "flush", "baseline",
                "flush", "baseline", "flush", "workload",
                "flush", "workload", "flush", "baseline"), calls);
        assertEquals(4, result.runs());
    }

    @Test
    void whileTheCompilerIsStillAtWorkMoreWarmUpsAreRunButNeverFewerThanAskedOrMoreThanTheMost() {
        List<String> calls = new ArrayList<>();
        RunBenchmarks.compare("w", "b", () -> calls.add("workload"), () -> calls.add("baseline"), () -> { }, 2, 5, 1, 2.0, null,
                Progress.NONE);

        long warmUps = calls.stream().filter("workload"::equals).count() - 1;
        assertTrue(warmUps >= 2 && warmUps <= 5, warmUps + " warm-ups");
        assertEquals(calls.stream().filter("baseline"::equals).count(), warmUps + 1);
    }
}
