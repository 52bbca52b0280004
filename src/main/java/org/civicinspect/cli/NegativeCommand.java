package org.civicinspect.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.NegativeEvent;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code negative add|list|remove}: the city-level negative-list events of a round. */
@Command(name = "negative", mixinStandardHelpOptions = true,
        subcommands = {NegativeCommand.Add.class, NegativeCommand.ListEvents.class, NegativeCommand.Remove.class})
final class NegativeCommand {

    @ParentCommand
    CivicInspectCommand root;

    /** A negative-list action on this workspace's services. */
    abstract static class Action extends RefusableAction {
        @ParentCommand NegativeCommand parent;

        @Override
        final int act(Output output) {
            run(parent.root.services(), output);
            return 0;
        }

        abstract void run(Services services, Output output);
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends Action {
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.negative.date") String date;
        @Option(names = "--standard", required = true, paramLabel = "CODE", descriptionKey = "cli.negative.standard") String standard;
        @Option(names = "--deduction", required = true, paramLabel = "POINTS", descriptionKey = "cli.negative.deduction") String deduction;
        @Parameters(paramLabel = "DESCRIPTION", descriptionKey = "cli.negative.description") String description;

        @Override
        void run(Services services, Output output) {
            BigDecimal points;
            try {
                points = new BigDecimal(deduction.strip());
            } catch (NumberFormatException e) {
                throw new RequestRefused("negative.badDeduction", deduction);
            }
            NegativeEvent event = services.recordNegativeEvent().add(round, RoundCommand.date(date), standard, description, points);
            if (json) {
                output.json(event);
            } else {
                output.line(Messages.get("cli.negative.added", event.standardCode(), event.deduction().toPlainString(), event.id()));
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListEvents extends Action {
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;

        @Override
        void run(Services services, Output output) {
            List<NegativeEvent> events = services.recordNegativeEvent().list(round);
            if (json) {
                output.json(Map.of("events", events));
                return;
            }
            for (NegativeEvent e : events) {
                output.line(String.join("  ", e.date().toString(), e.standardCode(), "-" + e.deduction().toPlainString(), e.description(),
                        e.id()));
            }
            output.line(Messages.get("cli.negative.count", events.size(),
                    events.stream().map(NegativeEvent::deduction).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString()));
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true)
    static final class Remove extends Action {
        @Parameters(paramLabel = "EVENT_ID", descriptionKey = "cli.negative.id") String id;

        @Override
        void run(Services services, Output output) {
            services.recordNegativeEvent().withdraw(id);
            if (json) {
                output.json(Map.of("removed", id));
            } else {
                output.line(Messages.get("cli.negative.removed", id));
            }
        }
    }
}
