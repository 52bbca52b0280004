package org.civicinspect.model;

import java.util.concurrent.CancellationException;

/** How a long job reports how far it is and learns that the user cancelled it. */
public interface Progress {

    Progress NONE = (done, total) -> { };

    void update(long done, long total);

    default boolean isCancelled() {
        return false;
    }

    /** Stops the job by throwing {@link CancellationException} once the user has cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException();
        }
    }
}
