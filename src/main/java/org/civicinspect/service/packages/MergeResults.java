package org.civicinspect.service.packages;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civicinspect.exchange.Manifest;
import org.civicinspect.exchange.MergeRule;
import org.civicinspect.exchange.PackageProblem;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.exchange.ResultContent;
import org.civicinspect.exchange.TaskContent;
import org.civicinspect.model.Candidate;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;
import org.civicinspect.model.Team;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.CandidateRepository;
import org.civicinspect.store.ConflictRepository;
import org.civicinspect.store.PackageRepository;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * The office side of {@link ImportPackage}: merges a team's result package. The sender must be a team of this
 * workspace, the round one of its rounds, every finding for a site drawn in it, a standard on that site's checklist and
 * an answer that fits it; each place is then settled by {@link MergeRule}. Inspections only move forward (an approved
 * one stays, a returned one becomes 待审核 again only from an inspection finished after it was returned) and keep the
 * newest header (arrival, members, remarks), so the order packages come in does not matter.
 */
final class MergeResults {

    private final Workspace workspace;
    private final Clock clock;
    private final Checklists checklists;
    private final SignedIn signedIn;

    MergeResults(Workspace workspace, Clock clock, Checklists checklists, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
        this.checklists = checklists;
    }

    /** Everything the merge will write, worked out from the package and the workspace as it is. */
    private record Plan(Round round, Team team, KeyTrust trust, boolean alreadyImported, List<Candidate> store,
                        List<Candidate> show, List<Candidate> replace, Map<String, MergeRule.Decision> decisions, Map<String, String> openConflicts,
                        List<Inspection> inspections, Map<String, Instant> inspectionTimes, int added, int updated, int unchanged,
                        List<String> conflicts, Set<String> sites) {
    }

    /**
     * Checks the package against the workspace as it is and stages its photos (for a {@code rehearsal}, only checks
     * them); the merge itself is written by the returned step, inside the import's transaction, as checked here unless
     * the workspace changed since for this package (then planned again there, so that it sees the packages before it).
     */
    StagedPackage stage(PackageReader reader, String sha256, ImportOptions options, boolean rehearsal, StagingReaders reads) {
        Checked checked = reads.read(tx -> {
            Sender sender = sender(tx, reader.manifest(), reader.fileName(), options);
            if (sender.trust() == KeyTrust.NEEDS_CONFIRMATION && !sender.alreadyImported() && !rehearsal) {
                throw new RequestRefused("package.newTeamDevice", reader.fileName(), sender.team().name(), reader.manifest().sender().fingerprint());
            }
            ResultContent read = content(reader);
            // The head is read before the plan, so that a commit while it is worked out moves the head past it.
            AuditLog.Head at = tx.audit().head();
            Plan plan = plan(tx, reader, read, sender);
            MergeInterviews.check(tx, reader.fileName(), sender.round(), read.interviews());
            return new Checked(at, read, plan);
        });
        ResultContent content = checked.content();
        checkPhotoDetails(reader, content);
        Map<String, java.nio.file.Path> staged = checked.plan().alreadyImported() ? whole(reader)
                : PackageFiles.stagePhotos(workspace, reader, reader.photos(), !rehearsal);
        return new StagedPackage(staged, checked.at(), touches(reader.manifest(), checked.plan()), (tx, asChecked) -> {
            Plan plan = asChecked ? checked.plan() : plan(tx, reader, content, sender(tx, reader.manifest(), reader.fileName(), options));
            if (!plan.alreadyImported()) {
                apply(tx, reader, sha256, content, plan);
            }
            return preview(reader, sha256, content, plan);
        });
    }

    /**
     * What a plan reads that merging another package can change: the findings, candidates, conflicts and inspections of
     * its sites, its team's and key's standing, and whether a package of its id was taken in.
     */
    private static Set<String> touches(Manifest m, Plan plan) {
        Set<String> touches = new java.util.HashSet<>();
        plan.sites().forEach(siteId -> touches.add("site " + plan.round().id() + " " + siteId));
        touches.add("team " + plan.team().id());
        touches.add("key " + m.sender().fingerprint());
        touches.add("package " + m.packageId());
        return touches;
    }

    /** A package taken in before stages nothing, once every entry is checked as a new one's would be. */
    static Map<String, java.nio.file.Path> whole(PackageReader reader) {
        PackageFiles.checkEntries(reader);
        return Map.of();
    }

