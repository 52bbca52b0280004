package org.civicinspect.service.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.AuditEntry;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.ReviewComment;
import org.civicinspect.model.Round;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.ChangedMeanwhile;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rectification.ChangeRectificationRules;
import org.civicinspect.service.rectification.RaiseProblems;
import org.civicinspect.service.rounds.RoundProgress;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * 审核: a supervisor approves a completed inspection, which locks it and hands its problems to rectification, or
 * returns it with a comment on each finding to look at again, which opens it to its inspector. Both are recorded in
 * the audit log. A decision taken on the inspection as a screen showed it (its version) is refused, naming who changed it
 * last and when, if it changed since: a colleague's return or approval is never silently overridden.
 */
public final class ReviewInspection {

    private final Workspace workspace;
    private final Clock clock;
    private final Checklists checklists;
    private final ChangeRectificationRules rules;
    private final Reviewers reviewers;

    public ReviewInspection(Workspace workspace, Clock clock, Checklists checklists, ChangeRectificationRules rules, Reviewers reviewers) {
        this.reviewers = reviewers;
        this.workspace = workspace;
        this.clock = clock;
        this.checklists = checklists;
        this.rules = rules;
    }

    /** Approves the inspection as it is now (the command line reads and decides at once). */
    public void approve(String roundReference, String siteReference) {
        approve(roundReference, siteReference, OptionalInt.empty());
    }

    /**
     * Approves the inspection as the reviewer saw it, at {@code seenVersion}, in the name of the signed-in person, who
     * must be one who may approve it.
     */
    public void approve(String roundReference, String siteReference, int seenVersion) {
        approve(roundReference, siteReference, OptionalInt.of(seenVersion));
    }

    private void approve(String roundReference, String siteReference, OptionalInt seen) {
        reviewers.require();
        ChangeRectificationRules.Rules inForce = rules.current();
        workspace.write(tx -> {
            Target target = target(tx, roundReference, siteReference, seen);
            String who = reviewer(tx, target);
            if (tx.conflicts().countOpen(target.round().id(), target.site().site().id()) > 0) {
                throw new RequestRefused("review.openConflicts", target.site().site().name());
            }
            save(tx, target, InspectionStatus.APPROVED);
            tx.audit().append(Audit.now(clock), who, AuditLog.Action.REVIEW, inspection(target), "approved");
            RaiseProblems.onApproved(tx, target.round(), target.site().site().id(), Audit.now(clock), who,
                    inForce::daysFor);
            RoundProgress.settle(tx, target.round());
            return null;
        });
    }

    /** Returns the inspection as it is now (the command line reads and decides at once). */
    public void returnWithComments(String roundReference, String siteReference, Map<String, String> comments) {
        returnWithComments(roundReference, siteReference, comments, OptionalInt.empty());
    }

    /**
     * Returns the inspection as the reviewer saw it, at {@code seenVersion}, with comments by standard code, in the name of
     * the signed-in person, who must be one who may approve it; every code must be on the site's checklist.
     */
    public void returnWithComments(String roundReference, String siteReference, Map<String, String> comments, int seenVersion) {
        returnWithComments(roundReference, siteReference, comments, OptionalInt.of(seenVersion));
    }

