package org.civicinspect.service.library;

import java.util.ArrayList;
import java.util.List;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.store.Workspace;

/** The indicator library: every stored set version, oldest first, with its counts. */
public final class ListIndicatorSets {

    private final Workspace workspace;

    public ListIndicatorSets(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<IndicatorSetSummary> run() {
        return workspace.read(tx -> {
            List<IndicatorSetSummary> summaries = new ArrayList<>();
            for (IndicatorSet set : tx.indicatorSets().list()) {
                summaries.add(IndicatorSetSummary.of(set, tx.indicatorSets().loadTree(set.id())));
            }
            return summaries;
        });
    }

    public List<IndicatorSet> sets() {
        return workspace.read(tx -> tx.indicatorSets().list());
    }

    /** Every site type that an indicator set in this workspace names. */
    public List<String> siteTypes() {
        return workspace.read(tx -> tx.indicatorSets().siteTypes());
    }
}
