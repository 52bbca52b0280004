package org.civicinspect.service.materials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.model.Round;
import org.civicinspect.model.Sha256;
import org.civicinspect.model.Standard;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Workspace;

/**
 * 材料: files a unit's evidence for material standards of a round. Everything is checked before anything is written
 * (the round, the standards, the unit in the registry, the title, type and date, and the file by its content:
 * {@link MaterialContent}); then the bytes are kept once by their SHA-256 where the workspace keeps its photos, and the
 * filing is recorded with them in one transaction. In a unit's workspace ({@link UnitOfWorkspace}) the unit files only
 * for itself and only for its own standards. A unit files a file (its SHA-256) once for a standard of a round: filed again
 * as it was, nothing changes; filed again as something else (another title, type, date or further standards), it is
 * refused, naming the earlier filing.
 */
public final class AddMaterialFile {

    private static final int MAX_TEXT = 500;

    /** What is filed: the file, as what, by which unit, for which standards of which round. */
    public record Filing(String round, List<String> standards, String unit, String type, String title, String date, Path file) {
    }

    /** The filing in effect: the new one, or the earlier one the same filing repeated ({@code alreadyFiled}). */
    public record Filed(MaterialFile file, boolean alreadyFiled) {
    }

    private final Workspace workspace;
    private final Clock clock;
    private final Checklists checklists;
    private final SignedIn signedIn;
    private final PhotoStore store;

    public AddMaterialFile(Workspace workspace, Clock clock, Checklists checklists, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.checklists = checklists;
        this.signedIn = signedIn;
        this.store = workspace.photoStore();
    }

    public Filed run(Filing filing) {
        Round round = workspace.read(tx -> Rounds.require(tx.rounds().findByReference(filing.round()), filing.round()));
        List<String> codes = standards(round, filing.standards());
        java.util.Optional<UnitOfWorkspace> own = workspace.read(UnitOfWorkspace::of);
        String unit = own.isPresent() && (filing.unit() == null || filing.unit().isBlank()) ? own.get().name()
                : text(filing.unit(), "materials.noUnit");
        if (workspace.read(tx -> tx.materialFiles().registeredUnitId(unit)).isEmpty()) {
            throw new RequestRefused("materials.unknownUnit", unit);
        }
        if (own.isPresent()) {
            onlyTheUnitsOwn(own.get(), unit, round, codes);
        }
        String type = text(filing.type(), "materials.noType");
        String title = text(filing.title(), "materials.noTitle");
        LocalDate date = date(filing.date());
        Path file = filing.file();
        String name = file.getFileName().toString();
        MaterialContent kind = MaterialContent.check(file, name);
        String sha256;
        long size;
        try {
            sha256 = Sha256.of(file);
            size = Files.size(file);
        } catch (IOException e) {
            throw new RequestRefused("materials.file.unreadable", name);
        }
        Instant now = Audit.now(clock);
        MaterialFile filed = new MaterialFile(UUID.randomUUID().toString(), round.id(), unit, sha256, name, kind.mediaType(), size, title,
                type, date, codes, signedIn.name(), now);
        return workspace.write(tx -> {
            java.util.Optional<MaterialFile> earlier = tx.materialFiles().ofRound(round.id()).stream()
                    .filter(f -> f.unit().equals(unit) && f.sha256().equals(sha256) && !java.util.Collections.disjoint(f.standards(), codes))
                    .findFirst();
            if (earlier.isPresent()) {
                return new Filed(sameAgain(earlier.get(), filed), true);
            }
            try {
                store.keep(tx, file, sha256);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            tx.materialFiles().save(filed);
            tx.audit().append(now, signedIn.name(), AuditLog.Action.MATERIAL_FILE, Audit.round(round.id()),
                    "filed " + name + " sha256=" + sha256 + " unit=" + unit + " type=" + type + " standards=" + String.join(",", codes));
            return new Filed(filed, false);
        });
    }

    /** The earlier filing of the file for one of these standards, when {@code again} files it as it was; else refused naming it. */
    private static MaterialFile sameAgain(MaterialFile earlier, MaterialFile again) {
        if (earlier.standards().containsAll(again.standards()) && earlier.title().equals(again.title()) && earlier.type().equals(again.type())
                && earlier.documentDate().equals(again.documentDate())) {
            return earlier;
        }
        throw new RequestRefused("materials.filedBefore", again.fileName(), earlier.title(), earlier.type(), earlier.documentDate(),
                String.join(",", earlier.standards()), earlier.unit());
    }

    /** The material types the standard {@code code} of the round requires, to offer when a file is added for it. */
    public List<String> requiredTypes(String roundReference, String code) {
        return workspace.read(tx -> {
            Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
            return tx.materialFiles().requirements(round.indicatorSetId()).getOrDefault(code, List.of());
        });
    }

    /** In a unit's workspace, the unit files for itself and for the standards 任务分解 gives it, and nothing else. */
    private void onlyTheUnitsOwn(UnitOfWorkspace own, String unit, Round round, List<String> codes) {
        if (!unit.equals(own.name())) {
            throw new RequestRefused("materials.notThisUnit", unit, own.name());
        }
        List<String> mine = workspace.read(tx -> tx.taskAssignments().of(round.indicatorSetId())).stream()
                .filter(t -> t.involves(unit)).map(org.civicinspect.model.TaskAssignment::standardCode).toList();
        for (String code : codes) {
            if (!mine.contains(code)) {
                throw new RequestRefused("materials.notUnitsStandard", code, unit);
            }
        }
    }

    /** The codes named, each a material standard of the round's indicator-set version, once each in the order given. */
    private List<String> standards(Round round, List<String> named) {
        Map<String, Standard> ofRound = checklists.tree(round.indicatorSetId()).standards()
                .collect(Collectors.toMap(Standard::code, Function.identity(), (a, b) -> a));
        List<String> codes = new ArrayList<>();
        for (String raw : named == null ? List.<String>of() : named) {
            String code = raw.strip();
            if (code.isEmpty() || codes.contains(code)) {
                continue;
            }
            Standard standard = ofRound.get(code);
            if (standard == null) {
                throw new RequestRefused("materials.noSuchStandard", code, round.name());
            }
            if (!standard.material()) {
                throw new RequestRefused("materials.notMaterial", code, String.join("、", standard.methods()));
            }
            codes.add(code);
        }
        if (codes.isEmpty()) {
            throw new RequestRefused("materials.noStandards");
        }
        return codes;
    }

    private static String text(String given, String missingKey) {
        String text = given == null ? "" : given.strip();
        if (text.isEmpty()) {
            throw new RequestRefused(missingKey);
        }
        if (text.length() > MAX_TEXT) {
            throw new RequestRefused("materials.textTooLong", text.substring(0, 20), MAX_TEXT);
        }
        return text;
    }

    private static LocalDate date(String given) {
        try {
            return LocalDate.parse(given == null ? "" : given.strip());
        } catch (DateTimeParseException e) {
            throw new RequestRefused("materials.badDate", String.valueOf(given));
        }
    }
}
