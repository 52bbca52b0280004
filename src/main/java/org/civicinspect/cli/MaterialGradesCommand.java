package org.civicinspect.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.service.materials.ShowMaterialGradeScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code materials grades set|list}: the grade scale material standards are reviewed on, per indicator-set version (the
 * one a round pins, as {@code materials require}): {@code A=1 B=0.8 C=0.6 D=0}, or 完整 1 / 部分 0.5 / 缺失 0 without one.
 */
@Command(name = "grades", mixinStandardHelpOptions = true, subcommands = {MaterialGradesCommand.Set.class, MaterialGradesCommand.ListGrades.class})
final class MaterialGradesCommand {

    @ParentCommand
    MaterialsCommand materials;

    @Command(name = "set", mixinStandardHelpOptions = true)
    static final class Set extends RefusableAction {
        @ParentCommand MaterialGradesCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Parameters(paramLabel = "GRADE=COEFFICIENT", arity = "0..*", descriptionKey = "cli.materials.grades.entries") List<String> entries;

        @Override
        int act(Output output) {
            parent.materials.root.recording().setMaterialGradeScale().run(round, entries);
            print(output, parent.materials.root.services().showMaterialGradeScale().run(round), json);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListGrades extends RefusableAction {
        @ParentCommand MaterialGradesCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;

        @Override
        int act(Output output) {
            print(output, parent.materials.root.services().showMaterialGradeScale().run(round), json);
            return 0;
        }
    }

    private static void print(Output output, ShowMaterialGradeScale.Shown shown, boolean json) {
        MaterialGradeScale scale = shown.scale();
        if (json) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("round", shown.round().id());
            answer.put("indicatorSet", shown.round().indicatorSetId());
            answer.put("own", shown.own());
            answer.put("grades", scale.grades());
            answer.put("returned", MaterialGrade.RETURNED);
            output.json(answer);
            return;
        }
        output.line(Messages.get(shown.own() ? "cli.materials.grades.header" : "cli.materials.grades.headerDefault", shown.round().name(),
                shown.version()));
        for (int i = 0; i < scale.grades().size(); i++) {
            MaterialGrade g = scale.grades().get(i);
            output.line("  " + Messages.get("cli.materials.grades.line", i + 1, g.label(), g.coefficientText()));
        }
        output.line("  " + Messages.get("cli.materials.grades.returned", MaterialGrade.RETURNED.label()));
    }
}
