package org.civicinspect.service.survey;

import java.io.IOException;
import java.nio.file.Path;
import org.civicinspect.excel.SurveyPlanWorkbookWriter;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.Workspace;

/**
 * Writes a round's survey plan in our template, which imports back to the same plan; a round without a plan gives the
 * empty template to fill in. The file appears whole or not at all.
 */
public final class ExportSurveyPlan {

    private final Workspace workspace;
    private final SignedIn signedIn;

    public ExportSurveyPlan(Workspace workspace, SignedIn signedIn) {
        this.workspace = workspace;
        this.signedIn = signedIn;
    }

    /** The plan written. */
    public SurveyPlan run(String roundReference, Path out) throws IOException {
        Planned planned = workspace.read(tx -> {
            var round = SurveyRounds.named(tx, roundReference);
            return new Planned(tx.surveyPlans().of(round.id()), SurveyRounds.pinnedIfAny(tx, round).orElse(null));
        });
        AtomicFile.write(out, stream -> new SurveyPlanWorkbookWriter().write(planned.plan(), planned.questionnaire(), stream));
        SurveyPlan plan = planned.plan();
        Audit.exported(workspace, signedIn.name(), "survey plan round=" + plan.roundId(), out,
                plan.quotas().size() + plan.profiles().size() + plan.assignments().size());
        return plan;
    }

    private record Planned(SurveyPlan plan, Questionnaire questionnaire) {
    }
}
