package org.civicinspect.gui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.civicinspect.model.Progress;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.WorkspaceTrouble;
import org.slf4j.LoggerFactory;

/**
 * Runs one job at a time on a background thread as a {@code javafx.concurrent.Task}. A failure the computer or the
 * server caused (a busy workspace, a full disk, a role the server's database does not give this login) reaches the
 * screen as the refusal it reads as, so it shows its one sentence.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final Supplier<Path> dataFolder;

    public FxTaskExecutor(Path dataFolder) {
        this(() -> dataFolder);
    }

    /** For the app, whose workspace (and so the folder its failures name) changes when the user switches to another. */
    FxTaskExecutor(Supplier<Path> dataFolder) {
        this.dataFolder = dataFolder;
    }

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
        // A screen answering a job that ended as the program closed may ask for another: there is no one left to show it to.
        if (executor.isShutdown()) {
            return () -> { };
        }
        JobTask<T> task = new JobTask<>(job);
        task.progressProperty().addListener((obs, old, value) -> progress.accept(value.doubleValue()));
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFailed.accept(understood(task.getException())));
        task.setOnCancelled(e -> onFailed.accept(new CancellationException()));
        executor.submit(task);
        return () -> task.cancel(false);
    }

    private Throwable understood(Throwable failure) {
        Optional<RequestRefused> refused = WorkspaceTrouble.of(failure, dataFolder.get());
        if (refused.isEmpty()) {
            return failure;
        }
        LoggerFactory.getLogger(FxTaskExecutor.class).debug("a job was refused", failure);
        return refused.get();
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
