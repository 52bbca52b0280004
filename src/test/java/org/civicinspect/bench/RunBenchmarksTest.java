package org.civicinspect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
