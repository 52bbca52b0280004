package org.civicinspect.service.review;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.UUID;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Candidate;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.model.Team;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.ChangedMeanwhile;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.ConflictRepository;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * 裁决: a supervisor resolves a conflict by choosing one of the answers, or by entering a reviewed answer. The
 * resolution becomes the answer shown, as a new finding made by the supervisor; every team's answer stays on record,
 * and the conflict keeps who resolved it, when, and how. A resolution made on the conflict as a screen showed it (its
 * version) is refused when it changed since: resolved by someone else (named, with when) or new answers came in.
 */
public final class ResolveConflict {

    private final Workspace workspace;
    private final Clock clock;
    private final Checklists checklists;
    private final Reviewers reviewers;

    public ResolveConflict(Workspace workspace, Clock clock, Checklists checklists, Reviewers reviewers) {
        this.reviewers = reviewers;
        this.workspace = workspace;
        this.clock = clock;
        this.checklists = checklists;
    }

    /** Chooses the answer with this finding id (or a unique start of it) on the conflict as it is now. */
    public Finding choose(String conflictReference, String findingReference) {
        return choose(conflictReference, findingReference, OptionalInt.empty());
    }

    /**
     * Chooses the answer with this finding id (or a unique start of it) on the conflict as the person saw it, at
     * {@code seenVersion}, in the name of the signed-in person.
     */
    public Finding choose(String conflictReference, String findingReference, int seenVersion) {
        return choose(conflictReference, findingReference, OptionalInt.of(seenVersion));
    }

    private Finding choose(String conflictReference, String findingReference, OptionalInt seen) {
        return resolve(conflictReference, seen, (answers, tx) -> {
            List<Candidate> matches = answers.stream().filter(a -> a.finding().id().startsWith(findingReference.strip())).toList();
            if (matches.size() != 1 || findingReference.isBlank()) {
                throw new RequestRefused("conflict.answerUnknown", findingReference);
            }
            Finding chosen = matches.get(0).finding();
            return new Chosen(chosen.answer(), chosen.note(), chosen.photos(), "chose " + chosen.id() + " v" + chosen.version() + " by "
                    + chosen.answeredBy());
        });
    }

    /**
     * Resolves with a reviewed answer of the supervisor's own, written as on a score sheet (符合, B, 3…), keeping the
     * photos of the answers it was between, on the conflict as it is now.
     */
    public Finding enter(String conflictReference, String answerText, String note) {
        return enter(conflictReference, answerText, note, OptionalInt.empty());
    }

    /** Resolves with a reviewed answer of the supervisor's own, on the conflict as they saw it, at {@code seenVersion}. */
    public Finding enter(String conflictReference, String answerText, String note, int seenVersion) {
        return enter(conflictReference, answerText, note, OptionalInt.of(seenVersion));
    }

    private Finding enter(String conflictReference, String answerText, String note, OptionalInt seen) {
        return resolve(conflictReference, seen, (answers, tx) -> {
            Finding any = answers.get(0).finding();
            Round round = tx.rounds().find(any.roundId()).orElseThrow();
            String siteType = tx.sites().find(any.siteId()).orElseThrow().siteType();
            Standard standard = checklists.standards(round.indicatorSetId(), siteType).stream()
                    .filter(s -> s.code().equals(any.standardCode())).findFirst()
                    .orElseThrow(() -> new RequestRefused("finding.standardNotForSite", any.standardCode(), siteType));
            Answer answer = Answer.parse(answerText == null ? "" : answerText, standard.scoring().mode())
                    .orElseThrow(() -> new RequestRefused("score.badAnswer", answerText, standard.code()));
            List<String> photos = answers.stream().flatMap(a -> a.finding().photos().stream()).distinct().toList();
            return new Chosen(answer, note == null ? "" : note.strip(), photos, "reviewed answer " + Audit.answer(answer));
        });
    }

    private record Chosen(Answer answer, String note, List<String> photos, String how) {
    }

    @FunctionalInterface
    private interface Choice {
        Chosen choose(List<Candidate> answers, Tx tx) throws SQLException;
    }

    private Finding resolve(String conflictReference, OptionalInt seen, Choice choice) {
        reviewers.require();
        return workspace.write(tx -> {
            ConflictRepository.Row row = tx.conflicts().find(conflictReference.strip())
                    .or(() -> unique(tx, conflictReference.strip()))
                    .orElseThrow(() -> new RequestRefused("conflict.unknown", conflictReference));
            String siteName = tx.sites().find(row.siteId()).map(org.civicinspect.model.Site::name).orElse(row.siteId());
            if (row.status() != org.civicinspect.model.ConflictStatus.OPEN) {
                throw new ChangedMeanwhile("conflict.resolvedAlready", siteName, row.standardCode(), row.resolvedBy(),
                        ChangedMeanwhile.minute(row.resolvedAt()));
            }
            if (seen.isPresent() && seen.getAsInt() != row.version()) {
                throw new ChangedMeanwhile("conflict.answersChanged", siteName, row.standardCode());
            }
            List<Candidate> answers = tx.candidates().ofKey(row.roundId(), row.siteId(), row.standardCode());
            String who = decider(tx, row, answers);
            Chosen chosen = choice.choose(answers, tx);
            Round round = tx.rounds().find(row.roundId()).orElseThrow();
            Instant now = Audit.now(clock);
            Finding resolution = new Finding(UUID.randomUUID().toString(), round.id(), row.siteId(), row.standardCode(), chosen.answer(),
                    chosen.note(), chosen.photos(), who, now, 1);
            tx.candidates().put(List.of(new Candidate(resolution, null)));
            tx.findings().show(List.of(new Candidate(resolution, null)));
            tx.conflicts().resolve(row.id(), now, who, chosen.how(), resolution.id());
            tx.audit().append(now, who, AuditLog.Action.CONFLICT, "conflict:" + row.id(), "resolved: " + chosen.how() + "; "
                    + Audit.describe(resolution));
            tx.audit().append(now, who, AuditLog.Action.ANSWER, Audit.finding(resolution.id()), Audit.describe(resolution)
                    + " resolution of conflict " + row.id());
            return resolution;
        });
    }

    /** The person resolving, who may belong neither to the site's team nor to any team whose answer is in the conflict. */
    private String decider(Tx tx, ConflictRepository.Row row, List<Candidate> answers) throws SQLException {
        Map<String, String> teamNames = tx.people().teams().stream().collect(Collectors.toMap(Team::id, Team::name));
        List<String> teams = new ArrayList<>();
        answers.stream().map(Candidate::teamId).filter(Objects::nonNull).map(teamNames::get).forEach(teams::add);
        String siteName = tx.sites().find(row.siteId()).map(org.civicinspect.model.Site::name).orElse(row.siteId());
        tx.rounds().drawn(row.roundId(), tx.sites().byId()).stream().filter(d -> d.site().id().equals(row.siteId()))
                .forEach(d -> teams.add(d.team()));
        return reviewers.require(tx, teams, siteName).name();
    }

    private static java.util.Optional<ConflictRepository.Row> unique(Tx tx, String prefix) {
        try {
            return tx.conflicts().byPrefix(prefix);
        } catch (SQLException e) {
            throw new org.civicinspect.store.StoreException("reading the conflicts failed", e);
        }
    }
}
