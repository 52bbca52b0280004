package org.civicinspect.service.workspace;

import org.civicinspect.service.common.SettingsFile;
import org.civicinspect.store.Workspace;

/**
 * The first start of the desktop app on an empty workspace offers the demo city. The offer is made until the
 * workspace holds sites or rounds, or until the user declines it once. Making the city is the demo's own job.
 */
public final class OfferDemoCity {

    private static final String KEY = "demo.offer";
    private static final String DECLINED = "declined";

    private final Workspace workspace;
    private final SettingsFile settings;

    public OfferDemoCity(Workspace workspace) {
        this.workspace = workspace;
        this.settings = new SettingsFile(workspace.folder());
    }

    public boolean shouldOffer() {
        return !settings.get(KEY).filter(DECLINED::equals).isPresent()
                && workspace.read(tx -> tx.sites().tableCounts().get("site") == 0 && tx.rounds().list().isEmpty());
    }

    public void decline() {
        settings.put(KEY, DECLINED);
    }
}
