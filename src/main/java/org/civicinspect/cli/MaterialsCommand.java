package org.civicinspect.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.EvidenceWindow;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.service.materials.AddMaterialFile;
import org.civicinspect.service.materials.CheckRoundMaterials;
import org.civicinspect.service.materials.ListMaterialFiles;
import org.civicinspect.service.materials.ListRoundMaterials;
import org.civicinspect.model.PackageKind;
import org.civicinspect.service.packages.ImportOptions;
import org.civicinspect.service.materials.ReceiveUnitPackage;
import org.civicinspect.service.materials.SendUnitReply;
import org.civicinspect.service.materials.SendUnitTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code materials review|list|add|files|checks|require|window|grades|send|receive|reply}: 材料审核 of a round's material
 * standards (method 材料审核 or 网上申报) on its indicator set's grade scale, the files units file for them, the checks made on those files, and the unit packages by
 * which units that run the program themselves get their standards and send their files.
 */
@Command(name = "materials", mixinStandardHelpOptions = true, subcommands = {MaterialsCommand.Review.class, MaterialsCommand.ListMaterials.class,
        MaterialsCommand.Add.class, MaterialsCommand.ListFiles.class, MaterialsCommand.Checks.class, MaterialsCommand.Require.class,
        MaterialsCommand.Window.class, MaterialGradesCommand.class, MaterialsCommand.Send.class, MaterialsCommand.Receive.class,
        MaterialsCommand.Reply.class})
final class MaterialsCommand {

    /** Review times as the other lists print them: the local date and minute. */
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @ParentCommand
    CivicInspectCommand root;

