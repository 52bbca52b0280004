package org.civicinspect.service.rectification;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemOrigin;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.ProblemStep;
import org.civicinspect.model.Site;
import org.civicinspect.service.common.Audit;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Tx;

/**
 * What raising a problem from a source other than an inspection checks and writes, by hand ({@link RaiseProblem}) or
 * from a workbook ({@link ImportProblemWorkbook}). It is at a known site (by id or name) or at a free address in a
 * district; its standard's code, when given, is one of the library's; it says what is wrong, whose it is (the site's
 * unit unless another is given) and by when. It is raised 待整改 with a 立案 step carrying its description and photos,
 * entered in the audit log as an inspection's problem is.
 */
final class NewProblems {

    /** The part of a problem a fault is about, so that an import can name the cell. */
    enum Part { SOURCE, PLACE, DISTRICT, STANDARD, DESCRIPTION, UNIT, DEADLINE, PHOTO }

    record Fault(Part part, String key, Object... args) {
    }

    /** The sites and standards a new problem is checked against, read once for a whole workbook. */
    static final class Library {
        private final Map<String, Site> byId;
        private final Map<String, List<Site>> byName = new HashMap<>();
        private final Map<String, String> standardTexts;

        Library(Tx tx) throws SQLException {
            byId = tx.sites().byId();
            byId.values().forEach(s -> byName.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s));
            standardTexts = tx.indicatorSets().standardTexts();
        }

        List<Site> sites(String reference) {
            Site exact = byId.get(reference);
            return exact != null ? List.of(exact) : byName.getOrDefault(reference, List.of());
        }
    }

    private NewProblems() {
    }

    /** Every fault of the request, in the order of its parts; none when it may be raised. */
    static List<Fault> faults(Library library, RaiseProblem.Request r) {
        List<Fault> faults = new ArrayList<>();
        if (r.source() == null) {
            faults.add(new Fault(Part.SOURCE, "problem.raise.noSource"));
        } else if (r.source() == ProblemSource.INSPECTION) {
            faults.add(new Fault(Part.SOURCE, "problem.raise.inspectionSource"));
        }
        Site site = null;
        if (blank(r.site()) == blank(r.address())) {
            faults.add(new Fault(Part.PLACE, blank(r.site()) ? "problem.raise.noPlace" : "problem.raise.siteAndAddress", r.site(), r.address()));
        } else if (!blank(r.site())) {
            List<Site> found = library.sites(r.site().strip());
            if (found.size() == 1) {
                site = found.get(0);
            } else {
                faults.add(new Fault(Part.PLACE, found.isEmpty() ? "problem.raise.unknownSite" : "problem.raise.ambiguousSite", r.site().strip(),
                        found.size()));
            }
        } else if (blank(r.district())) {
            faults.add(new Fault(Part.DISTRICT, "problem.raise.noDistrict", r.address().strip()));
        }
        if (!blank(r.standardCode()) && !library.standardTexts.containsKey(r.standardCode().strip())) {
            faults.add(new Fault(Part.STANDARD, "problem.raise.unknownStandard", r.standardCode().strip()));
        }
        if (blank(r.description())) {
            faults.add(new Fault(Part.DESCRIPTION, "problem.raise.noDescription"));
        }
        if (blank(r.unit()) && (site == null ? blank(r.site()) : site.responsibleUnit().isBlank())) {
            faults.add(new Fault(Part.UNIT, "problem.raise.noUnit"));
        }
        if (r.deadline() == null) {
            faults.add(new Fault(Part.DEADLINE, "problem.raise.noDeadline"));
        }
        return faults;
    }

    /** The problem a request without faults raises. */
    static Problem problem(Library library, RaiseProblem.Request r, Instant now, String who) {
        Site site = blank(r.site()) ? null : library.sites(r.site().strip()).get(0);
        ProblemOrigin origin = new ProblemOrigin(r.source(), site == null ? r.address().strip() : null, site == null ? text(r.district()) : null,
                site == null ? text(r.street()) : null, text(r.unit()), r.description().strip(), who);
        return new Problem(UUID.randomUUID().toString(), null, site == null ? null : site.id(), text(r.standardCode()), null, ProblemStatus.TO_FIX,
                r.deadline(), 0, null, now, null, null, 1, origin);
    }

    /** The text of the standard's code, or empty. */
    static String standardText(Library library, String code) {
        return code == null ? "" : library.standardTexts.getOrDefault(code, "");
    }

    /** Writes the problem and its 立案 step, with the photos (SHA-256 of photos already kept), into history and the audit log. */
    static void keep(Tx tx, Problem problem, List<String> photos) throws SQLException {
        tx.problems().insert(problem);
        ProblemStep step = new ProblemStep(problem.id(), problem.raisedAt(), problem.origin().raisedBy(), "RAISED", null, ProblemStatus.TO_FIX,
                problem.origin().description(), photos, null, problem.deadline());
        tx.problems().step(step);
        tx.audit().append(step.at(), step.actor(), AuditLog.Action.PROBLEM, Audit.problem(problem.id()),
                Audit.describe(step));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The stripped text, or null when there is none. */
    private static String text(String s) {
        return blank(s) ? null : s.strip();
    }
}
