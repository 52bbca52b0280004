package org.civicinspect.service.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.civicinspect.exchange.Manifest;
import org.civicinspect.exchange.PackageProblem;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.model.AuditEntry;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Problem;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.service.common.Audit;
import org.civicinspect.store.AuditAnchor;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;
import org.civicinspect.store.WorkspaceBackup;

/**
 * {@code verify}: the database's own integrity check; every link of the audit log's hash chain; the chain's end
 * against the signed anchor kept beside the database, and against those carried by packages and backups kept
 * elsewhere; and the log replayed into findings, reviews and problems, compared with what the tables hold.
 */
public final class VerifyWorkspace {

    /**
     * What was checked: SQLite's verdict ("ok" when sound), how many audit entries, the first broken link, what is
     * wrong with the anchor, how many entries were committed after the anchored one (they link up to it, but no
     * anchor vouches for them yet), and every record the log does not explain.
     */
    public record Verdict(String integrity, long entries, Optional<AuditEntry> brokenLink, Optional<AnchorMismatch> anchorMismatch,
                          long entriesAfterAnchor, List<AuditEntry> anchoredAfresh, List<Unexplained> unexplained,
                          List<Held> heldElsewhere) {
        public boolean sound() {
            return "ok".equals(integrity) && brokenLink.isEmpty() && anchorMismatch.isEmpty() && unexplained.isEmpty()
                    && heldElsewhere.stream().allMatch(Held::sound);
        }
    }

    /**
     * What a package this workspace sent, or a backup of it, says of its chain now: the chain of {@code entries}
     * still holds the entry the file's anchor names ({@code anchoredEntries}), or why not. A file that carries no
     * anchor (made before anchors were carried) proves nothing either way.
     */
    public record Held(String file, Kind kind, long entries, long anchoredEntries, String signer) {
        public enum Kind { HELD, NO_ANCHOR, UNREADABLE, UNSIGNED, FORGED, OTHER_DEVICE, CUT, REWRITTEN }

        public boolean sound() {
            return kind == Kind.HELD || kind == Kind.NO_ANCHOR;
        }
    }

    /**
     * The anchor does not vouch for the chain: it cannot be read, is not signed, its signature does not hold, it was
     * signed by another device ({@code signer}, a fingerprint), or the chain of {@code entries} no longer holds the
     * entry anchored as number {@code anchoredEntries}: fewer entries mean its end was cut; otherwise it was rewritten.
     */
    public record AnchorMismatch(Kind kind, long entries, long anchoredEntries, String signer) {
        public enum Kind { UNREADABLE, UNSIGNED, FORGED, OTHER_DEVICE, CUT, REWRITTEN }
    }

    /**
     * A record that differs from what the log last recorded about it: where it is (the round's name, the site's name
     * and district, the standard's code or empty), what the table holds and what the log says it should hold.
     */
    public record Unexplained(Kind kind, String round, String site, String district, String standard, String found, String logged) {
        /** A finding's answer and note; an inspection's status; how many review comments a standard has; a problem's status or deadline. */
        public enum Kind { FINDING, INSPECTION_STATUS, REVIEW_COMMENTS, PROBLEM_STATUS, PROBLEM_DEADLINE }
    }

    private final Workspace workspace;
    private final AuditAnchor.Seal seal;

    public VerifyWorkspace(Workspace workspace, AuditAnchor.Seal seal) {
        this.workspace = workspace;
        this.seal = seal;
    }

    public Verdict run() {
        return run(List.of());
    }

    /** Also checks the chain against the anchors carried by packages this workspace sent and backups of it, kept elsewhere. */
    public Verdict run(List<Path> heldElsewhere) {
        workspace.settleAnchor();
        Optional<AuditAnchor.Signed> anchor = AuditAnchor.read(workspace.folder());
        Map<Path, Optional<AuditAnchor.Signed>> carried = new LinkedHashMap<>();
        heldElsewhere.forEach(file -> carried.put(file, carriedBy(file)));
        return workspace.read(tx -> {
            AuditLog log = tx.audit();
            long entries = log.count();
            Optional<AnchorMismatch> mismatch = anchor.isEmpty() ? Optional.empty() : mismatch(anchor.get(), log, entries);
            long after = anchor.isPresent() && mismatch.isEmpty() ? entries - anchor.get().head().entries() : 0;
            List<Held> held = new ArrayList<>();
            for (Map.Entry<Path, Optional<AuditAnchor.Signed>> file : carried.entrySet()) {
                String name = file.getKey().getFileName().toString();
                Optional<AnchorMismatch> differs = file.getValue().isEmpty() ? Optional.empty() : mismatch(file.getValue().get(), log, entries);
                held.add(file.getValue().isEmpty() ? new Held(name, Held.Kind.NO_ANCHOR, entries, 0, "")
                        : differs.map(m -> new Held(name, Held.Kind.valueOf(m.kind().name()), entries, m.anchoredEntries(), m.signer()))
                                .orElse(new Held(name, Held.Kind.HELD, entries, file.getValue().get().head().entries(), "")));
            }
            return new Verdict(tx.integrityCheck(), entries, log.firstBrokenLink(), mismatch, after, log.ofAction(AuditLog.Action.ANCHOR),
                    new Replay(tx).unexplained(), held);
        });
    }

