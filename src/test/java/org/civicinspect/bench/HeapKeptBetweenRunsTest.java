package org.civicinspect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The untimed collection before each timed run leaves the heap as large as the runs before it grew it. */
class HeapKeptBetweenRunsTest {

    private static final int MB = 1024 * 1024;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    @Test
    void aCollectionBetweenRunsDoesNotGiveBackTheHeapTheRunsGrew() {
        try (HeapKeptBetweenRuns kept = HeapKeptBetweenRuns.begin()) {
            long grown = grow(200);

            System.gc();

            long after = memory.getHeapMemoryUsage().getCommitted();
            assertTrue(after >= grown, "the heap went from " + grown / MB + " MB to " + after / MB + " MB");
        }
    }

    @Test
    void afterTheBenchTheJvmGivesBackWhatItDoesNotNeedAsBefore() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String before = hotspot.getVMOption("MaxHeapFreeRatio").getValue();

        HeapKeptBetweenRuns.begin().close();

        assertEquals(before, hotspot.getVMOption("MaxHeapFreeRatio").getValue());
    }

    /** Keeps {@code megabytes} alive until the heap has grown to hold them, lets go of them and returns the heap's size then. */
    private long grow(int megabytes) {
        List<byte[]> live = new ArrayList<>();
        for (int i = 0; i < megabytes; i++) {
            live.add(new byte[MB]);
        }
        long grown = memory.getHeapMemoryUsage().getCommitted();
        assertTrue(grown >= (long) megabytes * MB, "grown to " + grown / MB + " MB");
        live.clear();
        return grown;
    }
}
