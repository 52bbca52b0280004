package org.civicinspect.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.i18n.Messages;
import org.civicinspect.scoring.InterviewValidity;
import org.civicinspect.scoring.QuestionRate;
import org.civicinspect.scoring.RespondentWeights;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.scoring.SurveyGroup;
import org.civicinspect.scoring.SurveyIndex;
import org.civicinspect.scoring.SurveyStandardScore;
import org.civicinspect.service.survey.ImportPaperInterviews;
import org.civicinspect.service.survey.PinQuestionnaire;
import org.civicinspect.service.survey.QuestionnaireSummary;
import org.civicinspect.service.survey.ScoreSurvey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code survey pin}, {@code survey score FILE.csv} and {@code survey scores}: a round's interviews and its survey figures. */
final class SurveyInterviewCommands {

    private SurveyInterviewCommands() {
    }

    @Command(name = "pin", mixinStandardHelpOptions = true)
    static final class Pin extends RefusableAction {
        @ParentCommand SurveyCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--questionnaire", required = true, paramLabel = "ID", descriptionKey = "cli.survey.id") String questionnaire;

        @Override
        int act(Output output) {
            PinQuestionnaire.Pinned pinned = parent.root.services().pinQuestionnaire().run(round, questionnaire);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("round", pinned.round().id());
                answer.put("questionnaire", SurveyCommand.summaryJson(QuestionnaireSummary.of(pinned.questionnaire())));
                output.json(answer);
            } else {
                output.line(Messages.get("cli.survey.pinned", pinned.round().name(), pinned.questionnaire().label()));
            }
            return 0;
        }
    }

    /** {@code survey score --round R FILE.csv}: paper questionnaires typed in, all or none. */
    @Command(name = "score", mixinStandardHelpOptions = true)
    static final class TypeIn extends RefusableAction {
        @ParentCommand SurveyCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Parameters(paramLabel = "FILE.csv", descriptionKey = "cli.survey.score.file") Path file;

        @Override
        int act(Output output) {
            ImportPaperInterviews.Result result = parent.root.services().importPaperInterviews().run(round, file);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", file.toString());
                answer.put("recorded", result.recorded());
                answer.put("unchanged", result.unchanged());
                answer.put("errors", Output.problemsAsJson(result.errors()));
                output.json(answer);
            } else if (result.ok()) {
                output.line(Messages.get("cli.survey.typedIn", result.recorded(), file, result.unchanged()));
            } else {
                output.error(Messages.get("cli.score.rejected", file, result.errors().size()));
                result.errors().forEach(p -> output.error("  " + Messages.describe(p)));
            }
            return result.ok() ? 0 : CivicInspectCommand.BAD_INPUT;
        }
    }

    /** {@code survey scores --round R}: the city and each district, each index's rate and the valid and invalid counts. */
    @Command(name = "scores", mixinStandardHelpOptions = true)
    static final class Scores extends RefusableAction {
        @ParentCommand SurveyCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--minimum-minutes", paramLabel = "MINUTES", descriptionKey = "cli.survey.minimumMinutes") Integer minimumMinutes;
        @Option(names = "--weighted", descriptionKey = "cli.survey.weighted") boolean weighted;

        @Override
        int act(Output output) {
            Duration minimum = minimumMinutes == null ? ScoreSurvey.DEFAULT_MINIMUM_DURATION : Duration.ofMinutes(minimumMinutes);
            ScoreSurvey.Result result = parent.root.services().scoreSurvey().run(round, minimum, weighted);
            List<SurveyGroup> groups = new ArrayList<>();
            groups.add(result.scores().city());
            groups.addAll(result.scores().byDistrict().values());
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("round", result.round().id());
                answer.put("questionnaire", result.questionnaire().id());
                answer.put("minimumMinutes", minimum.toMinutes());
                answer.put("weighted", weighted);
                result.scores().weighting().ifPresent(w -> answer.put("weighting", weightingJson(w)));
                answer.put("groups", groups.stream().map(Scores::groupJson).toList());
                answer.put("interviews", result.scores().interviews().stream().map(Scores::interviewJson).toList());
                output.json(answer);
                return 0;
            }
            output.line(Messages.get("cli.survey.scoresHeader", result.round().name(), result.questionnaire().label(), minimum.toMinutes()));
            result.scores().weighting().ifPresent(w -> {
                output.line(Messages.get("cli.survey.weightedHeader", w.question().code()));
                if (!w.emptyCells().isEmpty()) {
                    output.line(Messages.get("cli.survey.emptyCells", String.join("、", w.emptyCells())));
                }
            });
            for (SurveyGroup group : groups) {
                output.line(Messages.get("cli.survey.groupLine", group.group(), group.interviews().size(), group.valid().size(),
                        group.excluded().size()));
                group.indices().values().forEach(index -> output.line("  " + index.formula()));
                if (weighted) {
                    group.questions().values().forEach(rate -> output.line("  " + rate.formula()));
                }
                output.line("  " + group.explanation());
                group.weightExplanation().forEach(line -> output.line("  " + line));
            }
            return 0;
        }

        /** Each district's cells: option, population share, interviews and weight (null for a cell without interviews). */
        private static Map<String, Object> weightingJson(RespondentWeights weighting) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("question", weighting.question().code());
            List<Map<String, Object>> districts = new ArrayList<>();
            for (RespondentWeights.District district : weighting.districts().values()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("district", district.district());
                one.put("cityShares", district.cityShares());
                one.put("cells", district.cells().stream().map(cell -> {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("option", cell.option().code());
                    c.put("percent", cell.percent());
                    c.put("interviews", cell.interviews().size());
                    c.put("weight", cell.weight());
                    return c;
                }).toList());
                one.put("outside", district.outside());
                one.put("explanation", district.explanation(weighting.question()));
                districts.add(one);
            }
            json.put("districts", districts);
            json.put("emptyCells", weighting.emptyCells());
            return json;
        }

        private static Map<String, Object> groupJson(SurveyGroup group) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("group", group.group());
            json.put("city", group.city());
            json.put("interviews", group.interviews().size());
            json.put("valid", group.valid().size());
            json.put("invalid", group.excluded().size());
            json.put("flaggedForReview", group.flaggedForReview().size());
            Map<String, Object> indices = new LinkedHashMap<>();
            for (SurveyIndex index : group.indices().values()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("percent", index.rated() ? Rounding.percent(index.value()) : null);
                one.put("formula", index.formula());
                indices.put(index.name(), one);
            }
            json.put("indices", indices);
            Map<String, Object> standards = new LinkedHashMap<>();
            for (SurveyStandardScore standard : group.standards().values()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("earned", standard.rated() ? standard.earned() : null);
                one.put("formula", standard.formula());
                standards.put(standard.standard().code(), one);
            }
            json.put("standards", standards);
            if (group.weighting() != null) {
                Map<String, Object> questions = new LinkedHashMap<>();
                for (QuestionRate rate : group.questions().values()) {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("percent", rate.rated() ? Rounding.percent(rate.rate()) : null);
                    one.put("formula", rate.formula());
                    questions.put(rate.question().code(), one);
                }
                json.put("questions", questions);
                json.put("weights", group.weightExplanation());
            }
            json.put("explanation", group.explanation());
            return json;
        }

        private static Map<String, Object> interviewJson(InterviewValidity interview) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", interview.interviewId());
            json.put("district", interview.interview().district());
            json.put("valid", interview.valid());
            json.put("reason", interview.reason());
            json.put("flaggedForReview", interview.flaggedForReview());
            json.put("explanation", interview.explanation());
            return json;
        }
    }
}