    @Command(name = "review", mixinStandardHelpOptions = true)
    static final class Review extends RefusableAction {
        @ParentCommand MaterialsCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--standard", required = true, paramLabel = "CODE", descriptionKey = "cli.materials.standard") String standard;
        @Option(names = "--grade", paramLabel = "GRADE", descriptionKey = "cli.materials.grade") String grade;
        @Option(names = "--return", descriptionKey = "cli.materials.return") boolean returned;
        @Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "cli.materials.comment") String comment;
        @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "cli.materials.reason") String reason;

        @Override
        int act(Output output) {
            if (returned == (grade != null)) {
                throw new org.civicinspect.service.common.RequestRefused("cli.materials.gradeOrReturn");
            }
            MaterialReview review = parent.root.recording().recordMaterialReview().run(round, standard,
                    returned ? MaterialGrade.RETURNED.label() : grade, comment, reason);
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
                answer.put("warnings", parent.root.services().checkRoundMaterials().run(round).warnings().stream().map(MaterialsCommand::json).toList());
                output.json(answer);
                return 0;
            }
            output.line(Messages.get("cli.materials.header", listed.round().name(), lines.size(),
                    lines.stream().filter(l -> l.review().isEmpty()).count()));
            for (ListRoundMaterials.Line line : lines) {
                String grade = line.review().map(r -> r.grade().withCoefficient() + "  " + r.reviewer() + "  " + MINUTE.format(r.reviewedAt())
                        + (r.comment().isEmpty() ? "" : "  " + r.comment())).orElse(Messages.get("cli.materials.ungraded"));
                output.line(String.join("  ", line.standard().code(), line.standard().points().toPlainString(), line.standard().text(), grade));
            }
            printWarnings(output, parent.root.services().checkRoundMaterials().run(round));
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends RefusableAction {
        @ParentCommand MaterialsCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--standard", required = true, paramLabel = "CODE[,CODE]", descriptionKey = "cli.materials.standards") String standards;
        @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "cli.materials.unit") String unit;
        @Option(names = "--type", required = true, paramLabel = "TYPE", descriptionKey = "cli.materials.type") String type;
        @Option(names = "--title", required = true, paramLabel = "TITLE", descriptionKey = "cli.materials.title") String title;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.materials.date") String date;
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.materials.file") Path file;

        @Override
        int act(Output output) {
            AddMaterialFile.Filed result = parent.root.recording().addMaterialFile().run(new AddMaterialFile.Filing(round,
                    Arrays.asList(standards.split("[,，]")), unit, type, title, date, file));
            MaterialFile filed = result.file();
            if (json) {
                output.json(result);
            } else {
                output.line(Messages.get(result.alreadyFiled() ? "cli.materials.filedBefore" : "cli.materials.filed", filed.fileName(),
                        String.join(",", filed.standards()), filed.unit(), filed.sha256()));
            }
            return 0;
        }
    }

    @Command(name = "files", mixinStandardHelpOptions = true)
    static final class ListFiles extends RefusableAction {
        @ParentCommand MaterialsCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--standard", paramLabel = "CODE", descriptionKey = "cli.materials.standardFilter") String standard;

        @Override
        int act(Output output) {
            ListMaterialFiles.Listed listed = parent.root.services().listMaterialFiles().run(round, standard);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("round", listed.round().id());
                answer.put("files", listed.files());
                output.json(answer);
                return 0;
            }
            output.line(Messages.get("cli.materials.filesHeader", listed.round().name(), listed.files().size()));
            for (MaterialFile f : listed.files()) {
                output.line(String.join("  ", String.join(",", f.standards()), f.unit(), f.type(), f.documentDate().toString(), f.title(),
                        f.fileName(), f.sha256().substring(0, 12)));
            }
            return 0;
        }
    }

    @Command(name = "checks", mixinStandardHelpOptions = true)
    static final class Checks extends RefusableAction {
        @ParentCommand MaterialsCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;

        @Override
        int act(Output output) {
            CheckRoundMaterials.Checked checked = parent.root.services().checkRoundMaterials().run(round);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("round", checked.round().id());
                answer.put("window", Map.of("from", checked.window().from().toString(), "to", checked.window().to().toString()));
                answer.put("warnings", checked.warnings().stream().map(MaterialsCommand::json).toList());
                output.json(answer);
                return 0;
            }
            printWarnings(output, checked);
            return 0;
        }
    }

    @Command(name = "require", mixinStandardHelpOptions = true)
    static final class Require extends RefusableAction {
        @ParentCommand MaterialsCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--standard", required = true, paramLabel = "CODE", descriptionKey = "cli.materials.standard") String standard;
        @Option(names = "--types", required = true, paramLabel = "TYPE[,TYPE]", descriptionKey = "cli.materials.types") String types;

        @Override
        int act(Output output) {
            List<String> required = parent.root.recording().setMaterialRules().require(round, standard, types);
            output.line(Messages.get("cli.materials.required", standard.strip(), required.isEmpty() ? "-" : String.join("、", required)));
            return 0;
        }
    }

    @Command(name = "window", mixinStandardHelpOptions = true)
    static final class Window extends RefusableAction {
        @ParentCommand MaterialsCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--window-from", required = true, paramLabel = "YYYY-MM", descriptionKey = "cli.materials.windowFrom") String from;
        @Option(names = "--window-to", required = true, paramLabel = "YYYY-MM", descriptionKey = "cli.materials.windowTo") String to;

        @Override
        int act(Output output) {
            EvidenceWindow window = parent.root.recording().setMaterialRules().window(round, from, to);
            output.line(Messages.get("cli.materials.windowSet", window.from(), window.to()));
            return 0;
        }
    }

    @Command(name = "send", mixinStandardHelpOptions = true)
    static final class Send extends RefusableAction {
        @ParentCommand MaterialsCommand parent;
        @Option(names = "--unit", required = true, paramLabel = "UNIT", descriptionKey = "cli.materials.sendUnit") String unit;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--for-key", required = true, paramLabel = "FINGERPRINT", descriptionKey = "cli.materials.forKey") String forKey;
        @Option(names = "--out", required = true, paramLabel = "FILE.cipkg", descriptionKey = "cli.package.out") Path out;

        @Override
        int act(Output output) {
            SendUnitTask.Result r = parent.root.services().sendUnitTask().run(unit, round, forKey, out);
            if (json) {
                output.json(r);
            } else {
                output.line(Messages.get("cli.materials.sent", r.file(), r.unit(), r.round(), r.standards(), r.reviews()));
                if (r.problems() > 0) {
                    output.line(Messages.get("cli.materials.sentProblems", r.problems(), r.problemBatch().substring(0, 8)));
                }
                output.line(Messages.get("cli.package.signedBy", r.fingerprint()));
                output.line(Messages.get("cli.materials.issuedFor", r.forKey(), r.unit()));
            }
            return 0;
        }
    }

    @Command(name = "receive", mixinStandardHelpOptions = true)
    static final class Receive extends RefusableAction {
        @ParentCommand MaterialsCommand parent;
        @Parameters(index = "0", paramLabel = "FILE.cipkg", descriptionKey = "cli.materials.package") Path file;
        @Option(names = "--trust", paramLabel = "FINGERPRINT", descriptionKey = "cli.package.trust") List<String> trust;

        @Override
        int act(Output output) {
            ReceiveUnitPackage.Result r = parent.root.services().receiveUnitPackage().run(file, new ImportOptions(null, trust));
            if (json) {
                output.json(r);
                return 0;
            }
            output.line(Messages.get("cli.materials.header." + r.kind().name(), file.getFileName(), r.unit(), r.round(),
                    r.sender().isBlank() ? "—" : r.sender(), r.fingerprint()));
            if (r.alreadyReceived()) {
                output.line(Messages.get("cli.package.already"));
            } else if (r.kind() == PackageKind.UNIT_TASK) {
                output.line(Messages.get("cli.materials.taskReceived", r.standards(), r.reviews(), r.problems()));
            } else {
                output.line(Messages.get("cli.materials.replyReceived", r.files(), r.newFiles(), r.newContents(), r.problems()));
            }
            return 0;
        }
    }

    @Command(name = "reply", mixinStandardHelpOptions = true)
    static final class Reply extends RefusableAction {
        @ParentCommand MaterialsCommand parent;
        @Option(names = "--out", required = true, paramLabel = "FILE.cipkg", descriptionKey = "cli.package.out") Path out;

        @Override
        int act(Output output) {
            SendUnitReply.Result r = parent.root.services().sendUnitReply().run(out);
            if (json) {
                output.json(r);
            } else {
                output.line(Messages.get("cli.materials.replied", r.file(), r.unit(), r.round(), r.files(), r.contents(), r.problems()));
                output.line(Messages.get("cli.package.signedBy", r.fingerprint()));
            }
            return 0;
        }
    }

    private static void printWarnings(Output output, CheckRoundMaterials.Checked checked) {
        output.line(Messages.get("cli.materials.checksHeader", checked.round().name(), checked.window().from(), checked.window().to(),
                checked.warnings().size()));
        for (CheckRoundMaterials.Warning w : checked.warnings()) {
            output.line("  " + warningText(w));
        }
    }

    private static String warningText(CheckRoundMaterials.Warning w) {
        return switch (w.kind()) {
            case MISSING_TYPES -> Messages.get("cli.materials.check.missingTypes", w.standardCode(), w.detail());
            case OUTSIDE_WINDOW -> Messages.get("cli.materials.check.outsideWindow", w.file().fileName(), w.file().documentDate(), w.detail());
            case FILED_IN_OTHER_ROUND -> Messages.get("cli.materials.check.otherRound", w.file().fileName(), w.detail());
        };
    }

    private static Map<String, Object> json(CheckRoundMaterials.Warning w) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("kind", w.kind().name());
        one.put("standard", w.standardCode());
        one.put("file", w.file() == null ? null : w.file().id());
        one.put("fileName", w.file() == null ? null : w.file().fileName());
        one.put("detail", w.detail());
        one.put("text", warningText(w));
        return one;
    }

    private static Map<String, Object> json(ListRoundMaterials.Line line) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("code", line.standard().code());
        one.put("text", line.standard().text());
        one.put("methods", line.standard().methods());
        one.put("points", line.standard().points());
        one.put("grade", line.review().map(r -> r.grade().label()).orElse(null));
        one.put("coefficient", line.review().map(r -> r.grade().coefficient()).orElse(null));
        one.put("comment", line.review().map(MaterialReview::comment).orElse(null));
        one.put("reviewer", line.review().map(MaterialReview::reviewer).orElse(null));
        one.put("reviewedAt", line.review().map(MaterialReview::reviewedAt).orElse(null));
        return one;
    }
}
