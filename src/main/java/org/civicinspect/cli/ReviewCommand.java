package org.civicinspect.cli;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.ListTeamSites;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code review list|approve|return}: a supervisor's decisions on completed inspections. */
@Command(name = "review", mixinStandardHelpOptions = true,
        subcommands = {ReviewCommand.ListInspections.class, ReviewCommand.Approve.class, ReviewCommand.Return.class,
            ReviewCommand.Approvers.class})
final class ReviewCommand {

    @ParentCommand
    CivicInspectCommand root;

    /** Every review command: the round and who decides. */
    abstract static class Action extends RefusableAction {
        @ParentCommand ReviewCommand parent;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;

        @Override
        final int act(Output output) {
            run(records() ? parent.root.recording() : parent.root.services(), output);
            return 0;
        }

        abstract void run(Services services, Output output);

        /** Whether the command records a decision, and so needs a named person. */
        boolean records() {
            return true;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListInspections extends Action {
        @Override
        boolean records() {
            return false;
        }

        @Override
        void run(Services services, Output output) {
            Round r = services.showRound().run(round).round();
            List<ListTeamSites.ListedSite> sites = services.listTeamSites().run(r.id(), null).stream()
                    .filter(s -> s.status().locked() || s.status() == InspectionStatus.RETURNED).toList();
            if (json) {
                output.json(sites.stream().map(ReviewCommand::describe).toList());
                return;
            }
            for (ListTeamSites.ListedSite s : sites) {
                output.line(String.join("  ", s.drawn().site().district(), s.drawn().site().name(), s.drawn().team() == null ? "—"
                        : s.drawn().team(), Messages.get("inspection.status." + s.status().name())));
            }
            output.line(Messages.get("cli.review.count", sites.stream().filter(s -> s.status() == InspectionStatus.COMPLETED).count(),
                    sites.size()));
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true)
    static final class Approve extends Action {
        @Option(names = "--site", required = true, paramLabel = "SITE", descriptionKey = "cli.review.site") String site;

        @Override
        void run(Services services, Output output) {
            services.reviewInspection().approve(round, site);
            output.line(Messages.get("cli.review.approved", site));
        }
    }

    @Command(name = "return", mixinStandardHelpOptions = true)
    static final class Return extends Action {
        @Option(names = "--site", required = true, paramLabel = "SITE", descriptionKey = "cli.review.site") String site;
        @Option(names = "--comment", required = true, paramLabel = "CODE=TEXT", descriptionKey = "cli.review.comment") List<String> comments;

        @Override
        void run(Services services, Output output) {
            Map<String, String> byCode = new LinkedHashMap<>();
            for (String comment : comments) {
                int equals = comment.indexOf('=');
                if (equals <= 0) {
                    throw new RequestRefused("cli.review.badComment", comment);
                }
                byCode.put(comment.substring(0, equals).strip(), comment.substring(equals + 1));
            }
            services.reviewInspection().returnWithComments(round, site, byCode);
            output.line(Messages.get("cli.review.returned", site, byCode.size()));
        }
    }

    /** {@code review approvers [--set ROLE,…]}: which roles may approve, return, resolve conflicts and correct here. */
    @Command(name = "approvers", mixinStandardHelpOptions = true)
    static final class Approvers extends RefusableAction {
        @ParentCommand ReviewCommand parent;
        @Option(names = "--set", split = ",", paramLabel = "ROLE", descriptionKey = "cli.review.approvers") List<String> roles;

        @Override
        int act(Output output) {
            if (roles == null) {
                output.line(Messages.get("review.approvingRoles", names(parent.root.services().chooseApprovingRoles().current())));
                return 0;
            }
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            for (String text : roles) {
                Role role = PeopleCommand.role(text);
                if (role == null) {
                    throw new RequestRefused("cli.people.badRole", text);
                }
                chosen.add(role);
            }
            Services services = parent.root.recording();
            services.chooseApprovingRoles().change(chosen);
            output.line(Messages.get("review.approvingRolesChanged", names(services.chooseApprovingRoles().current())));
            return 0;
        }

        private static String names(Set<Role> roles) {
            return roles.stream().map(r -> Messages.get("role." + r.name())).collect(Collectors.joining(Messages.get("review.rolesOr")));
        }
    }

    /** A listed inspection as its line shows it: site, team, status. */
    private static Map<String, Object> describe(ListTeamSites.ListedSite s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", s.drawn().site().name());
        m.put("siteId", s.drawn().site().id());
        m.put("team", s.drawn().team() == null ? "" : s.drawn().team());
        m.put("status", s.status().name());
        return m;
    }
}
