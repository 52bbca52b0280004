package org.civicinspect.service.rounds;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Quota;
import org.civicinspect.model.QuotaShortfall;
import org.civicinspect.model.Round;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Site;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/** Draws a round's sites by lot and stores the draw with its plan and seed (replacing an earlier draw). */
public final class DrawRoundSample {

    public record Result(Round round, List<DrawnSite> drawn, List<QuotaShortfall> shortfalls) {
    }

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public DrawRoundSample(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
    }

    public Result run(String roundReference, SamplingPlan plan) {
        return workspace.write(tx -> {
            Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
            long answers = tx.findings().countOfRound(round.id());
            if (answers > 0) {
                throw new RequestRefused("round.hasAnswers", round.name(), answers);
            }
            if (round.status() != RoundStatus.PREPARING) {
                throw new RequestRefused("round.notPreparing", round.name());
            }
            List<String> types = tx.indicatorSets().siteTypes();
            for (Quota quota : plan.quotas()) {
                if (!types.contains(quota.siteType())) {
                    throw new RequestRefused("round.unknownQuotaType", quota.siteType(), String.join("、", types));
                }
            }
            Set<String> recent = new HashSet<>(plan.excludeRecentRounds() > 0
                    ? tx.rounds().sitesOfEarlierRounds(round, plan.excludeRecentRounds()) : List.of());
            SiteSampler.Draw draw = SiteSampler.draw(tx.sites().mustCheckCandidates(), tx.sites()::activeIdsCoveredBy, plan, recent);
            Map<String, Site> drawnSites = tx.sites().byIds(draw.picks().stream().map(SiteSampler.Pick::siteId).toList());
            List<DrawnSite> drawn = new ArrayList<>();
            for (SiteSampler.Pick pick : draw.picks()) {
                drawn.add(new DrawnSite(drawnSites.get(pick.siteId()), pick.reason(), null));
            }
            drawn.sort(Comparator.comparing((DrawnSite d) -> d.site().district()).thenComparing(d -> d.site().street())
                    .thenComparing(d -> d.site().siteType()).thenComparing(d -> d.site().name()));
            tx.rounds().saveDraw(round.id(), plan, drawn, Audit.now(clock));
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.DRAW, Audit.round(round.id()),
                    "seed=" + plan.seed() + " sites=" + drawn.size());
            return new Result(round, drawn, draw.shortfalls());
        });
    }
}