    private Optional<AnchorMismatch> mismatch(AuditAnchor.Signed anchor, AuditLog log, long entries) throws SQLException {
        long anchored = anchor.head().entries();
        AnchorMismatch.Kind kind = !anchor.readable() ? AnchorMismatch.Kind.UNREADABLE
                : !anchor.signed() ? AnchorMismatch.Kind.UNSIGNED
                : !anchor.holds(seal) ? AnchorMismatch.Kind.FORGED
                : !anchor.sealedBy(seal) ? AnchorMismatch.Kind.OTHER_DEVICE
                : log.reaches(anchor.head()) ? null
                : entries < anchored ? AnchorMismatch.Kind.CUT : AnchorMismatch.Kind.REWRITTEN;
        return kind == null ? Optional.empty()
                : Optional.of(new AnchorMismatch(kind, entries, anchored, DeviceSeal.fingerprint(anchor.publicKey())));
    }

    /**
     * The anchor a package (in its signed manifest) or a backup carries; empty when it carries none, and an
     * unreadable anchor (-1 entries) when the file is neither, or cannot be opened (a sealed package, say).
     */
    private static Optional<AuditAnchor.Signed> carriedBy(Path file) {
        AuditAnchor.Signed unreadable = AuditAnchor.parse("");
        try {
            boolean isPackage;
            try (ZipFile zip = new ZipFile(file.toFile())) {
                isPackage = zip.getEntry(WorkspaceBackup.DATABASE_ENTRY) == null;
            } catch (ZipException e) {
                return Optional.of(unreadable);
            }
            if (!isPackage) {
                return AuditAnchor.inBackup(file);
            }
            try (PackageReader reader = PackageReader.open(file, null)) {
                Manifest.Anchor a = reader.manifest().auditAnchor();
                return a == null ? Optional.empty()
                        : Optional.of(new AuditAnchor.Signed(new AuditLog.Head(a.entries(), a.hash()), a.publicKey(), a.signature()));
            }
        } catch (IOException | PackageProblem e) {
            return Optional.of(unreadable);
        }
    }

    /** The log replayed into the current state of findings, reviews and problems, and compared with the tables. */
    private static final class Replay {
        private final Tx tx;
        private final Map<String, Site> sites;
        private final Map<String, Round> rounds = new LinkedHashMap<>();
        private final List<Unexplained> unexplained = new ArrayList<>();

        Replay(Tx tx) throws SQLException {
            this.tx = tx;
            this.sites = tx.sites().byId();
            tx.rounds().list().forEach(r -> rounds.put(r.id(), r));
        }

        List<Unexplained> unexplained() throws SQLException {
            findings();
            reviews();
            problems();
            return unexplained;
        }

        /** Every finding answered here against the last entry about it; one with no entry came with a task package. */
        private void findings() throws SQLException {
            Map<String, AuditEntry> last = tx.audit().lastAboutEach(Audit.finding(""));
            for (Finding f : tx.findings().answeredHere()) {
                AuditEntry entry = last.get(Audit.finding(f.id()));
                if (entry != null && !Audit.records(entry.detail(), f)) {
                    add(Unexplained.Kind.FINDING, f.roundId(), f.siteId(), f.standardCode(), Audit.answer(f.answer()) + " \"" + f.note() + "\"",
                            loggedAnswer(entry.detail()));
                }
            }
        }

        /**
         * An inspection is approved exactly when the last review the log recorded approved it; an inspection the log
         * saw reviewed has, on each standard, one comment per return that named it.
         */
        private void reviews() throws SQLException {
            Map<String, List<AuditEntry>> reviews = bySubject(tx.audit().ofAction(AuditLog.Action.REVIEW));
            Map<String, List<AuditEntry>> marked = bySubject(tx.audit().ofAction(AuditLog.Action.INSPECTION));
            for (Round round : rounds.values()) {
                for (Inspection i : tx.inspections().ofRound(round.id()).values()) {
                    String subject = Audit.inspection(round.id(), i.siteId());
                    List<AuditEntry> reviewed = reviews.getOrDefault(subject, List.of());
                    boolean approved = !reviewed.isEmpty() && reviewed.get(reviewed.size() - 1).detail().equals("approved");
                    if (approved != (i.status() == InspectionStatus.APPROVED)) {
                        add(Unexplained.Kind.INSPECTION_STATUS, round.id(), i.siteId(), "", i.status().name(),
                                loggedStatus(reviewed, marked.getOrDefault(subject, List.of())));
                    }
                    if (!reviewed.isEmpty()) {
                        comments(round.id(), i.siteId(), reviewed);
                    }
                }
            }
        }

