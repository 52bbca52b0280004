package org.civicinspect.gui;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.civicinspect.model.Progress;

/** Runs every job at once on the calling thread, for ViewModel tests without a JavaFX stage. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> Handle run(Job<T> job, DoubleConsumer progress, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        T result;
        try {
            result = job.run((done, total) -> progress.accept(total == 0 ? 0 : (double) done / total));
        } catch (Exception e) {
            onFailed.accept(e);
            return () -> { };
        }
        onDone.accept(result);
        return () -> { };
    }
}
