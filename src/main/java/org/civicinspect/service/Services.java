package org.civicinspect.service;

import java.nio.file.Path;
import java.time.Clock;
import org.civicinspect.store.DataFolder;
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

    /** Opens (creating and migrating as needed) the workspace in the data folder. */
    public static Services open(Path dataFolder, Clock clock) {
        return new Services(Workspace.open(dataFolder), clock);
    }

    /** {@code --data DIR} if given, else CIVICINSPECT_HOME, else the platform's folder for application data. */
    public static Path dataFolder(Path explicit) {
        return DataFolder.resolve(explicit);
    }

    public Workspace workspace() {
        return workspace;
    }

    public Path dataFolder() {
        return workspace.folder();
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
