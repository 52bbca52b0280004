package org.civicinspect.gui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/**
 * Tells the screens that the workspace changed, so that every screen shows what is true now. A screen's view model
 * says {@link #changed} after a write of its own committed (an answer, a review decision, a package taken in, a
 * problem step, a correction, a round change); every other screen that listens then reads its data again: at once
 * while it is shown, else the next time it is shown, so a hidden screen costs nothing while the inspector types.
 * Everything here runs on the JavaFX thread; the reads themselves go through each screen's {@link TaskExecutor}.
 */
public final class WorkspaceEvents {

    private final List<Listener> listeners = new ArrayList<>();

    private static final class Listener {
        private final Object owner;
        private final Node screen;
        private final Runnable reload;
        private boolean stale;

        private Listener(Object owner, Node screen, Runnable reload) {
            this.owner = owner;
            this.screen = screen;
            this.reload = reload;
        }

        private boolean shown() {
            return screen == null || screen.getScene() != null;
        }
    }

    /** The workspace changed through {@code source}, which has already shown its own change. */
    public void changed(Object source) {
        for (Listener listener : List.copyOf(listeners)) {
            if (listener.owner == source) {
                continue;
            }
            if (listener.shown()) {
                listener.reload.run();
            } else {
                listener.stale = true;
            }
        }
    }

    /** {@code owner} reads its data again with {@code reload} whenever another screen changed the workspace. */
    public void listen(Object owner, Runnable reload) {
        listeners.add(new Listener(owner, null, reload));
    }

    /**
     * As {@link #listen(Object, Runnable)}, for a screen shown in {@code screen}: while that node is not in a window,
     * a change only marks it stale, and it reads again when it is shown.
     */
    public void listen(Object owner, Node screen, Runnable reload) {
        Listener listener = new Listener(owner, screen, reload);
        screen.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null && listener.stale) {
                listener.stale = false;
                reload.run();
            }
        });
        listeners.add(listener);
    }
}
