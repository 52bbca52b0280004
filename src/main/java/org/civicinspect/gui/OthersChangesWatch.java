package org.civicinspect.gui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;
import org.civicinspect.service.workspace.NoticeOthersChanges;
import org.slf4j.LoggerFactory;

/**
 * Keeps the open screens true when someone else changes the workspace (another staff member on the office's server,
 * a command run beside the app): every few seconds, while the window is showing, it asks off the JavaFX thread
 * whether others changed anything, and if they did the screens read their data again as after a change of their own.
 */
final class OthersChangesWatch {

    static final Duration EVERY = Duration.seconds(3);

    private final TaskExecutor executor;
    private final NoticeOthersChanges notice;
    private final Runnable changed;
    private final Timeline timeline;
    private Long seen;
    private boolean asking;

    /** Starts watching from what the workspace holds now: what the screens are about to show. */
    OthersChangesWatch(Node window, TaskExecutor executor, NoticeOthersChanges notice, Runnable changed) {
        this.executor = executor;
        this.notice = notice;
        this.changed = changed;
        timeline = new Timeline(new KeyFrame(EVERY, e -> {
            if (window.getScene() != null && window.getScene().getWindow() != null && window.getScene().getWindow().isShowing()) {
                look();
            }
        }));
        timeline.setCycleCount(Timeline.INDEFINITE);
        look();
        timeline.play();
    }

    private void look() {
        if (asking) {
            return;
        }
        asking = true;
        executor.run(progress -> notice.othersMark(), mark -> {
            asking = false;
            if (seen != null && !seen.equals(mark)) {
                changed.run();
            }
            seen = mark;
        }, error -> {
            asking = false;
            LoggerFactory.getLogger(OthersChangesWatch.class).debug("could not look for others' changes", error);
        });
    }

    void stop() {
        timeline.stop();
    }
}
