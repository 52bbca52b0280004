package org.civicinspect.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.service.survey.QuestionnaireImportResult;
import org.civicinspect.service.survey.QuestionnaireSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code survey questionnaire import|export} and {@code survey questionnaires}: the questionnaire library (问卷); the
 * interviews' subcommands are {@link SurveyInterviewCommands}, the plan's, the sample size's and the paper form's
 * {@link SurveyPlanCommands}.
 */
@Command(name = "survey", mixinStandardHelpOptions = true,
        subcommands = {SurveyCommand.QuestionnaireCommand.class, SurveyCommand.ListAll.class, SurveyInterviewCommands.Pin.class,
                SurveyInterviewCommands.TypeIn.class, SurveyInterviewCommands.Scores.class, SurveyPlanCommands.Plan.class,
                SurveyPlanCommands.Size.class, SurveyPlanCommands.Print.class})
final class SurveyCommand {

    @ParentCommand
    CivicInspectCommand root;

    @Command(name = "questionnaire", mixinStandardHelpOptions = true,
            subcommands = {SurveyCommand.Import.class, SurveyCommand.Export.class})
    static final class QuestionnaireCommand {
        @ParentCommand SurveyCommand parent;
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand QuestionnaireCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE.xlsx", descriptionKey = "cli.survey.import.file") Path file;
        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "cli.survey.import.name") String name;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() {
            Output output = new Output(spec);
            QuestionnaireImportResult result = parent.parent.root.services().importQuestionnaire().run(file, name, Progress.NONE);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", file.toString());
                answer.put("outcome", result.outcome());
                if (result.questionnaire() != null) {
                    answer.put("questionnaire", summaryJson(QuestionnaireSummary.of(result.questionnaire())));
                }
                answer.put("errors", Output.problemsAsJson(result.errors()));
                answer.put("notes", Output.problemsAsJson(result.notes()));
                output.json(answer);
            } else {
                Questionnaire q = result.questionnaire();
                switch (result.outcome()) {
                    case IMPORTED -> output.line(Messages.get("cli.survey.imported", q.label(), q.questions().size(), q.indices().size()));
                    case ALREADY_IMPORTED -> output.line(Messages.get("cli.survey.alreadyImported", file, q.label(), q.importedAt().toString()));
                    case REJECTED -> {
                        output.error(Messages.get("cli.survey.rejected", file, result.errors().size()));
                        result.errors().forEach(p -> output.error("  " + Messages.describe(p)));
                    }
                }
                result.notes().forEach(p -> output.line("  " + Messages.describe(p)));
            }
            return result.outcome() == QuestionnaireImportResult.Outcome.REJECTED ? CivicInspectCommand.BAD_INPUT : 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export extends RefusableAction {
        @ParentCommand QuestionnaireCommand parent;
        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.survey.id") String id;
        @Parameters(index = "1", paramLabel = "OUT.xlsx", descriptionKey = "cli.survey.export.out") Path out;

        @Override
        int act(Output output) {
            if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                output.error(Messages.get("cli.export.needsXlsx", out));
                return CivicInspectCommand.BAD_INPUT;
            }
            Questionnaire q;
            try {
                q = parent.parent.root.services().exportQuestionnaire().run(id, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (json) {
                Map<String, Object> answer = summaryJson(QuestionnaireSummary.of(q));
                answer.put("file", out.toAbsolutePath().toString());
                output.json(answer);
            } else {
                output.line(Messages.get("cli.survey.exported", q.label(), out));
            }
            return 0;
        }
    }

    @Command(name = "questionnaires", mixinStandardHelpOptions = true)
    static final class ListAll extends RefusableAction {
        @ParentCommand SurveyCommand parent;

        @Override
        int act(Output output) {
            List<QuestionnaireSummary> all = parent.root.services().listQuestionnaires().run();
            if (json) {
                output.json(all.stream().map(SurveyCommand::summaryJson).toList());
                return 0;
            }
            if (all.isEmpty()) {
                output.line(Messages.get("cli.survey.none"));
            }
            for (QuestionnaireSummary s : all) {
                Questionnaire q = s.questionnaire();
                output.line(Messages.get("cli.survey.listLine", q.id().substring(0, 8), q.label(), s.questions(), s.screening(), s.scored(),
                        String.join("、", q.indices()), q.importedAt().toString(), q.source().fileName()));
            }
            return 0;
        }
    }

    static Map<String, Object> summaryJson(QuestionnaireSummary s) {
        Questionnaire q = s.questionnaire();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", q.id());
        json.put("name", q.name());
        json.put("version", q.version());
        json.put("sourceFile", q.source().fileName());
        json.put("sha256", q.source().sha256());
        json.put("importedAt", q.importedAt().toString());
        json.put("questions", s.questions());
        json.put("screening", s.screening());
        json.put("scored", s.scored());
        json.put("indices", q.indices());
        return json;
    }
}
