package org.civicinspect.service.survey;

import java.io.IOException;
import java.nio.file.Path;
import org.civicinspect.excel.PaperQuestionnaireWriter;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.Round;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.Workspace;

/**
 * 纸质问卷: the questionnaire a round pins, as a print-ready workbook for interviews on paper; what is ticked on it is
 * typed in later with {@code survey score FILE.csv}. The file appears whole or not at all.
 */
public final class PrintPaperQuestionnaire {

    private final Workspace workspace;
    private final SignedIn signedIn;

    public PrintPaperQuestionnaire(Workspace workspace, SignedIn signedIn) {
        this.workspace = workspace;
        this.signedIn = signedIn;
    }

    /** The questionnaire printed; refused when the round has none pinned. */
    public Questionnaire run(String roundReference, Path out) throws IOException {
        Printed printed = workspace.read(tx -> {
            Round round = SurveyRounds.named(tx, roundReference);
            return new Printed(round, SurveyRounds.pinned(tx, round));
        });
        AtomicFile.write(out, stream -> new PaperQuestionnaireWriter().write(printed.round().name(), printed.questionnaire(), stream));
        Audit.exported(workspace, signedIn.name(), "paper questionnaire " + printed.questionnaire().label() + " round=" + printed.round().id(),
                out, printed.questionnaire().questions().size());
        return printed.questionnaire();
    }

    private record Printed(Round round, Questionnaire questionnaire) {
    }
}
