package org.civicinspect.service.packages;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicinspect.exchange.Manifest;
import org.civicinspect.exchange.PackageProblem;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.exchange.TaskContent;
import org.civicinspect.model.Finding;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.ReviewComment;
import org.civicinspect.model.Site;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.CandidateRepository;
import org.civicinspect.store.PackageRepository;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * The field side of {@link ImportPackage}: takes in a task package. The office's key must be trusted: the first one
 * after the user confirms its fingerprint, another only with the same explicit confirmation. A package issued for
 * another laptop's key is refused. The round, its
 * indicator-set version, the team and its sites are added (or brought up to date) under the office's ids; returned
 * inspections are reopened with their comments, and a returned finding replaces the laptop's only when it is newer.
 */
final class ReceiveTask {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    ReceiveTask(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
    }

    private record Plan(KeyTrust trust, boolean alreadyImported, List<Site> added, List<Site> updated, List<Finding> findings,
                        List<TaskContent.InspectionState> reopened) {
    }

    /** Checks the package and stages its photos (for a {@code rehearsal}, only checks them); the returned step takes it in. */
    StagedPackage stage(PackageReader reader, String sha256, ImportOptions options, boolean rehearsal) {
        Manifest m = reader.manifest();
        // The office's key is judged from the signed manifest, before the content is read.
        boolean unconfirmed = workspace.read(tx -> trust(tx, m, options) == KeyTrust.NEEDS_CONFIRMATION && tx.packages().find(m.packageId()).isEmpty());
        if (unconfirmed && !rehearsal) {
            boolean another = !workspace.read(tx -> tx.packages().trusted("OFFICE")).isEmpty();
            throw new RequestRefused(another ? "package.otherOfficeKey" : "package.confirmOfficeKey", reader.fileName(), m.sender().fingerprint());
        }
        TaskContent task = content(reader);
        String here = PackageFiles.deviceKey(workspace).fingerprint();
        if (task.forKey() != null && !task.forKey().equals(here)) {
            throw new RequestRefused("package.taskForOtherKey", reader.fileName(), task.team().name(), task.forKey(), here);
        }
        Plan checked = workspace.read(tx -> plan(tx, reader, task, options));
        Map<String, java.nio.file.Path> staged = checked.alreadyImported() ? MergeResults.whole(reader)
                : PackageFiles.stagePhotos(workspace, reader, reader.photos(), !rehearsal);
        return new StagedPackage(staged, null, Set.of(), (tx, asChecked) -> {
            Plan plan = plan(tx, reader, task, options);
            if (!plan.alreadyImported()) {
                apply(tx, reader, sha256, task, plan);
            }
            return preview(reader, sha256, task, plan);
        });
    }

    private static TaskContent content(PackageReader reader) {
        try {
            TaskContent task = reader.content(TaskContent.class);
            if (task.round() == null || task.indicatorSet() == null || task.tree() == null || task.team() == null
                    || !task.round().id().equals(reader.manifest().roundId()) || !task.team().id().equals(reader.manifest().teamId())) {
                throw new RequestRefused("package.findingIncomplete", reader.fileName(), PackageReader.CONTENT);
            }
            return task;
        } catch (PackageProblem e) {
            throw PackageFiles.refused(e);
        }
    }

    private static PackagePreview preview(PackageReader reader, String sha256, TaskContent task, Plan plan) {
        Manifest m = reader.manifest();
        return new PackagePreview(null, m.kind(), m.packageId(), sha256, m.createdAt(), m.sender().name(), m.sender().fingerprint(),
                task.round().name(), task.team().name(), plan.trust(), plan.alreadyImported(), task.sites().size(), plan.added().size(),
                plan.updated().size(), task.sites().size() - plan.added().size() - plan.updated().size(), List.of(), plan.reopened().size(),
                reader.photos().size(), task.returned().size(), 0);
    }

    private Plan plan(Tx tx, PackageReader reader, TaskContent task, ImportOptions options) throws SQLException {
        Manifest m = reader.manifest();
        String file = reader.fileName();
        KeyTrust trust = trust(tx, m, options);
        boolean already = tx.packages().find(m.packageId()).isPresent();
        if (already) {
            return new Plan(trust, true, List.of(), List.of(), List.of(), List.of());
        }
        PackageFiles.refuseReplay(tx, m, file);
        var ownRound = tx.rounds().find(task.round().id());
        if (ownRound.isPresent() && tx.packages().newestTask(task.round().id()).isEmpty()) {
            throw new RequestRefused("package.taskAtOffice", file, task.round().name());
        }
        Map<String, Site> byId = tx.sites().byId();
        Map<String, Site> byIdentity = new HashMap<>();
        byId.values().forEach(s -> byIdentity.put(s.identity(), s));
        List<Site> added = new ArrayList<>();
        List<Site> updated = new ArrayList<>();
        for (TaskContent.TaskSite t : task.sites()) {
            Site site = t.site();
            Site here = byId.get(site.id());
            Site same = byIdentity.get(site.identity());
            if (same != null && !same.id().equals(site.id())) {
                throw new RequestRefused("package.siteClash", file, site.name());
            }
            if (here == null) {
                added.add(site);
            } else if (!here.sameDataAs(site)) {
                updated.add(site);
            }
        }
        refuseAnotherQuestionnaire(tx, task, file);
        Map<String, Instant> times = tx.inspections().updatedAt(task.round().id());
        List<TaskContent.InspectionState> reopened = new ArrayList<>();
        for (TaskContent.InspectionState state : task.returned()) {
            Instant here = times.get(state.siteId());
            if (state.updatedAt() != null && (here == null || state.updatedAt().isAfter(here))) {
                reopened.add(state);
            }
        }
        Map<String, Finding> local = new HashMap<>();
        Set<String> returnedSites = new LinkedHashSet<>();
        task.findings().forEach(f -> returnedSites.add(f.siteId()));
        for (String siteId : returnedSites) {
            tx.findings().ofInspection(task.round().id(), siteId).forEach(f -> local.put(CandidateRepository.key(f), f));
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : task.findings()) {
            Finding here = local.get(CandidateRepository.key(f));
            if (here == null || f.version() > here.version()) {
                findings.add(f);
            }
        }
        return new Plan(trust, false, added, updated, findings, reopened);
    }

