package org.civicinspect.service.sites;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicinspect.excel.SiteWorkbookContent;
import org.civicinspect.excel.SiteWorkbookReader;
import org.civicinspect.excel.UnreadableWorkbookException;
import org.civicinspect.excel.WorkbookFiles;
import org.civicinspect.model.Progress;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.model.Site;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Imports a site workbook. Sites are matched by (district, name, type): new ones are added, changed ones
 * updated, the rest counted unchanged. Any error rejects the whole file and changes nothing.
 */
public final class ImportSiteWorkbook {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public ImportSiteWorkbook(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
    }

    public SiteImportResult run(Path file, Progress progress) {
        if (!Files.isRegularFile(file)) {
            return SiteImportResult.rejected(List.of(SheetProblem.ofFile("import.fileMissing", file.toString())), List.of());
        }
        List<String> knownTypes = workspace.read(tx -> tx.indicatorSets().siteTypes());
        SiteWorkbookContent content;
        try {
            content = new SiteWorkbookReader(knownTypes).read(WorkbookFiles.read(file), progress);
        } catch (UnreadableWorkbookException e) {
            return SiteImportResult.rejected(List.of(e.problem()), List.of());
        }
        if (!content.ok()) {
            return SiteImportResult.rejected(content.errors(), content.notes());
        }
        progress.checkCancelled();
        return workspace.write(tx -> {
            Map<String, Site> existing = new HashMap<>();
            for (Site site : tx.sites().list()) {
                existing.put(site.identity(), site);
            }
            List<Site> added = new ArrayList<>();
            List<Site> updated = new ArrayList<>();
            int unchanged = 0;
            for (Site site : content.sites()) {
                Site known = existing.get(site.identity());
                if (known == null) {
                    added.add(site.withId(UUID.randomUUID().toString()));
                } else if (known.sameDataAs(site)) {
                    unchanged++;
                } else {
                    updated.add(site.withId(known.id()));
                }
            }
            tx.sites().save(added, updated, Audit.now(clock));
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.IMPORT_SITES, "file:" + file.getFileName(),
                    "added=" + added.size() + " updated=" + updated.size() + " unchanged=" + unchanged);
            return new SiteImportResult(true, added.size(), updated.size(), unchanged, List.of(), content.notes());
        });
    }
}
