package org.civicinspect.service.sites;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civicinspect.model.Site;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/** Adds a site (no id) or changes one, after checking it as the importer would; returns message keys of what is wrong. */
public final class SaveSite {

    public record Outcome(Site saved, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public SaveSite(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
    }

    public Outcome run(Site site) {
        List<String> problems = new ArrayList<>();
        if (site.name().isBlank()) {
            problems.add("sites.missingName");
        }
        if (site.district().isBlank()) {
            problems.add("sites.missingDistrict");
        }
        if (!workspace.read(tx -> tx.indicatorSets().siteTypes()).contains(site.siteType())) {
            problems.add("sites.form.unknownType");
        }
        if ((site.latitude() == null) != (site.longitude() == null)) {
            problems.add("sites.halfCoordinates");
        } else if (site.latitude() != null && (site.latitude().abs().compareTo(new BigDecimal(90)) > 0
                || site.longitude().abs().compareTo(new BigDecimal(180)) > 0)) {
            problems.add("sites.form.coordinateRange");
        }
        boolean clash = workspace.read(tx -> tx.sites().list()).stream()
                .anyMatch(other -> other.identity().equals(site.identity()) && !other.id().equals(site.id()));
        if (clash) {
            problems.add("sites.form.exists");
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        boolean adding = site.id() == null;
        Site saved = adding ? site.withId(UUID.randomUUID().toString()) : site;
        workspace.write(tx -> {
            tx.sites().save(adding ? List.of(saved) : List.of(), adding ? List.of() : List.of(saved),
                    Audit.now(clock));
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.SITE, "site:" + saved.id(),
                    (adding ? "added " : "changed ") + saved.district() + " " + saved.name() + " " + saved.siteType());
            return null;
        });
        return new Outcome(saved, List.of());
    }
}
