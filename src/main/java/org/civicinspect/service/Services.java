package org.civicinspect.service;

import java.time.Clock;
import org.civicinspect.store.Workspace;

/** The use cases of one workspace: what the GUI and the command line call. */
public final class Services {

    private final Workspace workspace;
    private final ImportIndicatorWorkbook importIndicatorWorkbook;
    private final ImportSampleIndicatorSet importSampleIndicatorSet;
    private final ListIndicatorSets listIndicatorSets;
    private final LoadIndicatorSet loadIndicatorSet;
    private final ExportIndicatorWorkbook exportIndicatorWorkbook = new ExportIndicatorWorkbook();

    public Services(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.importIndicatorWorkbook = new ImportIndicatorWorkbook(workspace, clock);
        this.importSampleIndicatorSet = new ImportSampleIndicatorSet(importIndicatorWorkbook);
        this.listIndicatorSets = new ListIndicatorSets(workspace);
        this.loadIndicatorSet = new LoadIndicatorSet(workspace);
    }

    public Workspace workspace() {
        return workspace;
    }

    public ImportIndicatorWorkbook importIndicatorWorkbook() {
        return importIndicatorWorkbook;
    }

    public ImportSampleIndicatorSet importSampleIndicatorSet() {
        return importSampleIndicatorSet;
    }

    public ListIndicatorSets listIndicatorSets() {
        return listIndicatorSets;
    }

    public LoadIndicatorSet loadIndicatorSet() {
        return loadIndicatorSet;
    }

    public ExportIndicatorWorkbook exportIndicatorWorkbook() {
        return exportIndicatorWorkbook;
    }
}
