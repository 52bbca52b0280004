package org.civicinspect.service.rounds;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.Round;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.LoadIndicatorSet;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/** Creates a round (准备中) pinned to one indicator-set version. */
public final class CreateRound {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public CreateRound(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
    }

    public Round run(String name, String indicatorSetReference, LocalDate start, LocalDate end, String notes) {
        if (name == null || name.isBlank()) {
            throw new RequestRefused("round.needsName");
        }
        if (end.isBefore(start)) {
            throw new RequestRefused("round.endBeforeStart", start.toString(), end.toString());
        }
        IndicatorSet set = workspace.read(tx -> LoadIndicatorSet.resolve(tx.indicatorSets().list(), indicatorSetReference))
                .orElseThrow(() -> new RequestRefused("cli.indicators.noSuchSet", indicatorSetReference));
        return workspace.write(tx -> {
            if (tx.rounds().findByName(name.strip()).isPresent()) {
                throw new RequestRefused("round.nameTaken", name.strip());
            }
            Round round = new Round(UUID.randomUUID().toString(), name.strip(), start, end, set.id(), RoundStatus.PREPARING, notes);
            tx.rounds().insert(round, Audit.now(clock));
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.ROUND, Audit.round(round.id()),
                    "created " + round.name() + " " + start + "~" + end + " set=" + set.id());
            return round;
        });
    }
}
