package org.civicinspect.service.materials;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicinspect.model.EvidenceWindow;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.Workspace;

/**
 * The checks a reviewer would make on a round's material files before grading: a material standard without a type of
 * material its indicator-set version requires of it, a file dated outside the round's evidence window, and the same
 * bytes (same SHA-256) filed for another round as well.
 */
public final class CheckRoundMaterials {

    /** What a warning is about. */
    public enum Kind { MISSING_TYPES, OUTSIDE_WINDOW, FILED_IN_OTHER_ROUND }

    /**
     * One warning on a standard (missing types: {@code detail} lists them) or on a file (its date outside
     * {@code detail}, the window; or the other rounds it was filed for, in {@code detail}).
     */
    public record Warning(Kind kind, String standardCode, MaterialFile file, String detail) {
    }

    /** The round, its evidence window and the warnings: standards in the set's order first, then files as filed. */
    public record Checked(Round round, EvidenceWindow window, List<Warning> warnings) {
    }

    private final Workspace workspace;
    private final Checklists checklists;

    public CheckRoundMaterials(Workspace workspace, Checklists checklists) {
        this.workspace = workspace;
        this.checklists = checklists;
    }

    public Checked run(String roundReference) {
        return workspace.read(tx -> {
            Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
            EvidenceWindow window = tx.materialFiles().window(round.id()).orElseGet(() -> EvidenceWindow.before(round.start()));
            List<MaterialFile> files = tx.materialFiles().ofRound(round.id());
            Map<String, List<String>> required = tx.materialFiles().requirements(round.indicatorSetId());
            List<Warning> warnings = new ArrayList<>();
            for (Standard standard : checklists.tree(round.indicatorSetId()).standards().filter(Standard::material).toList()) {
                Set<String> missing = new LinkedHashSet<>(required.getOrDefault(standard.code(), List.of()));
                files.stream().filter(f -> f.standards().contains(standard.code())).forEach(f -> missing.remove(f.type()));
                if (!missing.isEmpty()) {
                    warnings.add(new Warning(Kind.MISSING_TYPES, standard.code(), null, String.join("、", missing)));
                }
            }
            for (MaterialFile file : files) {
                if (!window.contains(file.documentDate())) {
                    warnings.add(new Warning(Kind.OUTSIDE_WINDOW, null, file, window.from() + " – " + window.to()));
                }
                Set<String> otherRounds = new LinkedHashSet<>();
                for (MaterialFile same : tx.materialFiles().withContent(file.sha256())) {
                    if (!same.roundId().equals(round.id())) {
                        otherRounds.add(tx.rounds().findByReference(same.roundId()).map(Round::name).orElse(same.roundId()));
                    }
                }
                if (!otherRounds.isEmpty()) {
                    warnings.add(new Warning(Kind.FILED_IN_OTHER_ROUND, null, file, String.join("、", otherRounds)));
                }
            }
            return new Checked(round, window, warnings);
        });
    }
}
