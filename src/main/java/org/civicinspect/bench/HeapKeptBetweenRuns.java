package org.civicinspect.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * While a bench runs, the untimed collection before each timed run does not give the heap back. After a full
 * collection G1 shrinks the heap to what is live plus 70% ({@code MaxHeapFreeRatio}): at {@code -Xmx256m} every run
 * then began in about 127 MB and paid for growing it again, with a concurrent marking cycle or two that took one of
 * the two cores from it, by chance more or less. A program in use keeps the heap it has grown, as the runs now do.
 * The largest heap is unchanged. On a JVM without the setting, nothing is changed.
 */
final class HeapKeptBetweenRuns implements AutoCloseable {

    private static final String SETTING = "MaxHeapFreeRatio";

    private final HotSpotDiagnosticMXBean hotspot;
    private final String before;

    private HeapKeptBetweenRuns(HotSpotDiagnosticMXBean hotspot, String before) {
        this.hotspot = hotspot;
        this.before = before;
    }

    static HeapKeptBetweenRuns begin() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        try {
            String before = hotspot.getVMOption(SETTING).getValue();
            hotspot.setVMOption(SETTING, "100");
            return new HeapKeptBetweenRuns(hotspot, before);
        } catch (RuntimeException notThisJvm) {
            return new HeapKeptBetweenRuns(null, null);
        }
    }

    @Override
    public void close() {
        if (hotspot != null) {
            hotspot.setVMOption(SETTING, before);
        }
    }
}