    private static ResultContent content(PackageReader reader) {
        try {
            return reader.content(ResultContent.class);
        } catch (PackageProblem e) {
            throw PackageFiles.refused(e);
        }
    }

    private PackagePreview preview(PackageReader reader, String sha256, ResultContent content, Plan plan) {
        Manifest m = reader.manifest();
        return new PackagePreview(null, m.kind(), m.packageId(), sha256, m.createdAt(), m.sender().name(), m.sender().fingerprint(),
                plan.round().name(), plan.team().name(), plan.trust(), plan.alreadyImported(), plan.sites().size(), plan.added(), plan.updated(),
                plan.unchanged(), plan.conflicts(), content.inspections().size(), content.photos().size(), 0,
                content.interviews().size());
    }

    /** A plan, the content it was worked out from and the head of the audit log when it was. */
    private record Checked(AuditLog.Head at, ResultContent content, Plan plan) {
    }

    /** Who sent the package, judged from its signed manifest alone: its round and team here, and how its key stands. */
    private record Sender(Round round, Team team, KeyTrust trust, boolean alreadyImported) {
    }

    /**
     * Judges the sender before any content is read, so a stranger's package is refused without unpacking what it
     * carries: the round must be one of this office's, the team registered here, the package no replay.
     */
    private static Sender sender(Tx tx, Manifest m, String file, ImportOptions options) throws SQLException {
        Round round = tx.rounds().find(m.roundId())
                .orElseThrow(() -> new RequestRefused("package.otherRound", file, String.valueOf(m.roundName())));
        if (tx.packages().newestTask(round.id()).isPresent()) {
            throw new RequestRefused("package.resultAtField", file);
        }
        Team team = tx.people().teams().stream().filter(t -> t.id().equals(m.teamId())).findFirst()
                .orElseThrow(() -> new RequestRefused("package.unknownSender", file, String.valueOf(m.teamName())));
        KeyTrust trust = trust(tx, m, team, options, file);
        boolean already = tx.packages().find(m.packageId()).isPresent();
        if (!already) {
            PackageFiles.refuseReplay(tx, m, file);
        }
        return new Sender(round, team, trust, already);
    }

