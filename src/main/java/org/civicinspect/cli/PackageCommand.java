package org.civicinspect.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.packages.ExportResultPackage;
import org.civicinspect.service.packages.ExportTaskPackage;
import org.civicinspect.service.packages.ImportOptions;
import org.civicinspect.service.packages.KeyTrust;
import org.civicinspect.service.packages.PackagePreview;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code package task|results|import|key}: the packages that carry work between the office and field laptops. */
@Command(name = "package", mixinStandardHelpOptions = true,
        subcommands = {PackageCommand.Task.class, PackageCommand.Results.class, PackageCommand.Import.class, PackageCommand.Key.class})
final class PackageCommand {

    @ParentCommand
    CivicInspectCommand root;

    /** A passphrase is never typed on the command line, where other users could read it: it comes from a file or a variable. */
    static final class Passphrase {
        @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "cli.package.passphraseFile") Path file;
        @Option(names = "--passphrase-env", paramLabel = "VAR", descriptionKey = "cli.package.passphraseEnv") String variable;

        char[] read() {
            String text;
            if (file != null) {
                try {
                    text = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                } catch (IOException e) {
                    throw new RequestRefused("cli.package.passphraseUnreadable", file);
                }
            } else {
                text = System.getenv(variable);
                if (text == null) {
                    throw new RequestRefused("cli.package.passphraseUnset", variable);
                }
            }
            if (text.isEmpty()) {
                throw new RequestRefused("cli.package.passphraseEmpty");
            }
            return text.toCharArray();
        }
    }

    abstract static class Action extends RefusableAction {
        @ParentCommand PackageCommand parent;
        @ArgGroup(exclusive = true) Passphrase passphrase;

        char[] passphrase() {
            return passphrase == null ? null : passphrase.read();
        }

        @Override
        final int act(Output output) {
            return run(parent.root.services(), output);
        }

        abstract int run(Services services, Output output);
    }

    @Command(name = "task", mixinStandardHelpOptions = true)
    static final class Task extends Action {
        @Parameters(index = "0", paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Parameters(index = "1", paramLabel = "TEAM", descriptionKey = "cli.package.team") String team;
        @Parameters(index = "2", paramLabel = "OUT.citask", descriptionKey = "cli.package.out") Path out;
        @Option(names = "--for-key", paramLabel = "FINGERPRINT", descriptionKey = "cli.package.forKey") String forKey;

        @Override
        int run(Services services, Output output) {
            ExportTaskPackage.Result r = services.exportTaskPackage().run(round, team, out, passphrase(), forKey);
            if (json) {
                output.json(r);
            } else {
                output.line(Messages.get("cli.package.taskWritten", r.file(), r.team(), r.round(), r.sites(), r.returned()));
                output.line(Messages.get("cli.package.signedBy", r.fingerprint()));
                if (r.forKey() != null) {
                    output.line(Messages.get("cli.package.issuedFor", r.forKey(), r.team()));
                }
            }
            return 0;
        }
    }

    @Command(name = "results", mixinStandardHelpOptions = true)
    static final class Results extends Action {
        @Parameters(paramLabel = "OUT.ciresult", descriptionKey = "cli.package.out") Path out;
        @Option(names = "--round", paramLabel = "ROUND", descriptionKey = "cli.package.resultRound") String round;

        @Override
        int run(Services services, Output output) {
            ExportResultPackage.Result r = services.exportResultPackage().run(round, out, passphrase());
            if (json) {
                output.json(r);
            } else {
                output.line(Messages.get("cli.package.resultsWritten", r.file(), r.team(), r.round(), r.inspections(), r.findings(), r.photos()));
                if (r.interviews() > 0) {
                    output.line(Messages.get("cli.package.interviews", r.interviews()));
                }
                output.line(Messages.get("cli.package.signedBy", r.fingerprint()));
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import extends Action {
        @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "cli.package.files") List<Path> files;
        @Option(names = "--preview", descriptionKey = "cli.package.preview") boolean preview;
        @Option(names = "--trust", paramLabel = "FINGERPRINT", descriptionKey = "cli.package.trust") List<String> trust;

        @Override
        int run(Services services, Output output) {
            ImportOptions options = new ImportOptions(passphrase(), trust);
            List<PackagePreview> previews = preview ? services.previewPackages().run(files, options)
                    : services.importPackage().run(files, options);
            if (json) {
                output.json(previews.size() == 1 ? describe(previews.get(0), files.get(0)) : previews.stream()
                        .map(p -> describe(p, files.get(previews.indexOf(p)))).toList());
                return 0;
            }
            for (int i = 0; i < previews.size(); i++) {
                print(output, previews.get(i), files.get(i));
            }
            if (preview) {
                output.line(Messages.get("cli.package.previewOnly"));
            }
            return 0;
        }

        private void print(Output output, PackagePreview p, Path file) {
            output.line(Messages.get("cli.package.header." + p.kind().name(), file.getFileName(), p.team(), p.round(), p.sender(), p.fingerprint()));
            if (p.trust() == KeyTrust.NEEDS_CONFIRMATION) {
                output.line(Messages.get("cli.package.needsTrust", p.fingerprint()));
            }
            if (p.alreadyImported()) {
                output.line(Messages.get("cli.package.already"));
                return;
            }
            if (p.kind() == org.civicinspect.model.PackageKind.RESULT) {
                output.line(Messages.get(preview ? "cli.package.wouldMerge" : "cli.package.merged", p.added(), p.updated(), p.unchanged(),
                        p.conflicts().size(), p.inspections(), p.photos()));
                p.conflicts().forEach(conflict -> output.line("  " + Messages.get("cli.package.conflict", conflict)));
                if (p.interviews() > 0) {
                    output.line(Messages.get("cli.package.interviews", p.interviews()));
                }
            } else {
                output.line(Messages.get(preview ? "cli.package.wouldReceive" : "cli.package.received", p.sites(), p.added(), p.returned()));
            }
        }

        private static Map<String, Object> describe(PackagePreview p, Path file) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file.toString());
            m.put("kind", p.kind().name());
            m.put("packageId", p.packageId());
            m.put("sha256", p.sha256());
            m.put("createdAt", p.createdAt().toString());
            m.put("sender", p.sender());
            m.put("fingerprint", p.fingerprint());
            m.put("round", p.round());
            m.put("team", p.team());
            m.put("trust", p.trust().name());
            m.put("alreadyImported", p.alreadyImported());
            m.put("sites", p.sites());
            m.put("added", p.added());
            m.put("updated", p.updated());
            m.put("unchanged", p.unchanged());
            m.put("conflicts", p.conflicts());
            m.put("inspections", p.inspections());
            m.put("photos", p.photos());
            m.put("returned", p.returned());
            m.put("interviews", p.interviews());
            return m;
        }
    }

    @Command(name = "key", mixinStandardHelpOptions = true)
    static final class Key extends Action {
        @Override
        int run(Services services, Output output) {
            String fingerprint = services.showDeviceKey().fingerprint();
            if (json) {
                output.json(Map.of("fingerprint", fingerprint));
            } else {
                output.line(fingerprint);
            }
            return 0;
        }
    }
}
