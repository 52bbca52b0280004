package org.civicinspect.service.rectification;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.fieldwork.AddPhoto;
import org.civicinspect.store.Workspace;

/**
 * Raises by hand a problem that no inspection found: 媒体曝光, 群众反映 (12345, 随手拍), 领导督查, 暗访 or 其他. From
 * then on it is followed as an inspection's problem is (status, deadline, colour, 整改率); at a site and a standard, a
 * round that starts on a later day rechecks it there (复查) as it rechecks an earlier round's problem. The photos are
 * checked before anything is kept; a refusal names the first fault.
 */
public final class RaiseProblem {

    /**
     * A problem as a person or a workbook row gives it: at a site (its id or name) or at a free address with its
     * district and street; the standard's code where one is known; what is wrong; the responsible unit (the site's when
     * none is given) and the deadline.
     */
    public record Request(ProblemSource source, String site, String address, String district, String street, String standardCode,
                          String description, String unit, LocalDate deadline) {
    }

    private final Workspace workspace;
    private final Clock clock;
    private final AddPhoto addPhoto;
    private final SignedIn signedIn;

    public RaiseProblem(Workspace workspace, Clock clock, AddPhoto addPhoto, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.addPhoto = addPhoto;
        this.signedIn = signedIn;
    }

    /** The source a text names: 媒体曝光, media, MEDIA… (any language's name, or the code); null when none. */
    public static ProblemSource source(String text) {
        String t = text == null ? "" : text.strip();
        for (ProblemSource s : ProblemSource.values()) {
            if (s.name().equalsIgnoreCase(t)) {
                return s;
            }
            for (Locale language : List.of(Messages.CHINESE, Locale.ENGLISH)) {
                if (ResourceBundle.getBundle(Messages.BUNDLE, language).getString("problem.source." + s.name()).equalsIgnoreCase(t)) {
                    return s;
                }
            }
        }
        return null;
    }

    public Problem run(Request request, List<Path> photos, String actor) {
        List<AddPhoto.Checked> checked = photos.stream().map(addPhoto::check).toList();
        String who = signedIn.nameOr(actor);
        Instant now = Audit.now(clock);
        return workspace.write(tx -> {
            NewProblems.Library library = new NewProblems.Library(tx);
            List<NewProblems.Fault> faults = NewProblems.faults(library, request);
            if (!faults.isEmpty()) {
                throw new RequestRefused(faults.get(0).key(), faults.get(0).args());
            }
            Problem problem = NewProblems.problem(library, request, now, who);
            List<String> kept = new java.util.ArrayList<>();
            for (AddPhoto.Checked photo : checked) {
                kept.add(addPhoto.keepIn(tx, photo));
            }
            NewProblems.keep(tx, problem, kept);
            return problem;
        });
    }
}