    /**
     * Refuses a task whose round pins another questionnaire version than the one this laptop's interviews of the round
     * answer: the office changed the survey after the interviews began, and they would no longer fit it.
     */
    private static void refuseAnotherQuestionnaire(Tx tx, TaskContent task, String file) throws SQLException {
        List<String> answered = tx.interviews().questionnairesAnswered(task.round().id());
        if (!answered.isEmpty() && (task.questionnaire() == null || !answered.contains(task.questionnaire().id()))) {
            String was = tx.questionnaires().find(answered.get(0)).map(Questionnaire::label).orElse(answered.get(0));
            throw new RequestRefused("package.otherQuestionnaire", file, task.round().name(), was,
                    task.questionnaire() == null ? "-" : task.questionnaire().label());
        }
    }

    /**
     * The round's questionnaire kept as the office has it (under the next version number if this laptop has another of
     * its name and version) and pinned, and the survey's plan as the office has it now.
     */
    private static void pinQuestionnaire(Tx tx, TaskContent task, Instant now) throws SQLException {
        Questionnaire q = task.questionnaire();
        if (tx.questionnaires().find(q.id()).isEmpty()) {
            boolean taken = tx.questionnaires().list().stream().anyMatch(other -> other.name().equals(q.name()) && other.version() == q.version());
            tx.questionnaires().insert(taken ? new Questionnaire(q.id(), q.name(), tx.questionnaires().nextVersion(q.name()), q.source(),
                    q.importedAt(), q.questions(), q.indices()) : q);
        }
        tx.interviews().pin(task.round().id(), q.id(), now);
        if (task.surveyPlan() != null) {
            SurveyPlan plan = task.surveyPlan();
            tx.surveyPlans().replace(new SurveyPlan(task.round().id(), plan.quotas(), plan.profiles(), plan.assignments(), plan.populations()));
        }
    }

    private static KeyTrust trust(Tx tx, Manifest m, ImportOptions options) throws SQLException {
        return tx.packages().trusted("OFFICE").stream().anyMatch(k -> k.fingerprint().equals(m.sender().fingerprint())) ? KeyTrust.KNOWN
                : options.confirms(m.sender().fingerprint()) ? KeyTrust.CONFIRMED : KeyTrust.NEEDS_CONFIRMATION;
    }

    private void apply(Tx tx, PackageReader reader, String sha256, TaskContent task, Plan plan) throws SQLException {
        Instant now = Audit.now(clock);
        Manifest m = reader.manifest();
        String actor = signedIn.name();
        if (tx.indicatorSets().find(task.indicatorSet().id()).isEmpty()) {
            IndicatorSet set = task.indicatorSet();
            boolean taken = tx.indicatorSets().list().stream().anyMatch(s -> s.name().equals(set.name()) && s.version() == set.version());
            tx.indicatorSets().insert(taken ? new IndicatorSet(set.id(), set.name(), tx.indicatorSets().nextVersion(set.name()), set.source(), set.importedAt()) : set,
                    task.tree());
        }
        tx.people().put(task.team());
        tx.sites().save(plan.added(), plan.updated(), now);
        if (tx.rounds().find(task.round().id()).isEmpty()) {
            tx.rounds().insert(task.round(), now);
        }
        for (TaskContent.TaskSite site : task.sites()) {
            tx.rounds().putDrawn(task.round().id(), site.site().id(), site.reason(), task.team().id(), site.order());
        }
        if (task.questionnaire() != null) {
            pinQuestionnaire(tx, task, now);
        }
        PhotoStore photos = workspace.photoStore();
        for (String sha : reader.photos()) {
            tx.photos().register(new PhotoStore.Photo(sha, sha, "image/jpeg", reader.photoBytes(sha), null, now));
        }
        tx.findings().show(plan.findings().stream().map(f -> new org.civicinspect.model.Candidate(f, null)).toList());
        for (TaskContent.InspectionState s : plan.reopened()) {
            tx.inspections().save(new Inspection(task.round().id(), s.siteId(), InspectionStatus.RETURNED, s.arrivedAt(), s.members(), s.remarks()),
                    s.updatedAt());
        }
        for (ReviewComment comment : task.comments()) {
            tx.reviews().addIfNew(comment);
        }
        tx.rechecks().put(task.rechecks());
        if (plan.trust() == KeyTrust.CONFIRMED) {
            tx.packages().trust(new PackageRepository.TrustedKey(m.sender().fingerprint(), m.sender().publicKey(), "OFFICE", null, now, actor));
            tx.audit().append(now, actor, AuditLog.Action.TRUST, "office", "office key " + m.sender().fingerprint() + " confirmed");
        }
        String summary = "sites=" + task.sites().size() + " added=" + plan.added().size() + " returned=" + plan.reopened().size()
                + (task.questionnaire() == null ? "" : " questionnaire=" + task.questionnaire().label());
        PackageFiles.record(tx, m, "IN", sha256, now, summary);
        tx.audit().append(now, actor, AuditLog.Action.PACKAGE_IN, "package:" + m.packageId(), "task round=" + m.roundId() + " team="
                + task.team().name() + " office=" + m.sender().fingerprint() + " sha256=" + sha256 + " " + summary);
    }
}
