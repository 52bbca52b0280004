package org.civicinspect.gui;

import java.util.function.Consumer;
import org.civicinspect.model.Progress;
import org.civicinspect.service.Services;

/**
 * Makes the demo city in an empty workspace, for the welcome's offer. The launcher hands it in, so the product
 * never depends on the demo code; where none is handed in, the demo is not offered.
 */
@FunctionalInterface
public interface DemoCityMaker {

    /** What was made, for the message that follows. */
    record Made(int sites, int people, int rounds, int findings) {
    }

    /** Makes the city; {@code stage} hears the name of each stage as it begins, on the thread that makes the city. */
    Made make(Services services, Progress progress, Consumer<String> stage);
}
