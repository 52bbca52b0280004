package org.civicinspect.service.rectification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.excel.ReplyWorkbookReader;
import org.civicinspect.excel.UnreadableWorkbookException;
import org.civicinspect.excel.WorkbookFiles;
import org.civicinspect.excel.WorkbookSheets;
import org.civicinspect.model.SheetProblem;

/**
 * {@code problems replies FILE [--photos DIR]}: a 督办单 a unit filled in and sent back with a folder of photos. The
 * workbook is only read here ({@link ReplyWorkbookReader}) and each photo it names found in the folder; what the
 * replies mean is judged, and they are taken in, by {@link ReceiveProblemReplies}. A workbook that cannot be read, or
 * is no 督办单, is refused whole.
 */
public final class ImportReplyWorkbook {

    private final ReceiveProblemReplies receive;

    public ImportReplyWorkbook(ReceiveProblemReplies receive) {
        this.receive = receive;
    }

    public ReceiveProblemReplies.Result run(Path file, Path photoFolder) {
        WorkbookSheets sheets;
        try {
            sheets = WorkbookFiles.read(file);
        } catch (UnreadableWorkbookException e) {
            return refused(e.problem());
        }
        ReplyWorkbookReader.Content content = new ReplyWorkbookReader().read(sheets);
        if (!content.ok()) {
            return refused(content.errors().toArray(SheetProblem[]::new));
        }
        List<SheetProblem> errors = new ArrayList<>();
        List<ReceiveProblemReplies.Line> lines = new ArrayList<>();
        List<String> names = ReplyWorkbookReader.lockedHeaders();
        for (ReplyWorkbookReader.Row row : content.rows()) {
            Map<ReceiveProblemReplies.Part, String> places = new EnumMap<>(ReceiveProblemReplies.Part.class);
            places.put(ReceiveProblemReplies.Part.PROBLEM, row.numberCell());
            places.put(ReceiveProblemReplies.Part.CLAIMANT, row.claimantCell());
            places.put(ReceiveProblemReplies.Part.PHONE, row.phoneCell());
            places.put(ReceiveProblemReplies.Part.MEASURES, row.measuresCell());
            places.put(ReceiveProblemReplies.Part.COMPLETED_ON, row.completedOnCell());
            places.put(ReceiveProblemReplies.Part.PHOTOS, row.photosCell());
            List<String> lockedPlaces = new ArrayList<>();
            for (int c = 0; c < row.locked().size(); c++) {
                lockedPlaces.add(row.lockedCell(c));
            }
            lines.add(new ReceiveProblemReplies.Line(row.sheet(), row.locked().get(0), row.locked(), lockedPlaces, names.subList(0, row.locked().size()),
                    row.claimant(), row.phone(), row.measures(), row.completedOn(), photos(row, photoFolder, errors), places));
        }
        return receive.run(new ReceiveProblemReplies.Batch(content.workspace(), content.batchId(), content.unit(), lines), errors);
    }

    private static ReceiveProblemReplies.Result refused(SheetProblem... problems) {
        return new ReceiveProblemReplies.Result(List.of(), List.of(), List.of(problems));
    }

    /** The photos the row names, each read from the folder; one missing, or outside the folder, is a fault of its cell. */
    private static List<ReceiveProblemReplies.Photo> photos(ReplyWorkbookReader.Row row, Path folder, List<SheetProblem> errors) {
        if (row.photos().isBlank()) {
            return List.of();
        }
        if (folder == null) {
            errors.add(SheetProblem.at(row.sheet(), row.photosCell(), "problem.import.noPhotoFolder", row.photos()));
            return List.of();
        }
        List<ReceiveProblemReplies.Photo> photos = new ArrayList<>();
        for (String name : Arrays.stream(row.photos().split("[,，、;；\\s]+")).filter(n -> !n.isEmpty()).toList()) {
            Path file = folder.resolve(name).normalize();
            if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file)) {
                errors.add(SheetProblem.at(row.sheet(), row.photosCell(), "problem.import.photoMissing", name, folder));
                continue;
            }
            try {
                photos.add(new ReceiveProblemReplies.Photo(name, Files.readAllBytes(file)));
            } catch (IOException e) {
                errors.add(SheetProblem.at(row.sheet(), row.photosCell(), "photo.unreadable", name, String.valueOf(e.getMessage())));
            }
        }
        return photos;
    }
}