    private Plan plan(Tx tx, PackageReader reader, ResultContent content, Sender sender) throws SQLException {
        String file = reader.fileName();
        Round round = sender.round();
        Team team = sender.team();
        KeyTrust trust = sender.trust();
        boolean already = sender.alreadyImported();
        Set<String> named = new LinkedHashSet<>();
        content.findings().forEach(f -> named.add(f.siteId()));
        content.inspections().forEach(i -> named.add(i.siteId()));
        named.remove(null);
        // Only the sites the package names are read, not the whole draw of the round.
        Map<String, String> teamsOfDrawn = tx.rounds().teamsOfDrawn(round.id(), named);
        Map<String, Site> drawn = tx.sites().byIds(new ArrayList<>(teamsOfDrawn.keySet()));
        Map<String, List<Candidate>> incoming = new LinkedHashMap<>();
        Set<String> sites = new LinkedHashSet<>();
        for (Finding f : content.findings()) {
            check(f, round, drawn, reader, tx);
            sites.add(f.siteId());
            incoming.computeIfAbsent(CandidateRepository.key(f), k -> new ArrayList<>()).add(new Candidate(f, team.id()));
        }
        for (TaskContent.InspectionState state : content.inspections()) {
            if (state.siteId() == null || state.status() == null || state.updatedAt() == null || !drawn.containsKey(state.siteId())) {
                throw notInRound(tx, file, state.siteId(), round);
            }
            sites.add(state.siteId());
        }
        if (already) {
            return new Plan(round, team, trust, true, List.of(), List.of(), List.of(), Map.of(), Map.of(), List.of(), Map.of(), 0, 0,
                    content.findings().size(), List.of(), sites);
        }
        SitesOfTeam answerable = SitesOfTeam.of(tx, round, team, teamsOfDrawn);
        for (String siteId : sites) {
            String other = answerable.otherTeam(siteId);
            if (other != null) {
                throw other.isEmpty() ? new RequestRefused("package.siteOfNoTeam", file, drawn.get(siteId).name(), round.name(), team.name())
                        : new RequestRefused("package.siteOfOtherTeam", file, drawn.get(siteId).name(), round.name(), other, team.name());
            }
        }
        Map<String, Finding> shown = new HashMap<>();
        Map<String, String> shownTeams = new HashMap<>();
        for (Candidate s : tx.findings().shownAt(round.id(), sites)) {
            shown.put(CandidateRepository.key(s.finding()), s.finding());
            if (s.teamId() != null) {
                shownTeams.put(CandidateRepository.key(s.finding()), s.teamId());
            }
        }
        Map<String, Inspection> inspections = new HashMap<>();
        Map<String, Instant> times = new HashMap<>();
        tx.inspections().ofSites(round.id(), sites).forEach((siteId, stamped) -> {
            inspections.put(siteId, stamped.inspection());
            times.put(siteId, stamped.updatedAt());
        });
        Map<String, List<Candidate>> received = tx.candidates().ofSites(round.id(), sites);
        Map<String, ConflictRepository.Row> open = tx.conflicts().openOf(round.id(), sites);
        Map<String, String> resolutions = tx.conflicts().resolutionsOf(round.id(), sites);
        refuseUpdatesOfOthers(tx, file, team, incoming, shown, shownTeams, received, inspections, drawn);
        List<Candidate> store = new ArrayList<>();
        List<Candidate> show = new ArrayList<>();
        List<Candidate> replace = new ArrayList<>();
        Map<String, MergeRule.Decision> decisions = new LinkedHashMap<>();
        Map<String, String> openIds = new HashMap<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<String> conflicts = new ArrayList<>();
        for (Map.Entry<String, List<Candidate>> place : incoming.entrySet()) {
            Finding first = place.getValue().get(0).finding();
            Inspection inspection = inspections.get(first.siteId());
            ConflictRepository.Row conflict = open.get(place.getKey());
            MergeRule.Decision d = MergeRule.settle(new MergeRule.Place(shown.get(place.getKey()), shownTeams.get(place.getKey()),
                    inspection != null && inspection.status() == InspectionStatus.APPROVED, received.getOrDefault(place.getKey(), List.of()),
                    conflict == null ? null : conflict.id(), resolutions.get(place.getKey())), place.getValue());
            store.addAll(d.store());
            if (d.show() != null) {
                (shown.containsKey(place.getKey()) ? replace : show).add(d.show());
            }
            if (d.step() != MergeRule.ConflictStep.NONE) {
                decisions.put(place.getKey(), d);
                if (conflict != null) {
                    openIds.put(place.getKey(), conflict.id());
                }
            }
            switch (d.change()) {
                case ADDED -> added++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case CONFLICT -> conflicts.add(drawn.get(first.siteId()).name() + " " + first.standardCode());
            }
        }
        List<Inspection> inspectionChanges = new ArrayList<>();
        Map<String, Instant> inspectionTimes = new HashMap<>();
        for (TaskContent.InspectionState state : content.inspections()) {
            Inspection now = inspections.get(state.siteId());
            Instant nowAt = times.get(state.siteId());
            Inspection next = merged(now, nowAt, state, round.id());
            boolean newer = nowAt == null || state.updatedAt().isAfter(nowAt);
            if (!next.equals(now) || newer && now.status() != InspectionStatus.APPROVED) {
                inspectionChanges.add(next);
                inspectionTimes.put(state.siteId(), newer ? state.updatedAt() : nowAt);
            }
        }
        return new Plan(round, team, trust, false, store, show, replace, decisions, openIds, inspectionChanges, inspectionTimes, added, updated,
                unchanged, conflicts, sites);
    }

