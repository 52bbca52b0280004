package org.civicinspect.gui;

import org.civicinspect.i18n.Messages;
import org.civicinspect.service.common.RequestRefused;

/** What a step run off the JavaFX thread gave: its value, or the refusal to show instead (other failures are thrown on). */
record Attempt<T>(T value, RequestRefused refused) {

    @FunctionalInterface
    interface Step<T> {
        T run();
    }

    static <T> Attempt<T> of(Step<T> step) {
        try {
            return new Attempt<>(step.run(), null);
        } catch (RequestRefused e) {
            return new Attempt<>(null, e);
        }
    }

    /** When refused: says why in the status bar and in an error dialog titled by {@code titleKey}; returns whether it was. */
    boolean saidRefusal(JobState job, DialogService dialogs, String titleKey) {
        if (refused == null) {
            return false;
        }
        String message = Messages.get(refused.messageKey(), refused.args());
        job.say(message);
        dialogs.showError(Messages.get(titleKey), message);
        return true;
    }
}
