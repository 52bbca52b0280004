package org.civicinspect.service.survey;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.civicinspect.excel.SurveyPlanWorkbookContent;
import org.civicinspect.excel.SurveyPlanWorkbookReader;
import org.civicinspect.excel.UnreadableWorkbookException;
import org.civicinspect.excel.WorkbookFiles;
import org.civicinspect.excel.WorkbookSheets;
import org.civicinspect.model.Person;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.Round;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Imports a survey plan workbook (样本计划) as the round's whole plan, replacing the one it had. The interviewers must
 * be registered people and the profiles options of the questionnaire the round pins; a file with any error is
 * rejected whole and changes nothing.
 */
public final class ImportSurveyPlan {

    /** The plan now stored, or every error (and then nothing changed); notes are sheets skipped. */
    public record Result(Round round, SurveyPlan plan, List<SheetProblem> errors, List<SheetProblem> notes) {
        public Result {
            errors = List.copyOf(errors);
            notes = List.copyOf(notes);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public ImportSurveyPlan(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    public Result run(String roundReference, Path file) {
        Context context = workspace.read(tx -> {
            Round round = SurveyRounds.named(tx, roundReference);
            return new Context(round, SurveyRounds.pinnedIfAny(tx, round).orElse(null), tx.people().people());
        });
        WorkbookSheets sheets;
        try {
            sheets = WorkbookFiles.read(file);
        } catch (UnreadableWorkbookException e) {
            return new Result(context.round(), null, List.of(e.problem()), List.of());
        }
        SurveyPlanWorkbookContent content = new SurveyPlanWorkbookReader(context.round().id(), context.questionnaire(), context.people()).read(sheets);
        if (!content.ok()) {
            return new Result(context.round(), null, content.errors(), content.notes());
        }
        Instant now = Audit.now(clock);
        SurveyPlan plan = content.plan();
        workspace.write(tx -> {
            tx.surveyPlans().replace(plan);
            tx.audit().append(now, signedIn.name(), AuditLog.Action.ROUND, Audit.round(plan.roundId()),
                    "imported survey plan " + file.getFileName() + " quotas=" + plan.quotas().size() + " profiles=" + plan.profiles().size()
                            + " assignments=" + plan.assignments().size() + " populationShares=" + plan.populations().size()
                            + " target=" + plan.target());
            return null;
        });
        return new Result(context.round(), plan, List.of(), content.notes());
    }

    private record Context(Round round, Questionnaire questionnaire, List<Person> people) {
    }
}
