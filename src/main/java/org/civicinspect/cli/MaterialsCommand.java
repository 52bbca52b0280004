package org.civicinspect.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.service.materials.ListRoundMaterials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code materials review|list}: 材料审核 of a round's material standards (method 材料审核 or 网上申报). */
@Command(name = "materials", mixinStandardHelpOptions = true, subcommands = {MaterialsCommand.Review.class, MaterialsCommand.ListMaterials.class})
final class MaterialsCommand {

    @ParentCommand
    CivicInspectCommand root;

    @Command(name = "review", mixinStandardHelpOptions = true)
    static final class Review extends RefusableAction {
        @ParentCommand MaterialsCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--standard", required = true, paramLabel = "CODE", descriptionKey = "cli.materials.standard") String standard;
        @Option(names = "--grade", required = true, paramLabel = "完整|部分|缺失", descriptionKey = "cli.materials.grade") String grade;
        @Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "cli.materials.comment") String comment;

        @Override
        int act(Output output) {
            MaterialReview review = parent.root.recording().recordMaterialReview().run(round, standard, grade, comment);
            if (json) {
                output.json(review);
            } else {
                output.line(Messages.get("cli.materials.reviewed", review.standardCode(), review.grade().label(), review.reviewer()));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListMaterials extends RefusableAction {
        @ParentCommand MaterialsCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;

        @Override
        int act(Output output) {
            ListRoundMaterials.Listed listed = parent.root.services().listRoundMaterials().run(round);
            List<ListRoundMaterials.Line> lines = listed.lines();
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("round", listed.round().id());
                answer.put("standards", lines.stream().map(MaterialsCommand::json).toList());
                output.json(answer);
                return 0;
            }
            output.line(Messages.get("cli.materials.header", listed.round().name(), lines.size(),
                    lines.stream().filter(l -> l.review().isEmpty()).count()));
            for (ListRoundMaterials.Line line : lines) {
                String grade = line.review().map(r -> r.grade().label() + "  " + r.reviewer() + "  " + r.reviewedAt()
                        + (r.comment().isEmpty() ? "" : "  " + r.comment())).orElse(Messages.get("cli.materials.ungraded"));
                output.line(String.join("  ", line.standard().code(), line.standard().points().toPlainString(), line.standard().text(), grade));
            }
            return 0;
        }
    }

    private static Map<String, Object> json(ListRoundMaterials.Line line) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("code", line.standard().code());
        one.put("text", line.standard().text());
        one.put("methods", line.standard().methods());
        one.put("points", line.standard().points());
        one.put("grade", line.review().map(r -> r.grade().label()).orElse(null));
        one.put("comment", line.review().map(MaterialReview::comment).orElse(null));
        one.put("reviewer", line.review().map(MaterialReview::reviewer).orElse(null));
        one.put("reviewedAt", line.review().map(MaterialReview::reviewedAt).orElse(null));
        return one;
    }
}
