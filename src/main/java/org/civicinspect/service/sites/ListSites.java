package org.civicinspect.service.sites;

import java.util.List;
import org.civicinspect.model.Site;
import org.civicinspect.store.Workspace;

/** The site registry, in district / street / name order, narrowed by a filter. */
public final class ListSites {

    private final Workspace workspace;

    public ListSites(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Site> run(SiteFilter filter) {
        List<Site> all = workspace.read(tx -> tx.sites().list());
        return filter.equals(SiteFilter.ALL) ? all : all.stream().filter(filter::matches).toList();
    }
}
