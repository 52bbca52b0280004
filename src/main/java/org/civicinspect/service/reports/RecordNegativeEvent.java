package org.civicinspect.service.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civicinspect.model.NegativeEvent;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * 负面清单事件: records, lists and withdraws the city-level events of a round. An event must name a negative-list
 * standard of the round's indicator set, fall within a sensible date, and deduct more than 0 and at most 100 points.
 */
public final class RecordNegativeEvent {

    private static final BigDecimal MAX_DEDUCTION = BigDecimal.valueOf(100);

    private final Workspace workspace;
    private final Clock clock;
    private final Checklists checklists;
    private final SignedIn signedIn;

    public RecordNegativeEvent(Workspace workspace, Clock clock, Checklists checklists, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
        this.checklists = checklists;
    }

    public NegativeEvent add(String roundReference, LocalDate date, String standardCode, String description, BigDecimal deduction) {
        Round round = round(roundReference);
        String code = standardCode == null ? "" : standardCode.strip();
        List<Standard> negativeList = negativeListStandards(round.id());
        Optional<Standard> standard = negativeList.stream().filter(s -> s.code().equals(code)).findFirst();
        if (standard.isEmpty()) {
            throw new RequestRefused("negative.notNegativeStandard", code,
                    String.join("、", negativeList.stream().map(Standard::code).toList()));
        }
        if (description == null || description.isBlank()) {
            throw new RequestRefused("negative.noDescription");
        }
        if (deduction == null || deduction.signum() <= 0 || deduction.compareTo(MAX_DEDUCTION) > 0 || deduction.stripTrailingZeros().scale() > 2) {
            throw new RequestRefused("negative.badDeduction", deduction == null ? "" : deduction.toPlainString());
        }
        if (date == null || date.isAfter(LocalDate.now(clock).plusDays(1)) || date.isBefore(round.start().minusYears(1))) {
            throw new RequestRefused("negative.badDate", String.valueOf(date));
        }
        NegativeEvent event = new NegativeEvent(UUID.randomUUID().toString(), round.id(), date, code, description.strip(), deduction);
        workspace.write(tx -> {
            tx.negativeEvents().insert(event, Audit.now(clock));
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.NEGATIVE_EVENT, Audit.round(round.id()),
                    "added " + event.id() + " " + event.date() + " " + code + " -" + event.deduction().toPlainString() + " " + event.description());
            return null;
        });
        return event;
    }

    public List<NegativeEvent> list(String roundReference) {
        Round round = round(roundReference);
        return workspace.read(tx -> tx.negativeEvents().ofRound(round.id()));
    }

    /** The standards an event may be recorded under: the negative-list lines of the round's set. */
    public List<Standard> negativeListStandards(String roundReference) {
        Round round = round(roundReference);
        return checklists.tree(round.indicatorSetId()).standards().filter(Standard::negativeList).toList();
    }

    public void withdraw(String eventId) {
        boolean deleted = workspace.write(tx -> {
            boolean gone = tx.negativeEvents().delete(eventId);
            if (gone) {
                tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.NEGATIVE_EVENT, "negative:" + eventId, "withdrawn");
            }
            return gone;
        });
        if (!deleted) {
            throw new RequestRefused("negative.notFound", eventId);
        }
    }

    private Round round(String reference) {
        return workspace.read(tx -> Rounds.require(tx.rounds().findByReference(reference), reference));
    }
}
