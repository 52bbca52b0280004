package org.civicinspect.gui;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.civicinspect.model.Progress;

/**
 * Runs work off the JavaFX thread. Progress, the result and any failure arrive on the JavaFX thread.
 * Screens never create threads themselves.
 */
public interface TaskExecutor {

    @FunctionalInterface
    interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    /** A running job; cancelling makes its {@link Progress#isCancelled()} true. */
    interface Handle {
        void cancel();
    }

    <T> Handle run(Job<T> job, DoubleConsumer progress, Consumer<T> onDone, Consumer<Throwable> onFailed);

    default <T> Handle run(Job<T> job, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        return run(job, fraction -> { }, onDone, onFailed);
    }
}