        private void comments(String roundId, String siteId, List<AuditEntry> reviewed) throws SQLException {
            Map<String, Integer> logged = new TreeMap<>();
            for (AuditEntry e : reviewed) {
                if (e.detail().startsWith("returned ")) {
                    for (String code : e.detail().substring("returned ".length()).split(",")) {
                        logged.merge(code, 1, Integer::sum);
                    }
                }
            }
            Map<String, Integer> found = tx.reviews().countByStandard(roundId, siteId);
            TreeSet<String> codes = new TreeSet<>(logged.keySet());
            codes.addAll(found.keySet());
            for (String code : codes) {
                int has = found.getOrDefault(code, 0);
                int should = logged.getOrDefault(code, 0);
                if (has != should) {
                    add(Unexplained.Kind.REVIEW_COMMENTS, roundId, siteId, code, Integer.toString(has), Integer.toString(should));
                }
            }
        }

        /**
         * Each problem whose raising the log recorded, folded from its entries ({@code KIND FROM->TO [deadline A->B] …},
         * see {@link Audit#describe(org.civicinspect.model.ProblemStep)}) into its status and deadline.
         */
        private void problems() throws SQLException {
            Map<String, List<AuditEntry>> entries = bySubject(tx.audit().ofAction(AuditLog.Action.PROBLEM));
            for (Problem p : tx.problems().all()) {
                List<AuditEntry> history = entries.getOrDefault(Audit.problem(p.id()), List.of());
                if (history.isEmpty() || !(history.get(0).detail().startsWith("RAISED ") || history.get(0).detail().startsWith("RECURRED "))) {
                    continue;
                }
                String status = null;
                String deadline = null;
                for (AuditEntry e : history) {
                    String[] words = e.detail().split(" ", 5);
                    status = after(words[1]);
                    if (words.length > 3 && words[2].equals("deadline")) {
                        deadline = after(words[3]);
                    }
                }
                if (!p.status().name().equals(status)) {
                    add(Unexplained.Kind.PROBLEM_STATUS, p.roundId(), p.siteId(), p.standardCode(), p.status().name(), status);
                }
                if (deadline != null && !deadline.equals(String.valueOf(p.deadline()))) {
                    add(Unexplained.Kind.PROBLEM_DEADLINE, p.roundId(), p.siteId(), p.standardCode(), String.valueOf(p.deadline()), deadline);
                }
            }
        }

        private void add(Unexplained.Kind kind, String roundId, String siteId, String standard, String found, String logged) {
            Round round = rounds.get(roundId);
            Site site = sites.get(siteId);
            unexplained.add(new Unexplained(kind, round == null ? roundId : round.name(), site == null ? siteId : site.name(),
                    site == null ? "" : site.district(), standard, found, logged));
        }

        private static Map<String, List<AuditEntry>> bySubject(List<AuditEntry> entries) {
            Map<String, List<AuditEntry>> bySubject = new HashMap<>();
            entries.forEach(e -> bySubject.computeIfAbsent(e.subject(), s -> new ArrayList<>()).add(e));
            return bySubject;
        }

        /** The status the last review or marking recorded: 已通过 or 已退回 from a review, else what a marking set; empty when none. */
        private static String loggedStatus(List<AuditEntry> reviewed, List<AuditEntry> marked) {
            AuditEntry review = reviewed.isEmpty() ? null : reviewed.get(reviewed.size() - 1);
            AuditEntry marking = marked.stream().filter(e -> e.detail().startsWith("status=")).reduce((a, b) -> b).orElse(null);
            if (review != null && (marking == null || review.seq() > marking.seq())) {
                return review.detail().equals("approved") ? InspectionStatus.APPROVED.name() : InspectionStatus.RETURNED.name();
            }
            return marking == null ? "" : marking.detail().substring("status=".length()).split(" ")[0];
        }

        /** The answer and note an answer's entry recorded ({@code … answer=X photos=… note=N}), as the finding is shown. */
        private static String loggedAnswer(String detail) {
            int answer = detail.indexOf(" answer=");
            int photos = detail.indexOf(" photos=", answer);
            int note = detail.indexOf(" note=", photos);
            if (answer < 0 || photos < 0 || note < 0) {
                return detail;
            }
            String noted = detail.substring(note + " note=".length());
            for (String tail : new String[] {" reason=", " resolution of conflict "}) {
                int cut = noted.indexOf(tail);
                noted = cut < 0 ? noted : noted.substring(0, cut);
            }
            return detail.substring(answer + " answer=".length(), photos) + " \"" + noted + "\"";
        }

        private static String after(String transition) {
            int arrow = transition.indexOf("->");
            return arrow < 0 ? transition : transition.substring(arrow + 2);
        }
    }
}
