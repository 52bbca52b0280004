package org.civicinspect.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Problem;
import org.civicinspect.service.Services;
import org.civicinspect.service.rectification.ListPartnerProblems;
import org.civicinspect.service.rectification.ListProblems;
import org.civicinspect.service.rectification.RankPartnerRectification;
import org.civicinspect.service.rectification.ShowRectificationStanding;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code problems baolian}: the problems of each 包联单位 (or each 包联领导, or one of either: see PartnerRule) with their
 * status and 督办等级; with {@code --round}, the round's 包联 ranking by 整改率 and its red and black lists.
 */
@Command(name = "baolian", mixinStandardHelpOptions = true)
final class PartnerProblemsCommand extends ProblemsCommand.Action {

    /** One 包联 asked for by name, or every 包联单位 or 包联领导. */
    static final class Whose {
        @Option(names = "--leader", paramLabel = "LEADER", arity = "0..1", fallbackValue = "", descriptionKey = "cli.problems.baolian.leader")
        String leader;
        @Option(names = "--unit", paramLabel = "UNIT", arity = "0..1", fallbackValue = "", descriptionKey = "cli.problems.baolian.unit")
        String unit;
    }

    @ArgGroup(exclusive = true) Whose whose;
    @Option(names = "--round", paramLabel = "ROUND", descriptionKey = "cli.problems.baolian.round") String round;

    @Override
    void run(Services services, Output output) {
        boolean byLeader = whose != null && whose.leader != null;
        String name = whose == null ? null : byLeader ? whose.leader : whose.unit;
        List<ListPartnerProblems.Partner> partners = services.listPartnerProblems()
                .run(byLeader ? ListPartnerProblems.By.LEADER : ListPartnerProblems.By.UNIT, name == null || name.isBlank() ? null : name);
        RankPartnerRectification.Ranking ranking = round == null ? null
                : services.rankPartnerRectification().of(round, services.changePreferences().current().listSize());
        if (json) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("by", byLeader ? "leader" : "unit");
            answer.put("partners", partners.stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", p.name());
                m.put("sites", p.sites());
                m.put("open", p.open());
                m.put("problems", p.problems().stream().map(ProblemsCommand::describe).toList());
                return m;
            }).toList());
            if (ranking != null) {
                answer.put("asOf", ranking.asOf().toString());
                answer.put("units", ranked(ranking.units()));
                answer.put("leaders", ranked(ranking.leaders()));
            }
            output.json(answer);
            return;
        }
        String kind = Messages.get(byLeader ? "cli.problems.baolian.leaderKind" : "cli.problems.baolian.unitKind");
        for (ListPartnerProblems.Partner p : partners) {
            output.line(Messages.get("cli.problems.baolian.partner", kind, p.name(), p.sites(), p.problems().size(), p.open()));
            for (ListProblems.Listed l : p.problems()) {
                Problem problem = l.problem();
                output.line("  " + Messages.get("cli.problems.line", problem.id().substring(0, 8), Messages.get("escalation." + l.escalation().name()),
                        Messages.get("problem.status." + problem.status().name()), l.place().unit(), l.place().name(),
                        problem.standardCode() == null ? "—" : problem.standardCode(), problem.deadline(),
                        l.overdueDays() > 0 ? Messages.get("cli.problems.overdueDays", l.overdueDays()) : "",
                        problem.recurred() ? Messages.get("problem.recurred") : "", Messages.get("problem.source." + problem.source().name())).stripTrailing());
            }
        }
        if (partners.isEmpty()) {
            output.line(Messages.get("cli.problems.baolian.none", kind));
        }
        if (ranking != null) {
            output.line(Messages.get("cli.problems.asOf", ranking.asOf()));
            rank(output, "cli.problems.baolian.unitKind", ranking.units());
            rank(output, "cli.problems.baolian.leaderKind", ranking.leaders());
        }
    }

    private static void rank(Output output, String kindKey, RankPartnerRectification.Ranked ranked) {
        String kind = Messages.get(kindKey);
        output.line(Messages.get("cli.problems.baolian.ranking", kind));
        int place = 0;
        for (ShowRectificationStanding.UnitStanding u : ranked.bestFirst()) {
            output.line("  " + ++place + ". " + Messages.get("cli.problems.rate", u.unit(), u.fixed(), u.due(), ProblemsCommand.percent(u),
                    u.overdue(), u.red(), u.failedRechecks()));
        }
        output.line(Messages.get("cli.problems.baolian.redList", kind, ProblemsCommand.names(ranked.redList())));
        output.line(Messages.get("cli.problems.baolian.blackList", kind, ProblemsCommand.names(ranked.blackList())));
    }

    /** The 包联 red and black lists of the round, as {@code problems list --round} adds them under the units' lists. */
    static void lists(Services services, String round, Output output) {
        RankPartnerRectification.Ranking ranking = services.rankPartnerRectification().of(round, services.changePreferences().current().listSize());
        String kind = Messages.get("cli.problems.baolian.unitKind");
        output.line(Messages.get("cli.problems.baolian.redList", kind, ProblemsCommand.names(ranking.units().redList())));
        output.line(Messages.get("cli.problems.baolian.blackList", kind, ProblemsCommand.names(ranking.units().blackList())));
    }

    private static Map<String, Object> ranked(RankPartnerRectification.Ranked ranked) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ranking", ranked.bestFirst().stream().map(ProblemsCommand::describe).toList());
        m.put("redList", ranked.redList().stream().map(ProblemsCommand::describe).toList());
        m.put("blackList", ranked.blackList().stream().map(ProblemsCommand::describe).toList());
        return m;
    }
}