    /**
     * A package may bring newer versions only of the lineages its team answered; the lineage of another team's answer,
     * or of one made here, it may carry unchanged (a returned inspection brings them to the laptop) but not change,
     * unless it is the answer shown at an inspection review returned, which the task package handed to this team.
     * Refusing the whole package, rather than raising a conflict, leaves nothing half-taken from a laptop that
     * claims another's work.
     */
    private static void refuseUpdatesOfOthers(Tx tx, String file, Team team, Map<String, List<Candidate>> incoming, Map<String, Finding> shown,
                                              Map<String, String> shownTeams, Map<String, List<Candidate>> received,
                                              Map<String, Inspection> inspections, Map<String, Site> drawn) throws SQLException {
        for (Map.Entry<String, List<Candidate>> place : incoming.entrySet()) {
            Finding now = shown.get(place.getKey());
            for (Candidate candidate : place.getValue()) {
                Finding f = candidate.finding();
                Candidate known = received.getOrDefault(place.getKey(), List.of()).stream().filter(c -> c.finding().id().equals(f.id()))
                        .findFirst().orElse(null);
                boolean isShown = now != null && now.id().equals(f.id());
                if (isShown && (known == null || now.version() >= known.finding().version())) {
                    known = new Candidate(now, shownTeams.get(place.getKey()));
                }
                if (known == null || f.version() <= known.finding().version() || team.id().equals(known.teamId())) {
                    continue;
                }
                Inspection inspection = inspections.get(f.siteId());
                if (isShown && inspection != null && inspection.status() == InspectionStatus.RETURNED) {
                    continue;
                }
                String site = drawn.get(f.siteId()).name();
                throw known.teamId() == null ? new RequestRefused("package.answerMadeHere", file, site, f.standardCode(), team.name())
                        : new RequestRefused("package.answerOfOtherTeam", file, site, f.standardCode(), PackageFiles.teamName(tx, known.teamId()), team.name());
            }
        }
    }

    /**
     * A key is trusted for one team: once the user confirmed it, or once this office issued the team a task package
     * for it ({@link ExportTaskPackage}). Any other key, a team's first as much as its next, waits for confirmation.
     */
    private static KeyTrust trust(Tx tx, Manifest m, Team team, ImportOptions options, String file) throws SQLException {
        for (PackageRepository.TrustedKey key : tx.packages().trusted("TEAM")) {
            if (key.fingerprint().equals(m.sender().fingerprint())) {
                if (!team.id().equals(key.teamId())) {
                    throw new RequestRefused("package.keyOfOtherTeam", file, team.name());
                }
                return KeyTrust.KNOWN;
            }
        }
        return options.confirms(m.sender().fingerprint()) ? KeyTrust.CONFIRMED : KeyTrust.NEEDS_CONFIRMATION;
    }

    /** A site of the registry not (or no longer) in the round is named, with the way to take its results in; any other id is hostile. */
    private static RequestRefused notInRound(Tx tx, String file, String siteId, Round round) throws SQLException {
        Site known = siteId == null ? null : tx.sites().byIds(List.of(siteId)).get(siteId);
        return known != null ? new RequestRefused("package.siteTakenOut", file, known.name(), round.name())
                : new RequestRefused("package.siteNotInRound", file, String.valueOf(siteId), round.name());
    }

    private void check(Finding f, Round round, Map<String, Site> drawn, PackageReader reader, Tx tx) throws SQLException {
        String file = reader.fileName();
        if (f.id() == null || f.id().isBlank() || f.answer() == null || f.answeredAt() == null || f.version() < 1 || f.standardCode() == null
                || f.answeredBy() == null) {
            throw new RequestRefused("package.findingIncomplete", file, String.valueOf(f.id()));
        }
        if (!round.id().equals(f.roundId())) {
            throw new RequestRefused("package.otherRound", file, String.valueOf(f.roundId()));
        }
        Site site = drawn.get(f.siteId());
        if (site == null) {
            throw notInRound(tx, file, f.siteId(), round);
        }
        Standard standard = checklists.standard(round.indicatorSetId(), site.siteType(), f.standardCode())
                .orElseThrow(() -> new RequestRefused("package.standardNotForSite", file, f.standardCode(), site.name()));
        if (!f.answer().fits(standard.scoring().mode())) {
            throw new RequestRefused("package.answerDoesNotFit", file, f.standardCode(), site.name());
        }
        for (String photo : f.photos()) {
            if (!reader.hasPhoto(photo) && tx.photos().find(photo).isEmpty()) {
                throw new RequestRefused("package.photoMissing", file, photo);
            }
        }
    }

    /** The inspection after the merge. */
    private static Inspection merged(Inspection now, Instant nowAt, TaskContent.InspectionState s, String roundId) {
        InspectionStatus incoming = switch (s.status()) {
            case APPROVED -> InspectionStatus.COMPLETED;
            case RETURNED -> InspectionStatus.IN_PROGRESS;
            default -> s.status();
        };
        if (now == null) {
            return new Inspection(roundId, s.siteId(), incoming, s.arrivedAt(), s.members(), s.remarks());
        }
        if (now.status() == InspectionStatus.APPROVED) {
            return now;
        }
        boolean newer = nowAt == null || s.updatedAt().isAfter(nowAt);
        InspectionStatus status = now.status() == InspectionStatus.RETURNED
                ? incoming == InspectionStatus.COMPLETED && newer ? InspectionStatus.COMPLETED : InspectionStatus.RETURNED
                : rank(incoming) > rank(now.status()) ? incoming : now.status();
        return newer ? new Inspection(roundId, s.siteId(), status, s.arrivedAt(), s.members(), s.remarks())
                : new Inspection(roundId, s.siteId(), status, now.arrivedAt(), now.members(), now.remarks());
    }

