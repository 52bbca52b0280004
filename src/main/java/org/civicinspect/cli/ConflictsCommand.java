package org.civicinspect.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Candidate;
import org.civicinspect.model.Finding;
import org.civicinspect.service.review.ListConflicts;
import org.civicinspect.service.Services;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code conflicts list|resolve}: the supervisor's queue of answers two teams gave differently. */
@Command(name = "conflicts", mixinStandardHelpOptions = true, subcommands = {ConflictsCommand.ListConflicts.class, ConflictsCommand.Resolve.class})
final class ConflictsCommand {

    @ParentCommand
    CivicInspectCommand root;

    abstract static class Action extends RefusableAction {
        @ParentCommand ConflictsCommand parent;

        @Override
        final int act(Output output) {
            run(records() ? parent.root.recording() : parent.root.services(), output);
            return 0;
        }

        abstract void run(Services services, Output output);

        /** Whether the command records a person's work, and so needs a named person. */
        boolean records() {
            return false;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListConflicts extends Action {
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--all", descriptionKey = "cli.conflicts.all") boolean all;

        @Override
        void run(Services services, Output output) {
            List<org.civicinspect.service.review.ListConflicts.Listed> conflicts = services.listConflicts().run(round, !all);
            if (json) {
                output.json(conflicts.stream().map(ConflictsCommand::describe).toList());
                return;
            }
            for (org.civicinspect.service.review.ListConflicts.Listed listed : conflicts) {
                var c = listed.conflict();
                output.line(Messages.get("cli.conflicts.line", c.id(), listed.site().name(), c.standardCode(),
                        Messages.get("conflict.status." + c.status().name())));
                for (Candidate a : c.answers()) {
                    Finding f = a.finding();
                    output.line("    " + Messages.get("cli.conflicts.answerLine", f.id(), listed.teamOf(a.teamId()), f.answeredBy(), answer(f),
                            f.note(), f.photos().size(), f.version()));
                }
                if (c.resolution() != null) {
                    output.line("    " + Messages.get("cli.conflicts.resolution", c.resolvedBy(), c.resolution()));
                }
            }
            output.line(Messages.get("cli.conflicts.count", conflicts.stream().filter(l -> l.conflict().status().name().equals("OPEN")).count(),
                    conflicts.size()));
        }
    }

    /** Chooses one of the answers, or enters a reviewed one. */
    static final class Choice {
        @Option(names = "--choose", paramLabel = "FINDING_ID", descriptionKey = "cli.conflicts.choose") String finding;
        @Option(names = "--answer", paramLabel = "ANSWER", descriptionKey = "cli.conflicts.reviewedAnswer") String answer;
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true)
    static final class Resolve extends Action {
        @Override
        boolean records() {
            return true;
        }

        @Parameters(paramLabel = "CONFLICT_ID", descriptionKey = "cli.conflicts.id") String id;
        @ArgGroup(exclusive = true, multiplicity = "1") Choice choice;
        @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.conflicts.note") String note;

        @Override
        void run(Services services, Output output) {
            Finding resolution = choice.finding != null ? services.resolveConflict().choose(id, choice.finding)
                    : services.resolveConflict().enter(id, choice.answer, note);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("conflict", id);
                answer.put("finding", resolution.id());
                answer.put("answer", answer(resolution));
                output.json(answer);
            } else {
                output.line(Messages.get("cli.conflicts.resolved", id, answer(resolution)));
            }
        }
    }

    private static String answer(Finding f) {
        return Messages.answer(f.answer());
    }

    private static Map<String, Object> describe(org.civicinspect.service.review.ListConflicts.Listed listed) {
        var c = listed.conflict();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("site", listed.site().name());
        m.put("siteId", c.siteId());
        m.put("standard", c.standardCode());
        m.put("standardText", listed.standardText());
        m.put("status", c.status().name());
        m.put("answers", c.answers().stream().map(a -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("finding", a.finding().id());
            answer.put("team", listed.teamOf(a.teamId()));
            answer.put("answeredBy", a.finding().answeredBy());
            answer.put("answer", answer(a.finding()));
            answer.put("note", a.finding().note());
            answer.put("photos", a.finding().photos());
            answer.put("version", a.finding().version());
            return answer;
        }).toList());
        m.put("resolvedBy", c.resolvedBy());
        m.put("resolution", c.resolution());
        return m;
    }
}