    private void returnWithComments(String roundReference, String siteReference, Map<String, String> comments, OptionalInt seen) {
        reviewers.require();
        if (comments.isEmpty()) {
            throw new RequestRefused("review.returnNeedsComment");
        }
        workspace.write(tx -> {
            Target target = target(tx, roundReference, siteReference, seen);
            String who = reviewer(tx, target);
            List<String> codes = checklists.standards(target.round().indicatorSetId(), target.site().site().siteType()).stream()
                    .map(org.civicinspect.model.Standard::code).toList();
            Map<String, String> sorted = new TreeMap<>(comments);
            for (Map.Entry<String, String> comment : sorted.entrySet()) {
                if (!codes.contains(comment.getKey())) {
                    throw new RequestRefused("finding.standardNotForSite", comment.getKey(), target.site().site().siteType());
                }
                if (comment.getValue() == null || comment.getValue().isBlank()) {
                    throw new RequestRefused("review.emptyComment", comment.getKey());
                }
                tx.reviews().add(new ReviewComment(target.round().id(), target.site().site().id(), comment.getKey(), comment.getValue().strip(),
                        who, Audit.now(clock)));
            }
            save(tx, target, InspectionStatus.RETURNED);
            tx.audit().append(Audit.now(clock), who, AuditLog.Action.REVIEW, inspection(target),
                    "returned " + String.join(",", sorted.keySet()));
            RoundProgress.settle(tx, target.round());
            return null;
        });
    }

    /** The newest review comment on each standard of an inspection, for its checklist. */
    public Map<String, ReviewComment> comments(String roundId, String siteId) {
        return workspace.read(tx -> tx.reviews().latest(roundId, siteId));
    }

    /** Why the signed-in person may not review at all, for a screen to say before anyone tries; empty when they may. */
    public java.util.Optional<RequestRefused> refusal() {
        return reviewers.refusal();
    }

    private String reviewer(Tx tx, Target target) throws java.sql.SQLException {
        return reviewers.require(tx, java.util.Collections.singletonList(target.site().team()), target.site().site().name()).name();
    }

    private record Target(Round round, DrawnSite site, Inspection inspection) {
    }

    private static Target target(Tx tx, String roundReference, String siteReference, OptionalInt seen) throws java.sql.SQLException {
        Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
        List<DrawnSite> matches = tx.rounds().drawn(round.id(), tx.sites().byId()).stream()
                .filter(d -> d.site().id().equals(siteReference) || d.site().name().equals(siteReference)).toList();
        if (matches.size() != 1) {
            throw new RequestRefused(matches.isEmpty() ? "round.siteNotDrawn" : "round.siteAmbiguous", siteReference);
        }
        Inspection inspection = tx.inspections().find(round.id(), matches.get(0).site().id())
                .orElseThrow(() -> new RequestRefused("review.notCompleted", matches.get(0).site().name()));
        if (seen.isPresent() && seen.getAsInt() != inspection.version()) {
            throw changedMeanwhile(tx, matches.get(0).site().name(), inspection);
        }
        if (inspection.status() != InspectionStatus.COMPLETED) {
            throw new RequestRefused("review.notCompleted", matches.get(0).site().name());
        }
        return new Target(round, matches.get(0), inspection);
    }

    /**
     * The inspection is no longer the version the reviewer saw: who changed it last and when, from the audit log; a
     * change no entry is about, newer than the last one, came in a team's result package.
     */
    private static ChangedMeanwhile changedMeanwhile(Tx tx, String siteName, Inspection now) throws java.sql.SQLException {
        String status = Messages.get("inspection.status." + now.status().name());
        Instant changed = tx.inspections().updatedAt(now.roundId(), now.siteId()).orElseThrow();
        List<AuditEntry> entries = tx.audit().about(Audit.inspection(now.roundId(), now.siteId()));
        AuditEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        if (last == null || last.at().isBefore(changed)) {
            return new ChangedMeanwhile("review.changedMeanwhileByPackage", siteName, status, ChangedMeanwhile.minute(changed));
        }
        return new ChangedMeanwhile("review.changedMeanwhile", siteName, status, last.actor(), ChangedMeanwhile.minute(last.at()));
    }

    private void save(Tx tx, Target target, InspectionStatus status) throws java.sql.SQLException {
        Inspection i = target.inspection();
        tx.inspections().save(new Inspection(i.roundId(), i.siteId(), status, i.arrivedAt(), i.members(), i.remarks()),
                Audit.now(clock));
    }

    private static String inspection(Target target) {
        return Audit.inspection(target.round().id(), target.site().site().id());
    }
}