    private static int rank(InspectionStatus status) {
        return switch (status) {
            case NOT_STARTED -> 0;
            case IN_PROGRESS, RETURNED -> 1;
            case COMPLETED, APPROVED -> 2;
        };
    }

    /** Every photo in the package must come with its details. */
    private static void checkPhotoDetails(PackageReader reader, ResultContent content) {
        Set<String> details = new java.util.HashSet<>();
        content.photos().forEach(p -> details.add(p.sha256()));
        for (String sha : reader.photos()) {
            if (!details.contains(sha)) {
                throw new RequestRefused("package.photoMissing", reader.fileName(), sha);
            }
        }
    }

    private void apply(Tx tx, PackageReader reader, String sha256, ResultContent content, Plan plan) throws SQLException {
        Instant now = Audit.now(clock);
        Manifest m = reader.manifest();
        String actor = signedIn.name();
        tx.photos().registerAll(content.photos().stream().map(p -> new PhotoStore.Photo(p.sha256(),
                p.fileName() == null ? p.sha256() : p.fileName(), p.mediaType() == null ? "image/jpeg" : p.mediaType(), p.bytes(), p.takenAt(),
                now)).toList());
        tx.candidates().put(plan.store());
        tx.findings().show(plan.show(), false);
        tx.findings().show(plan.replace(), true);
        for (Map.Entry<String, MergeRule.Decision> e : plan.decisions().entrySet()) {
            MergeRule.Decision d = e.getValue();
            String[] key = e.getKey().split("\u0000");
            String openId = plan.openConflicts().get(e.getKey());
            switch (d.step()) {
                case RAISE -> {
                    String id = UUID.randomUUID().toString();
                    tx.conflicts().raise(id, key[0], key[1], key[2], d.covers(), now);
                    tx.audit().append(now, actor, AuditLog.Action.CONFLICT, "conflict:" + id, "raised site=" + key[1] + " standard=" + key[2]
                            + " answers=" + d.covers() + " package=" + m.packageId());
                }
                case COVER -> tx.conflicts().cover(openId, d.covers());
                case CLOSE -> {
                    tx.conflicts().resolve(openId, now, actor, "agreed", null);
                    tx.audit().append(now, actor, AuditLog.Action.CONFLICT, "conflict:" + openId, "closed: the answers agree now, package="
                            + m.packageId());
                }
                default -> {
                }
            }
        }
        tx.inspections().saveAll(plan.inspections(), plan.inspectionTimes());
        if (plan.trust() == KeyTrust.CONFIRMED) {
            tx.packages().trust(new PackageRepository.TrustedKey(m.sender().fingerprint(), m.sender().publicKey(), "TEAM", plan.team().id(), now,
                    actor));
            tx.audit().append(now, actor, AuditLog.Action.TRUST, "team:" + plan.team().id(), "device " + m.sender().fingerprint() + " confirmed");
        } else {
            tx.packages().learnPublicKey(m.sender().fingerprint(), m.sender().publicKey());
        }
        MergeInterviews.Counts interviews = MergeInterviews.merge(tx, reader.fileName(), plan.team(), plan.round(), content.interviews(), now);
        String summary = "added=" + plan.added() + " updated=" + plan.updated() + " unchanged=" + plan.unchanged() + " conflicts="
                + plan.conflicts().size() + " inspections=" + plan.inspections().size() + " photos=" + content.photos().size()
                + (content.interviews().isEmpty() ? "" : " interviews=" + content.interviews().size() + " interviewsAdded=" + interviews.added()
                        + " interviewsUpdated=" + interviews.updated());
        PackageFiles.record(tx, m, "IN", sha256, now, summary);
        tx.audit().append(now, actor, AuditLog.Action.MERGE, "package:" + m.packageId(), "round=" + m.roundId() + " team=" + plan.team().name()
                + " sender=" + m.sender().fingerprint() + " sha256=" + sha256 + " " + summary);
    }
}
