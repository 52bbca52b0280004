package org.civicinspect.gui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.concurrent.Task;
import org.civicinspect.model.Progress;

/** Runs one job at a time on a background thread as a {@code javafx.concurrent.Task}. */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "civicinspect-background");
        thread.setDaemon(true);
        return thread;
    });

    /** A task that is also the job's {@link Progress}: updates go to the task's progress property. */
    private static final class JobTask<T> extends Task<T> implements Progress {
        private final Job<T> job;

        JobTask(Job<T> job) {
            this.job = job;
        }

        @Override
        protected T call() throws Exception {
            return job.run(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }
    }

    @Override
    public <T> Handle run(Job<T> job, DoubleConsumer progress, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        JobTask<T> task = new JobTask<>(job);
        task.progressProperty().addListener((obs, old, value) -> progress.accept(value.doubleValue()));
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFailed.accept(task.getException()));
        task.setOnCancelled(e -> onFailed.accept(new CancellationException()));
        executor.submit(task);
        return () -> task.cancel(false);
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
