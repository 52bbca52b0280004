package org.civicinspect.service.materials;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.civicinspect.model.EvidenceWindow;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Sets what the automatic checks hold material files to: the types of material a standard of a round's indicator-set
 * version requires (for every round on that version), and a round's evidence window.
 */
public final class SetMaterialRules {

    private final Workspace workspace;
    private final Clock clock;
    private final Checklists checklists;
    private final SignedIn signedIn;

    public SetMaterialRules(Workspace workspace, Clock clock, Checklists checklists, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.checklists = checklists;
        this.signedIn = signedIn;
    }

    /** The types the standard requires from now on, in place of those before; an empty list requires none. */
    public List<String> require(String roundReference, String standardCode, String types) {
        Round round = workspace.read(tx -> Rounds.require(tx.rounds().findByReference(roundReference), roundReference));
        String code = standardCode == null ? "" : standardCode.strip();
        Standard standard = checklists.tree(round.indicatorSetId()).standards().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new RequestRefused("materials.noSuchStandard", code, round.name()));
        if (!standard.material()) {
            throw new RequestRefused("materials.notMaterial", code, String.join("、", standard.methods()));
        }
        List<String> list = Arrays.stream((types == null ? "" : types).split("[,，、]")).map(String::strip).filter(t -> !t.isEmpty())
                .distinct().toList();
        workspace.write(tx -> {
            tx.materialFiles().require(round.indicatorSetId(), code, list);
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.MATERIAL_FILE, "indicator-set:" + round.indicatorSetId(),
                    "standard=" + code + " requires=" + String.join(",", list));
            return null;
        });
        return list;
    }

    /** The round's evidence window, from and to given as months ({@code 2025-06}), the last month included. */
    public EvidenceWindow window(String roundReference, String from, String to) {
        Round round = workspace.read(tx -> Rounds.require(tx.rounds().findByReference(roundReference), roundReference));
        EvidenceWindow window = new EvidenceWindow(month(from), month(to));
        if (window.to().isBefore(window.from())) {
            throw new RequestRefused("materials.windowBackwards", window.from(), window.to());
        }
        workspace.write(tx -> {
            tx.materialFiles().setWindow(round.id(), window);
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.MATERIAL_FILE, Audit.round(round.id()),
                    "evidence window " + window.from() + " to " + window.to());
            return null;
        });
        return window;
    }

    private static YearMonth month(String given) {
        try {
            return YearMonth.parse(given == null ? "" : given.strip());
        } catch (DateTimeParseException e) {
            throw new RequestRefused("materials.badMonth", String.valueOf(given));
        }
    }
}
