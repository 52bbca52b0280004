package org.civicinspect.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.scoring.SampleSize;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.survey.ImportSurveyPlan;
import org.civicinspect.service.survey.SizeSurveySample;
import org.civicinspect.service.survey.SurveyPlanProgress;
import org.civicinspect.service.survey.SurveyPlanProgress.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code survey plan import|export|show}, {@code survey sample-size} and {@code survey print}: a round's survey plan
 * (样本计划), how large a sample must be, and the questionnaire on paper.
 */
final class SurveyPlanCommands {

    private SurveyPlanCommands() {
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            subcommands = {SurveyPlanCommands.Import.class, SurveyPlanCommands.Export.class, SurveyPlanCommands.Show.class})
    static final class Plan {
        @ParentCommand SurveyCommand parent;
    }

    /** {@code survey plan import --round R FILE.xlsx}: the round's whole plan, all or nothing. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import extends RefusableAction {
        @ParentCommand Plan parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Parameters(paramLabel = "FILE.xlsx", descriptionKey = "cli.plan.import.file") Path file;

        @Override
        int act(Output output) {
            ImportSurveyPlan.Result result = parent.parent.root.services().importSurveyPlan().run(round, file);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", file.toString());
                answer.put("round", result.round().id());
                answer.put("imported", result.ok());
                if (result.ok()) {
                    answer.put("quotas", result.plan().quotas().size());
                    answer.put("profiles", result.plan().profiles().size());
                    answer.put("assignments", result.plan().assignments().size());
                    answer.put("target", result.plan().target());
                }
                answer.put("errors", Output.problemsAsJson(result.errors()));
                answer.put("notes", Output.problemsAsJson(result.notes()));
                output.json(answer);
            } else if (result.ok()) {
                SurveyPlan plan = result.plan();
                output.line(Messages.get("cli.plan.imported", result.round().name(), plan.quotas().size(), plan.target(), plan.profiles().size(),
                        plan.assignments().size()));
                result.notes().forEach(p -> output.line("  " + Messages.describe(p)));
            } else {
                output.error(Messages.get("cli.plan.rejected", file, result.errors().size()));
                result.errors().forEach(p -> output.error("  " + Messages.describe(p)));
            }
            return result.ok() ? 0 : CivicInspectCommand.BAD_INPUT;
        }
    }

    /** {@code survey plan export --round R OUT.xlsx}: the plan in our template (the empty template for a round without one). */
    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export extends RefusableAction {
        @ParentCommand Plan parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Parameters(paramLabel = "OUT.xlsx", descriptionKey = "cli.plan.export.out") Path out;

        @Override
        int act(Output output) {
            if (!xlsx(out, output)) {
                return CivicInspectCommand.BAD_INPUT;
            }
            SurveyPlan plan;
            try {
                plan = parent.parent.root.services().exportSurveyPlan().run(round, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (json) {
                output.json(Map.of("file", out.toAbsolutePath().toString(), "round", plan.roundId(), "target", plan.target()));
            } else {
                output.line(Messages.get("cli.plan.exported", out, plan.target()));
            }
            return 0;
        }
    }

    /** {@code survey plan show --round R}: each target against the valid interviews so far. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends RefusableAction {
        @ParentCommand Plan parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;

        @Override
        int act(Output output) {
            SurveyPlanProgress progress = parent.parent.root.services().showSurveyPlan().run(round);
            if (json) {
                output.json(progressJson(progress));
                return 0;
            }
            Tally city = progress.city();
            output.line(Messages.get("cli.plan.header", progress.round().name(),
                    progress.questionnaire() == null ? "—" : progress.questionnaire().label(), city.valid(), city.target(), city.remaining(),
                    city.invalid()));
            if (progress.plan().isEmpty()) {
                output.line(Messages.get("cli.plan.none"));
            }
            if (!progress.cells().isEmpty()) {
                output.line(Messages.get("cli.plan.cells"));
                progress.cells().forEach(t -> output.line("  " + tallyLine(t.district() + " " + method(t.method()), t)));
                output.line(Messages.get("cli.plan.districts"));
                progress.districts().forEach(t -> output.line("  " + tallyLine(t.district(), t)));
            }
            if (!progress.profiles().isEmpty()) {
                output.line(Messages.get("cli.plan.profiles"));
                progress.profiles().forEach(p -> output.line("  " + Messages.get("cli.plan.profileLine",
                        p.quota().cityWide() ? Messages.get("cli.plan.city") : p.quota().district(), p.label(), p.valid(), p.quota().target(),
                        p.remaining())));
            }
            if (!progress.interviewers().isEmpty()) {
                output.line(Messages.get("cli.plan.interviewers"));
                progress.interviewers().forEach(i -> output.line("  " + tallyLine(i.interviewer() + " " + i.tally().district() + " "
                        + method(i.tally().method()), i.tally())));
            }
            return 0;
        }

        private static String tallyLine(String what, Tally t) {
            return t.planned() ? Messages.get("cli.plan.tallyLine", what, t.valid(), t.target(), t.remaining(), t.invalid())
                    : Messages.get("cli.plan.unplannedLine", what, t.valid(), t.invalid());
        }

        private static Map<String, Object> progressJson(SurveyPlanProgress progress) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("round", progress.round().id());
            json.put("questionnaire", progress.questionnaire() == null ? null : progress.questionnaire().id());
            json.put("city", tallyJson(progress.city()));
            json.put("districts", progress.districts().stream().map(SurveyPlanCommands.Show::tallyJson).toList());
            json.put("cells", progress.cells().stream().map(SurveyPlanCommands.Show::tallyJson).toList());
            json.put("profiles", progress.profiles().stream().map(p -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("district", p.quota().district());
                one.put("question", p.quota().questionCode());
                one.put("option", p.quota().optionCode());
                one.put("label", p.label());
                one.put("target", p.quota().target());
                one.put("valid", p.valid());
                return one;
            }).toList());
            json.put("interviewers", progress.interviewers().stream().map(i -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("interviewer", i.interviewer());
                one.putAll(tallyJson(i.tally()));
                return one;
            }).toList());
            return json;
        }

        private static Map<String, Object> tallyJson(Tally t) {
            Map<String, Object> json = new LinkedHashMap<>();
            if (t.district() != null) {
                json.put("district", t.district());
            }
            if (t.method() != null) {
                json.put("method", t.method().name());
            }
            json.put("target", t.target());
            json.put("valid", t.valid());
            json.put("invalid", t.invalid());
            json.put("remaining", t.remaining());
            json.put("planned", t.planned());
            return json;
        }
    }

    /**
     * {@code survey sample-size}: n = z²p(1−p)/e² valid interviews per reporting unit (a district), and, with
     * {@code --round}, each district's planned target against it.
     */
    @Command(name = "sample-size", mixinStandardHelpOptions = true)
    static final class Size extends RefusableAction {
        @ParentCommand SurveyCommand parent;
        @Option(names = "--confidence", paramLabel = "PERCENT", defaultValue = "95", descriptionKey = "cli.sampleSize.confidence") String confidence;
        @Option(names = "--margin", paramLabel = "PERCENT", defaultValue = "5%", descriptionKey = "cli.sampleSize.margin") String margin;
        @Option(names = "--p", paramLabel = "P", defaultValue = "0.5", descriptionKey = "cli.sampleSize.p") String p;
        @Option(names = "--round", paramLabel = "ROUND", descriptionKey = "cli.sampleSize.round") String round;

        @Override
        int act(Output output) {
            BigDecimal level = share(confidence, "--confidence");
            if (level.movePointRight(2).stripTrailingZeros().scale() > 0) {
                throw new RequestRefused("cli.sampleSize.badShare", "--confidence", confidence);
            }
            BigDecimal e = share(margin, "--margin");
            SizeSurveySample.Result result = parent.root.services().sizeSurveySample().run(level.movePointRight(2).intValueExact(), e,
                    share(p, "--p"), round);
            SampleSize size = result.size();
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("confidence", result.confidencePercent());
                answer.put("z", size.z());
                answer.put("p", size.p());
                answer.put("margin", size.margin());
                answer.put("perUnit", size.interviews());
                answer.put("formula", size.formula());
                if (result.round() != null) {
                    Map<String, Object> planned = new LinkedHashMap<>();
                    result.districts().forEach(d -> planned.put(d.district(), d.planned()));
                    answer.put("planned", planned);
                }
                output.json(answer);
                return 0;
            }
            output.line(size.formula());
            output.line(Messages.get("cli.sampleSize.perUnit", size.interviews(), result.confidencePercent(),
                    e.movePointRight(2).stripTrailingZeros().toPlainString()));
            if (result.round() == null) {
                return 0;
            }
            if (result.districts().isEmpty()) {
                output.line(Messages.get("cli.plan.none"));
                return 0;
            }
            output.line(Messages.get("cli.sampleSize.planHeader", result.round().name()));
            for (SizeSurveySample.District d : result.districts()) {
                output.line("  " + (d.shortBy() > 0 ? Messages.get("cli.sampleSize.districtShort", d.district(), d.planned(), d.shortBy())
                        : Messages.get("cli.sampleSize.districtEnough", d.district(), d.planned())));
            }
            output.line("  " + Messages.get("cli.sampleSize.city", result.cityPlanned(), result.districts().size(), result.cityNeeded()));
            return 0;
        }

        /** A share as written: 0.05, 5 or 5% for a margin; 95 or 95% for a confidence; 0.5 or 50% for p. */
        private static BigDecimal share(String text, String option) {
            String t = text.strip().replace("％", "%");
            boolean percent = t.endsWith("%");
            BigDecimal value;
            try {
                value = new BigDecimal(percent ? t.substring(0, t.length() - 1).strip() : t);
            } catch (NumberFormatException ex) {
                throw new RequestRefused("cli.sampleSize.badShare", option, text);
            }
            if (percent || value.compareTo(BigDecimal.ONE) >= 0) {
                value = value.movePointLeft(2);
            }
            if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) >= 0) {
                throw new RequestRefused("cli.sampleSize.badShare", option, text);
            }
            return value.stripTrailingZeros();
        }
    }

    /** {@code survey print --round R OUT.xlsx}: the round's questionnaire as a print-ready paper form. */
    @Command(name = "print", mixinStandardHelpOptions = true)
    static final class Print extends RefusableAction {
        @ParentCommand SurveyCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Parameters(paramLabel = "OUT.xlsx", descriptionKey = "cli.print.out") Path out;

        @Override
        int act(Output output) {
            if (!xlsx(out, output)) {
                return CivicInspectCommand.BAD_INPUT;
            }
            Questionnaire q;
            try {
                q = parent.root.services().printPaperQuestionnaire().run(round, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (json) {
                output.json(Map.of("file", out.toAbsolutePath().toString(), "questionnaire", q.id(), "questions", q.questions().size()));
            } else {
                output.line(Messages.get("cli.print.written", q.label(), out));
            }
            return 0;
        }
    }

    private static boolean xlsx(Path out, Output output) {
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return true;
        }
        output.error(Messages.get("cli.export.needsXlsx", out));
        return false;
    }

    private static String method(InterviewMethod method) {
        return Messages.get("survey.method." + method.name());
    }
}
