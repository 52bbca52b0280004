package org.civicinspect.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.service.WorkspaceAddress;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.workspace.MigrateWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code workspace migrate --to postgresql://…|FOLDER}: the workspace as a whole. */
@Command(name = "workspace", mixinStandardHelpOptions = true, subcommands = WorkspaceCommand.Migrate.class)
final class WorkspaceCommand {

    @ParentCommand
    CivicInspectCommand root;

    @Command(name = "migrate", mixinStandardHelpOptions = true)
    static final class Migrate extends RefusableAction {
        @ParentCommand WorkspaceCommand parent;
        @Option(names = "--to", required = true, paramLabel = "URL|DIR", descriptionKey = "cli.workspace.migrate.to") String to;

        @Override
        int act(Output output) {
            if (!parent.root.address().onServer()) {
                MigrateWorkspace.refuseUpgrading(parent.root.dataFolder());
            }
            MigrateWorkspace migrate = parent.root.services().migrateWorkspace();
            Progress progress = json ? Progress.NONE : tenths(output);
            MigrateWorkspace.Migrated migrated;
            try {
                migrated = migrate.run(to, null, progress);
            } catch (RequestRefused refused) {
                Console console = System.console();
                if (!WorkspaceAddress.wantsPassword(refused) || console == null) {
                    throw refused;
                }
                console.writer().print(Messages.get("cli.passwordPrompt", to, refused.args().get(1)));
                console.writer().flush();
                char[] password = console.readPassword();
                if (password == null || password.length == 0) {
                    throw refused;
                }
                try {
                    migrated = migrate.run(to, password, progress);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
            MigrateWorkspace.Migrated c = migrated;
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("sound", migrated.sound());
                answer.put("target", migrated.target());
                answer.put("tables", c.tables());
                answer.put("photos", c.photos());
                answer.put("photosDiffering", c.photosDiffering());
                answer.put("sourceVerified", migrated.source().sound() && migrated.sourcePhotos().sound());
                answer.put("copyVerified", migrated.copy().sound() && migrated.copyPhotos().sound());
                answer.put("auditEntries", migrated.copy().entries());
                output.json(answer);
            }
            c.tables().stream().filter(t -> !t.same())
                    .forEach(t -> output.error(Messages.get("cli.workspace.migrate.tableDiffers", t.table(), t.source(), t.copy())));
            c.photosDiffering().forEach(sha -> output.error(Messages.get("cli.workspace.migrate.photoDiffers", sha)));
            if (!migrated.source().sound() || !migrated.sourcePhotos().sound()) {
                output.error(Messages.get("cli.workspace.migrate.sourceUnsound"));
            }
            if (!migrated.copy().sound() || !migrated.copyPhotos().sound()) {
                output.error(Messages.get("cli.workspace.migrate.copyUnsound", migrated.target()));
            }
            if (!migrated.sound()) {
                return CivicInspectCommand.BAD_INPUT;
            }
            if (!json) {
                long rows = c.tables().stream().mapToLong(MigrateWorkspace.TableCount::copy).sum();
                output.line(Messages.get("cli.workspace.migrate.done", migrated.target(), rows, c.tables().size(), c.photos(),
                        migrated.copy().entries()));
            }
            return 0;
        }

        /** A line on the error stream at each tenth of the copy, so a long one shows it is moving. */
        private static Progress tenths(Output output) {
            int[] shown = {0};
            return (done, total) -> {
                int tenth = total == 0 ? 10 : (int) (done * 10 / total);
                if (tenth > shown[0]) {
                    shown[0] = tenth;
                    output.error(Messages.get("cli.workspace.migrate.progress", tenth * 10));
                }
            };
        }
    }
}
