package org.civicinspect.service.materials;

import java.util.List;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.model.Round;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.Workspace;

/** The material files filed for a round, in the order they were filed (at the same moment: by file name); those of one standard when a code is given. */
public final class ListMaterialFiles {

    /** The round and its files. */
    public record Listed(Round round, List<MaterialFile> files) {
    }

    private final Workspace workspace;

    public ListMaterialFiles(Workspace workspace) {
        this.workspace = workspace;
    }

    public Listed run(String roundReference, String standardCode) {
        Round round = workspace.read(tx -> Rounds.require(tx.rounds().findByReference(roundReference), roundReference));
        List<MaterialFile> files = workspace.read(tx -> tx.materialFiles().ofRound(round.id()));
        String code = standardCode == null ? "" : standardCode.strip();
        return new Listed(round, code.isEmpty() ? files : files.stream().filter(f -> f.standards().contains(code)).toList());
    }
}
