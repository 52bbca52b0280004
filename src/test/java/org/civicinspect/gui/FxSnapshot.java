package org.civicinspect.gui;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.collections.ObservableList;
import org.testfx.util.WaitForAsyncUtils;

/** A copy of a screen's list taken on the FX thread: screens refill their lists while a test looks at them. */
public final class FxSnapshot {

    private FxSnapshot() {
    }

    public static <T> List<T> of(ObservableList<T> items) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> List.copyOf(items)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the FX thread did not hand over the list", e);
        }
    }
}
