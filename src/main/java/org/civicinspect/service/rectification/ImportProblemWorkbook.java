package org.civicinspect.service.rectification;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.excel.ProblemColumn;
import org.civicinspect.excel.ProblemWorkbookReader;
import org.civicinspect.excel.UnreadableWorkbookException;
import org.civicinspect.excel.WorkbookFiles;
import org.civicinspect.excel.WorkbookSheets;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.model.Site;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.fieldwork.AddPhoto;
import org.civicinspect.store.Workspace;

/**
 * {@code problems import FILE [--photos DIR]}: problems from other sources, one a row ({@link ProblemWorkbookReader}).
 * The 点位/地址 cell names a site (by name or id) or, when no site is so named, is a free address. The 照片 cell lists
 * file names in the photo folder, each checked to be a whole picture before anything is written. Every fault of every
 * row is reported by its sheet and cell, and then nothing is written; otherwise all the rows are raised at once, as
 * {@link RaiseProblem} raises one.
 */
public final class ImportProblemWorkbook {

    /** The problems raised, or every error (and then nothing changed). */
    public record Result(List<Problem> raised, List<SheetProblem> errors) {
        public Result {
            raised = List.copyOf(raised);
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private static final Map<NewProblems.Part, ProblemColumn> COLUMN_OF = new EnumMap<>(Map.of(
            NewProblems.Part.SOURCE, ProblemColumn.SOURCE, NewProblems.Part.PLACE, ProblemColumn.PLACE,
            NewProblems.Part.DISTRICT, ProblemColumn.DISTRICT, NewProblems.Part.STANDARD, ProblemColumn.STANDARD,
            NewProblems.Part.DESCRIPTION, ProblemColumn.DESCRIPTION, NewProblems.Part.UNIT, ProblemColumn.UNIT,
            NewProblems.Part.DEADLINE, ProblemColumn.DEADLINE, NewProblems.Part.PHOTO, ProblemColumn.PHOTOS));

    private final Workspace workspace;
    private final Clock clock;
    private final AddPhoto addPhoto;
    private final SignedIn signedIn;

    public ImportProblemWorkbook(Workspace workspace, Clock clock, AddPhoto addPhoto, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.addPhoto = addPhoto;
        this.signedIn = signedIn;
    }

    /** Imports the workbook; {@code photoFolder} may be null when no row names a photo. */
    public Result run(Path file, Path photoFolder) {
        WorkbookSheets sheets;
        try {
            sheets = WorkbookFiles.read(file);
        } catch (UnreadableWorkbookException e) {
            return new Result(List.of(), List.of(e.problem()));
        }
        ProblemWorkbookReader.Content content = new ProblemWorkbookReader().read(sheets);
        if (!content.ok()) {
            return new Result(List.of(), content.errors());
        }
        String who = signedIn.name();
        Instant now = Audit.now(clock);
        NewProblems.Library library = workspace.read(NewProblems.Library::new);
        List<SheetProblem> errors = new ArrayList<>();
        List<Raised> raised = new ArrayList<>();
        for (ProblemWorkbookReader.Row row : content.rows()) {
            int before = errors.size();
            RaiseProblem.Request request = request(library, row, errors);
            for (NewProblems.Fault fault : NewProblems.faults(library, request)) {
                boolean knownAlready = fault.part() == NewProblems.Part.SOURCE && !row.text(ProblemColumn.SOURCE).isEmpty()
                        || fault.part() == NewProblems.Part.DEADLINE && !row.text(ProblemColumn.DEADLINE).isEmpty();
                if (!knownAlready) {
                    errors.add(at(row, COLUMN_OF.get(fault.part()), fault.key(), fault.args()));
                }
            }
            List<AddPhoto.Checked> photos = photos(row, photoFolder, errors);
            if (errors.size() == before) {
                raised.add(new Raised(NewProblems.problem(library, request, now, who), photos));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        return workspace.write(tx -> {
            for (Raised r : raised) {
                List<String> kept = new ArrayList<>();
                for (AddPhoto.Checked photo : r.photos()) {
                    kept.add(addPhoto.keepIn(tx, photo));
                }
                NewProblems.keep(tx, r.problem(), kept);
            }
            return new Result(raised.stream().map(Raised::problem).toList(), List.of());
        });
    }

    private record Raised(Problem problem, List<AddPhoto.Checked> photos) {
    }

    /** The row as a request; an unknown source or an unreadable deadline is reported here, at its cell. */
    private static RaiseProblem.Request request(NewProblems.Library library, ProblemWorkbookReader.Row row, List<SheetProblem> errors) {
        String sourceText = row.text(ProblemColumn.SOURCE);
        ProblemSource source = sourceText.isEmpty() ? null : RaiseProblem.source(sourceText);
        if (!sourceText.isEmpty() && source == null) {
            errors.add(at(row, ProblemColumn.SOURCE, "problem.raise.badSource", sourceText));
        }
        String deadlineText = row.text(ProblemColumn.DEADLINE);
        LocalDate deadline = deadlineText.isEmpty() ? null : date(deadlineText);
        if (!deadlineText.isEmpty() && deadline == null) {
            errors.add(at(row, ProblemColumn.DEADLINE, "problem.raise.badDeadline", deadlineText));
        }
        String place = row.text(ProblemColumn.PLACE);
        List<Site> sites = place.isEmpty() ? List.of() : library.sites(place);
        boolean atSite = !sites.isEmpty();
        return new RaiseProblem.Request(source, atSite ? place : null, atSite ? null : place, row.text(ProblemColumn.DISTRICT),
                row.text(ProblemColumn.STREET), row.text(ProblemColumn.STANDARD), row.text(ProblemColumn.DESCRIPTION), row.text(ProblemColumn.UNIT),
                deadline);
    }

    /** The photos the row names, each found in the folder and checked to be a whole picture; each fault reported. */
    private List<AddPhoto.Checked> photos(ProblemWorkbookReader.Row row, Path folder, List<SheetProblem> errors) {
        String names = row.text(ProblemColumn.PHOTOS);
        if (names.isBlank()) {
            return List.of();
        }
        if (folder == null) {
            errors.add(at(row, ProblemColumn.PHOTOS, "problem.import.noPhotoFolder", names));
            return List.of();
        }
        List<AddPhoto.Checked> checked = new ArrayList<>();
        for (String name : Arrays.stream(names.split("[,，、;；\\s]+")).filter(n -> !n.isEmpty()).toList()) {
            Path file = folder.resolve(name).normalize();
            if (!file.startsWith(folder.normalize())) {
                errors.add(at(row, ProblemColumn.PHOTOS, "problem.import.photoMissing", name, folder));
                continue;
            }
            try {
                checked.add(addPhoto.check(file));
            } catch (RequestRefused e) {
                errors.add(e.messageKey().equals("photo.missing") ? at(row, ProblemColumn.PHOTOS, "problem.import.photoMissing", name, folder)
                        : at(row, ProblemColumn.PHOTOS, e.messageKey(), e.args().toArray()));
            }
        }
        return checked;
    }

    private static SheetProblem at(ProblemWorkbookReader.Row row, ProblemColumn column, String key, Object... args) {
        return SheetProblem.at(row.sheet(), row.cell(column), key, args);
    }

    /** {@code 2026-06-30}, {@code 2026/6/30}, {@code 2026.6.30} or {@code 2026年6月30日}; null for anything else. */
    public static LocalDate date(String text) {
        String[] parts = text.strip().replace("日", "").split("[-/.年月]");
        if (parts.length != 3) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
