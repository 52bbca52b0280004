package org.civicinspect.service.fieldwork;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Recheck;
import org.civicinspect.model.Round;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/** Opens a drawn site's sheet: its checklist, the answers so far, the header, and what to recheck there. */
public final class OpenInspection {

    private final Workspace workspace;
    private final Checklists checklists;

    public OpenInspection(Workspace workspace, Checklists checklists) {
        this.workspace = workspace;
        this.checklists = checklists;
    }

    public InspectionSheet run(String roundId, String siteId) {
        return workspace.read(tx -> sheet(tx, roundId, siteId));
    }

    /** The sheet as the caller's transaction sees it. */
    InspectionSheet sheet(Tx tx, String roundId, String siteId) throws SQLException {
        Round round = tx.rounds().find(roundId).orElseThrow(() -> new RequestRefused("round.notFound", roundId));
        DrawnSite drawn = tx.rounds().drawn(roundId, tx.sites().byIds(List.of(siteId))).stream()
                .filter(d -> d.site() != null).findFirst().orElseThrow(() -> new RequestRefused("round.siteNotDrawn", siteId));
        Map<String, Finding> byCode = new HashMap<>();
        for (Finding f : tx.findings().ofInspection(roundId, siteId)) {
            byCode.put(f.standardCode(), f);
        }
        Inspection inspection = tx.inspections().find(roundId, siteId)
                .orElse(new Inspection(roundId, siteId, InspectionStatus.NOT_STARTED, null, "", ""));
        return new InspectionSheet(round, drawn.site(), drawn.team(), checklists.forSiteType(round.indicatorSetId(), drawn.site().siteType()),
                byCode, inspection);
    }

    /** A sheet with what to recheck at it, by standard code. */
    public record SheetToRecheck(InspectionSheet sheet, Map<String, Recheck> rechecks) {
    }

    /** The sheet and what to recheck at it, read together: what the scoring screen shows when a site is chosen. */
    public SheetToRecheck withRechecks(String roundId, String siteId) {
        return workspace.read(tx -> new SheetToRecheck(sheet(tx, roundId, siteId), tx.rechecks().ofInspection(roundId, siteId)));
    }

    /** What to recheck at this inspection, by standard code: open problems of earlier rounds at the site. */
    public Map<String, Recheck> rechecks(String roundId, String siteId) {
        return workspace.read(tx -> tx.rechecks().ofInspection(roundId, siteId));
    }
}
