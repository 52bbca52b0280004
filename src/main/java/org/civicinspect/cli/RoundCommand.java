package org.civicinspect.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Site;
import org.civicinspect.service.rounds.AddSiteToRound;
import org.civicinspect.service.rounds.DrawRoundSample;
import org.civicinspect.service.rounds.RemoveSiteFromRound;
import org.civicinspect.service.rounds.RoundDetails;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.sites.SiteFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code round create|sample|assign|add-site|remove-site|show|list}: preparing a mock evaluation (测评轮次). */
@Command(name = "round", mixinStandardHelpOptions = true, subcommands = {RoundCommand.Create.class, RoundCommand.Sample.class,
    RoundCommand.Assign.class, RoundCommand.AddSite.class, RoundCommand.RemoveSite.class, RoundCommand.Show.class,
    RoundCommand.ListRounds.class})
final class RoundCommand {

    private static final Pattern QUOTA = Pattern.compile("^(?:(.+)/)?(.+)=(\\d+)$");

    @ParentCommand
    CivicInspectCommand root;

    /** Every round command: refusals become exit code 2 with the reason. */
    abstract static class RoundAction extends RefusableAction {
        @ParentCommand RoundCommand parent;

        void show(Output output, RoundDetails details) {
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("round", details.round());
                answer.put("indicatorSet", details.indicatorSet().label());
                answer.put("plan", details.plan());
                answer.put("drawn", details.drawn());
                answer.put("teamLoads", details.teamLoads());
                answer.put("answers", details.answers());
                output.json(answer);
                return;
            }
            Round round = details.round();
            output.line(Messages.get("cli.round.header", round.name(), round.start(), round.end(),
                    Messages.get("round.status." + round.status().name()), details.indicatorSet().label()));
            if (details.plan() != null) {
                output.line(Messages.get("cli.round.plan", details.plan().seed(), details.plan().excludeRecentRounds(),
                        quotasText(details.plan().quotas())));
            }
            for (DrawnSite d : details.drawn()) {
                Site s = d.site();
                output.line(String.join("  ", d.team() == null ? "—" : d.team(), s.district(), s.street(), s.name(), s.siteType(),
                        Messages.get("round.reason." + d.reason().name()), String.valueOf(details.load(d))));
            }
            details.teamLoads().forEach((team, load) -> output.line(Messages.get("cli.round.load", team,
                    details.drawn().stream().filter(d -> team.equals(d.team())).count(), load)));
        }
    }

    static String quotasText(List<Quota> quotas) {
        List<String> parts = new ArrayList<>();
        for (Quota q : quotas) {
            parts.add((q.cityWide() ? "" : q.district() + "/") + q.siteType() + "=" + q.count());
        }
        return String.join(" ", parts);
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RequestRefused("cli.round.badDate", text);
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true)
    static final class Create extends RoundAction {
        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.round.name") String name;
        @Option(names = "--set", defaultValue = "latest", paramLabel = "SET", descriptionKey = "cli.indicators.set") String set;
        @Option(names = "--start", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.round.start") String start;
        @Option(names = "--end", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.round.end") String end;
        @Option(names = "--notes", defaultValue = "", paramLabel = "TEXT", descriptionKey = "cli.round.notes") String notes;

        @Override
        int act(Output output) {
            Round round = parent.root.services().createRound().run(name, set, date(start), date(end), notes);
            if (json) {
                output.json(round);
            } else {
                output.line(Messages.get("cli.round.created", round.name(), round.id()));
            }
            return 0;
        }
    }

    @Command(name = "sample", mixinStandardHelpOptions = true)
    static final class Sample extends RoundAction {
        @Parameters(paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--quota", required = true, paramLabel = "[区县/]TYPE=N", descriptionKey = "cli.round.quota") List<String> quotas;
        @Option(names = "--seed", paramLabel = "N", descriptionKey = "cli.round.seed") Long seed;
        @Option(names = "--exclude-recent", defaultValue = "0", paramLabel = "K", descriptionKey = "cli.round.excludeRecent") int excludeRecent;

        @Override
        int act(Output output) {
            List<Quota> parsed = new ArrayList<>();
            for (String text : quotas) {
                Matcher m = QUOTA.matcher(text.strip());
                if (!m.matches()) {
                    throw new RequestRefused("cli.round.badQuota", text);
                }
                int count = Integer.parseInt(m.group(3));
                if ("*".equals(m.group(1))) {
                    districts().forEach(d -> parsed.add(new Quota(m.group(2), d, count)));
                } else {
                    parsed.add(new Quota(m.group(2), m.group(1), count));
                }
            }
            long chosenSeed = seed != null ? seed : System.currentTimeMillis();
            DrawRoundSample.Result result = parent.root.services().drawRoundSample()
                    .run(round, new SamplingPlan(parsed, excludeRecent, chosenSeed));
            if (!json) {
                output.line(Messages.get("cli.round.drawn", result.drawn().size(), chosenSeed));
                result.shortfalls().forEach(s -> output.line("  " + Messages.get("cli.round.shortfall",
                        quotasText(List.of(s.quota())), s.drawn())));
            }
            show(output, parent.root.services().showRound().run(round));
            return 0;
        }

        private Set<String> districts() {
            Set<String> names = new LinkedHashSet<>();
            parent.root.services().listSites().run(SiteFilter.ALL).forEach(s -> names.add(s.district()));
            return names;
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true)
    static final class Assign extends RoundAction {
        @Parameters(paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--team", paramLabel = "TEAM", descriptionKey = "cli.round.team") List<String> teams = new ArrayList<>();
        @Option(names = "--move", paramLabel = "SITE=TEAM", descriptionKey = "cli.round.move") String move;

        @Override
        int act(Output output) {
            RoundDetails details;
            if (move != null) {
                int eq = move.lastIndexOf('=');
                if (eq <= 0) {
                    throw new RequestRefused("cli.round.badMove", move);
                }
                details = parent.root.services().assignTeams().move(round, move.substring(0, eq).strip(), move.substring(eq + 1).strip());
            } else {
                details = parent.root.services().assignTeams().run(round, teams);
            }
            show(output, details);
            return 0;
        }
    }

    @Command(name = "add-site", mixinStandardHelpOptions = true)
    static final class AddSite extends RoundAction {
        @Parameters(index = "0", paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Parameters(index = "1", paramLabel = "SITE", descriptionKey = "cli.round.site") String site;
        @Option(names = "--team", required = true, paramLabel = "TEAM", descriptionKey = "cli.round.siteTeam") String team;

        @Override
        int act(Output output) {
            AddSiteToRound.Result added = parent.root.services().addSiteToRound().run(round, site, team);
            if (!json) {
                output.line(Messages.get("round.siteAdded", added.site().name(), added.round().round().name(), team));
            }
            show(output, added.round());
            return 0;
        }
    }

    @Command(name = "remove-site", mixinStandardHelpOptions = true)
    static final class RemoveSite extends RoundAction {
        @Parameters(index = "0", paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Parameters(index = "1", paramLabel = "SITE", descriptionKey = "cli.round.site") String site;
        @Option(names = "--reason", defaultValue = "", paramLabel = "TEXT", descriptionKey = "cli.round.removeReason") String reason;

        @Override
        int act(Output output) {
            RemoveSiteFromRound.Result removed = parent.root.services().removeSiteFromRound().run(round, site, reason);
            if (!json) {
                output.line(removed.answers() == 0 ? Messages.get("round.siteRemoved", removed.site().name(), removed.round().round().name())
                        : Messages.get("round.siteRemovedWithAnswers", removed.site().name(), removed.round().round().name(), removed.answers()));
            }
            show(output, removed.round());
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends RoundAction {
        @Parameters(paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;

        @Override
        int act(Output output) {
            show(output, parent.root.services().showRound().run(round));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListRounds extends RoundAction {
        @Override
        int act(Output output) {
            List<Round> rounds = parent.root.services().showRound().list();
            if (json) {
                output.json(rounds);
                return 0;
            }
            if (rounds.isEmpty()) {
                output.line(Messages.get("cli.round.none"));
            }
            for (Round r : rounds) {
                output.line(String.join("  ", r.id().substring(0, 8), r.name(), r.start() + " ~ " + r.end(),
                        Messages.get("round.status." + r.status().name())));
            }
            return 0;
        }
    }
}
