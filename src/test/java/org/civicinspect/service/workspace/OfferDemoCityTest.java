package org.civicinspect.service.workspace;

import org.civicinspect.service.Services;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo city is offered on an empty workspace until the user declines once or enters data. */
class OfferDemoCityTest {

    @TempDir Path temp;

    @Test
    void anEmptyWorkspaceIsOfferedTheDemoUntilItIsDeclinedAndTheAnswerIsKeptBesideTheLanguage() {
        Path folder = temp.resolve("ws");
        Services services = TestWorkspaces.open(folder);
        services.importSampleIndicatorSet().run(Progress.NONE);
        assertTrue(services.offerDemoCity().shouldOffer());
        new ChooseLanguage(folder).choose("en");
        services.offerDemoCity().decline();
        assertFalse(services.offerDemoCity().shouldOffer());
        assertFalse(TestWorkspaces.open(folder).offerDemoCity().shouldOffer(), "remembered across starts");
        assertEquals("en", new ChooseLanguage(folder).saved(), "declining keeps the chosen language");
        new ChooseLanguage(folder).choose("zh");
        assertFalse(services.offerDemoCity().shouldOffer(), "choosing a language keeps the answer");
    }

    @Test
    void aWorkspaceWithSitesIsNotOfferedTheDemo() {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        assertFalse(services.offerDemoCity().shouldOffer());
    }
}
