package org.civicinspect.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.ReportScope;
import org.civicinspect.scoring.CompositeScore;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.reports.ScoreComposite;
import org.civicinspect.service.reports.SetCompositeWeights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code score composite} and {@code score weights}: the 综合得分 of a round, each part with its explanation. */
final class CompositeCommands {

    private CompositeCommands() {
    }

    @Command(name = "composite", mixinStandardHelpOptions = true)
    static final class Composite extends RefusableAction {
        @ParentCommand ScoreCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--weights", paramLabel = "M,F,S", descriptionKey = "cli.composite.weights") String weights;
        @Option(names = "--gate", paramLabel = "SCORE", descriptionKey = "cli.composite.gate") String gate;
        @Option(names = "--minors-score", paramLabel = "SCORE", descriptionKey = "cli.composite.minorsScore") String minorsScore;
        @Option(names = "--cycle-rounds", paramLabel = "R1,R2", descriptionKey = "cli.composite.cycleRounds") String cycleRounds;
        @Option(names = "--cycle-weights", paramLabel = "W1,W2,W3", descriptionKey = "cli.composite.cycleWeights") String cycleWeights;
        @Option(names = "--include-unreviewed", descriptionKey = "cli.report.includeUnreviewed") boolean includeUnreviewed;

        @Override
        int act(Output output) {
            if (cycleRounds != null && cycleWeights == null) {
                throw new RequestRefused("composite.cycleWeightsMissing");
            }
            ScoreComposite.Request request = new ScoreComposite.Request(round,
                    includeUnreviewed ? ReportScope.Counted.WITH_UNREVIEWED : ReportScope.Counted.APPROVED, numbers(weights, "--weights"),
                    number(gate, "--gate"), number(minorsScore, "--minors-score"),
                    cycleRounds == null ? List.of() : List.of(cycleRounds.split(",")), numbers(cycleWeights, "--cycle-weights"));
            ScoreComposite.Result result = parent.root.services().scoreComposite().run(request);
            CompositeScore score = result.score();
            if (json) {
                output.json(json(result));
                return 0;
            }
            output.line(Messages.get("cli.composite.header", result.round().name(), score.weights().label(),
                    Messages.get("cli.composite.source." + result.weightsSource().name())));
            score.parts().forEach(p -> output.line("  " + p.explanation()));
            output.line("  " + Messages.get("cli.composite.negative", score.events().size(), score.deductions().toPlainString()));
            score.deductionLines().forEach(line -> output.line("    " + line));
            output.line(score.formula());
            output.line(score.gate().explanation());
            result.cycle().ifPresent(cycle -> output.line(cycle.formula()));
            return 0;
        }

        private static Map<String, Object> json(ScoreComposite.Result result) {
            CompositeScore score = result.score();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("round", result.round().id());
            answer.put("weights", score.weights());
            answer.put("weightsSource", result.weightsSource());
            List<Map<String, Object>> parts = new ArrayList<>();
            for (CompositeScore.Part part : score.parts()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("part", part.name());
                one.put("percent", part.rate().map(Rounding::percent).orElse(null));
                one.put("weight", part.weight());
                one.put("points", Rounding.forDisplay(part.points()));
                one.put("explanation", part.explanation());
                parts.add(one);
            }
            answer.put("parts", parts);
            answer.put("negativeEvents", score.events().size());
            answer.put("deductions", score.deductions());
            answer.put("total", Rounding.forDisplay(score.total()));
            answer.put("incomplete", score.incomplete());
            answer.put("formula", score.formula());
            Map<String, Object> gate = new LinkedHashMap<>();
            gate.put("score", score.gate().score().map(Rounding::forDisplay).orElse(null));
            gate.put("threshold", score.gate().threshold());
            gate.put("passes", score.gate().assessed() ? score.gate().passes() : null);
            gate.put("sharePercent", score.gate().share().map(Rounding::percent).orElse(null));
            gate.put("explanation", score.gate().explanation());
            answer.put("gate", gate);
            result.cycle().ifPresent(cycle -> {
                Map<String, Object> projected = new LinkedHashMap<>();
                projected.put("rounds", result.cycleRounds().stream().map(r -> r.id()).toList());
                projected.put("projection", Rounding.forDisplay(cycle.projection()));
                projected.put("formula", cycle.formula());
                answer.put("cycle", projected);
            });
            return answer;
        }
    }

    @Command(name = "weights", mixinStandardHelpOptions = true)
    static final class Weights extends RefusableAction {
        @ParentCommand ScoreCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--gate", paramLabel = "SCORE", descriptionKey = "cli.composite.gate") String gate;
        @Parameters(paramLabel = "M,F,S", descriptionKey = "cli.composite.weights") String weights;

        @Override
        int act(Output output) {
            SetCompositeWeights.Set set = parent.root.recording().setCompositeWeights().run(round, numbers(weights, "M,F,S"), number(gate, "--gate"));
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("indicatorSet", set.indicatorSet().id());
                answer.put("weights", set.weights());
                output.json(answer);
            } else {
                output.line(Messages.get("cli.composite.weightsSet", set.indicatorSet().label(), set.weights().label(),
                        set.weights().gateThreshold().toPlainString()));
            }
            return 0;
        }
    }

    /** {@code 40,40,20} as numbers; none when not given. */
    static List<BigDecimal> numbers(String text, String option) {
        if (text == null) {
            return List.of();
        }
        List<BigDecimal> values = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            values.add(parse(part, option, text));
        }
        return values;
    }

    static BigDecimal number(String text, String option) {
        return text == null ? null : parse(text, option, text);
    }

    private static BigDecimal parse(String part, String option, String text) {
        try {
            return new BigDecimal(part.strip());
        } catch (NumberFormatException e) {
            throw new RequestRefused("composite.notANumber", option, text);
        }
    }
}
