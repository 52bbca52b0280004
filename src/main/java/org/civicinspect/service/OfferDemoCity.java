package org.civicinspect.service;

import org.civicinspect.model.Progress;
import org.civicinspect.store.SiteRepository;

/**
 * The first start of the desktop app on an empty workspace offers the demo city. The offer is made until the
 * workspace holds sites or rounds, or until the user declines it once.
 */
public final class OfferDemoCity {

    private static final String KEY = "demo.offer";
    private static final String DECLINED = "declined";

    private final Services services;
    private final SettingsFile settings;

    OfferDemoCity(Services services) {
        this.services = services;
        this.settings = new SettingsFile(services.dataFolder());
    }

    public boolean shouldOffer() {
        return !settings.get(KEY).filter(DECLINED::equals).isPresent()
                && services.workspace().read(c -> new SiteRepository().tableCounts(c)).get("site") == 0
                && services.showRound().list().isEmpty();
    }

    public void decline() {
        settings.put(KEY, DECLINED);
    }

    public CreateDemoCity.Made accept(Progress progress) {
        return services.createDemoCity().run(CreateDemoCity.Size.STANDARD, progress);
    }
}
