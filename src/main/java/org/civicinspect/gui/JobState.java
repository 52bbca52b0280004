package org.civicinspect.gui;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.common.ChangedMeanwhile;
import org.civicinspect.service.common.RequestRefused;

/**
 * A screen's long job as its status bar shows it: running or not, progress, the last message, and cancel.
 * A refused request shows its reason; a cancelled job says nothing changed; anything else is reported. A job that acts
 * on what the screen showed may be refused because a colleague changed it meanwhile: then the screen reads it again.
 */
public final class JobState {

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private TaskExecutor.Handle running;

    public JobState(TaskExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Runs a long job with progress and cancel; {@code onDone} gets its result on the JavaFX thread. */
    public <T> void run(String startMessage, TaskExecutor.Job<T> job, Consumer<T> onDone) {
        run(startMessage, job, onDone, () -> { });
    }

    /** As {@link #run(String, TaskExecutor.Job, Consumer)}; when refused as changed meanwhile, shows why and calls {@code reread}. */
    public <T> void run(String startMessage, TaskExecutor.Job<T> job, Consumer<T> onDone, Runnable reread) {
        busy.set(true);
        progress.set(-1);
        status.set(startMessage);
        running = executor.run(job, progress::set, result -> {
            busy.set(false);
            progress.set(0);
            running = null;
            onDone.accept(result);
        }, error -> failed(error, reread));
    }

    /** Runs a short job without a progress bar; failures are handled as for long jobs. */
    public <T> void quick(TaskExecutor.Job<T> job, Consumer<T> onDone) {
        executor.run(job, onDone, this::failed);
    }

    /** As {@link #quick(TaskExecutor.Job, Consumer)}; when refused as changed meanwhile, shows why and calls {@code reread}. */
    public <T> void quick(TaskExecutor.Job<T> job, Consumer<T> onDone, Runnable reread) {
        executor.run(job, onDone, error -> failed(error, reread));
    }

    private void failed(Throwable error, Runnable reread) {
        failed(error);
        if (error instanceof ChangedMeanwhile) {
            reread.run();
        }
    }

    public void say(String message) {
        status.set(message);
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    public void failed(Throwable error) {
        busy.set(false);
        progress.set(0);
        running = null;
        if (error instanceof RequestRefused refused) {
            status.set(Messages.get(refused.messageKey(), refused.args()));
        } else if (error instanceof CancellationException) {
            status.set(Messages.get("job.cancelled"));
        } else {
            status.set(Messages.get("job.failed"));
            dialogs.showError(Messages.get("job.failed"), String.valueOf(error.getMessage()));
        }
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
