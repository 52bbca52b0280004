package org.civicinspect.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.model.RoleGrant;
import org.civicinspect.model.ServerRole;
import org.civicinspect.model.Team;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import org.civicinspect.service.common.RequestRefused;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code people add|list|edit|deactivate|reactivate|delete|use}: inspectors, office staff, supervisors and their teams. */
@Command(name = "people", mixinStandardHelpOptions = true, subcommands = {PeopleCommand.Add.class, PeopleCommand.ListPeople.class,
    PeopleCommand.Edit.class, PeopleCommand.Deactivate.class, PeopleCommand.Reactivate.class, PeopleCommand.Delete.class,
    PeopleCommand.Use.class, PeopleCommand.Grant.class, PeopleCommand.Revoke.class, PeopleCommand.Grants.class})
final class PeopleCommand {

    @ParentCommand
    CivicInspectCommand root;

    /** 测评员 / 内业 / 督查组长, or inspector / office / supervisor. */
    static Role role(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "测评员", "inspector" -> Role.INSPECTOR;
            case "内业", "office" -> Role.OFFICE;
            case "督查组长", "supervisor", "审核" -> Role.SUPERVISOR;
            default -> null;
        };
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        @ParentCommand PeopleCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.people.name") String name;
        @Option(names = "--phone", paramLabel = "PHONE", descriptionKey = "cli.people.phone") String phone;
        @Option(names = "--role", defaultValue = "测评员", paramLabel = "ROLE", descriptionKey = "cli.people.role") String role;
        @Option(names = "--team", paramLabel = "TEAM", descriptionKey = "cli.people.team") String team;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() {
            Output output = new Output(spec);
            Role chosen = role(role);
            if (chosen == null || name.isBlank()) {
                output.error(Messages.get(chosen == null ? "cli.people.badRole" : "cli.people.needsName", role));
                return CivicInspectCommand.BAD_INPUT;
            }
            Person person = parent.root.services().addPerson().run(name, phone, chosen, team);
            if (json) {
                output.json(person);
            } else {
                output.line(Messages.get("cli.people.added", person.name(), Messages.get("role." + chosen.name()),
                        person.team() == null ? "—" : person.team()));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListPeople implements Callable<Integer> {
        @ParentCommand PeopleCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() {
            Output output = new Output(spec);
            List<Person> people = parent.root.services().listPeople().people();
            List<Team> teams = parent.root.services().listPeople().teams();
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("people", people);
                answer.put("teams", teams);
                output.json(answer);
                return 0;
            }
            String signedIn = parent.root.services().signedIn().person().map(Person::id).orElse("");
            for (Person p : people) {
                output.line(String.join("  ", p.name(), Messages.get("role." + p.role().name()), p.team() == null ? "—" : p.team(), p.phone(),
                        p.active() ? "" : Messages.get("people.inactive"), p.id().equals(signedIn) ? Messages.get("people.signedIn") : "")
                        .replaceAll("( {2})+$", "").stripTrailing());
            }
            output.line(Messages.get("cli.people.total", people.size(), teams.size()));
            return 0;
        }
    }

    /** A registered person named on the command line: one person of that name, active or not. */
    static Person named(org.civicinspect.service.Services services, String name) {
        List<Person> matches = services.listPeople().people().stream().filter(p -> p.name().equals(name.strip())).toList();
        if (matches.size() != 1) {
            throw new RequestRefused(matches.isEmpty() ? "person.unknown" : "person.ambiguous", name.strip(), matches.size());
        }
        return matches.get(0);
    }

    @Command(name = "edit", mixinStandardHelpOptions = true)
    static final class Edit extends RefusableAction {
        @ParentCommand PeopleCommand parent;
        @Parameters(paramLabel = "NAME", descriptionKey = "cli.people.who") String who;
        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "cli.people.newName") String name;
        @Option(names = "--phone", paramLabel = "PHONE", descriptionKey = "cli.people.phone") String phone;
        @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "cli.people.role") String role;
        @Option(names = "--team", paramLabel = "TEAM", descriptionKey = "cli.people.newTeam") String team;

        @Override
        int act(Output output) {
            Role chosen = role == null ? null : role(role);
            if (role != null && chosen == null) {
                throw new RequestRefused("cli.people.badRole", role);
            }
            Person before = named(parent.root.services(), who);
            Person after = parent.root.services().editPerson().run(before.id(), name == null ? before.name() : name,
                    phone == null ? before.phone() : phone, chosen, team == null ? before.team() : team);
            output.line(Messages.get("cli.people.edited", before.name(), after.name(), Messages.get("role." + after.role().name()),
                    after.team() == null ? "—" : after.team()));
            return 0;
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true)
    static final class Deactivate extends RefusableAction {
        @ParentCommand PeopleCommand parent;
        @Parameters(paramLabel = "NAME", descriptionKey = "cli.people.who") String who;

        @Override
        int act(Output output) {
            Person person = parent.root.services().deactivatePerson().run(named(parent.root.services(), who).id());
            output.line(Messages.get("cli.people.deactivated", person.name()));
            return 0;
        }
    }

    @Command(name = "reactivate", mixinStandardHelpOptions = true)
    static final class Reactivate extends RefusableAction {
        @ParentCommand PeopleCommand parent;
        @Parameters(paramLabel = "NAME", descriptionKey = "cli.people.who") String who;

        @Override
        int act(Output output) {
            Person person = parent.root.services().deactivatePerson().reactivate(named(parent.root.services(), who).id());
            output.line(Messages.get("cli.people.reactivated", person.name()));
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true)
    static final class Delete extends RefusableAction {
        @ParentCommand PeopleCommand parent;
        @Parameters(paramLabel = "NAME", descriptionKey = "cli.people.who") String who;

        @Override
        int act(Output output) {
            Person person = parent.root.services().deletePerson().run(named(parent.root.services(), who).id());
            output.line(Messages.get("cli.people.deleted", person.name()));
            return 0;
        }
    }

    /** {@code people use NAME}: who works at this workspace from now on, remembered in its settings. */
    @Command(name = "use", mixinStandardHelpOptions = true)
    static final class Use extends RefusableAction {
        @ParentCommand PeopleCommand parent;
        @Parameters(paramLabel = "NAME", descriptionKey = "cli.people.who") String who;

        @Override
        int act(Output output) {
            Person person = parent.root.services().signIn().remember(who);
            output.line(Messages.get("cli.people.using", person.name(), person.team() == null ? "—" : person.team()));
            return 0;
        }
    }

    /** 内业 / 督查组长 / 管理员, or office / supervisor / administrator: a group role on a shared server. */
    static ServerRole serverRole(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "内业", "office" -> ServerRole.OFFICE;
            case "督查组长", "supervisor", "审核" -> ServerRole.SUPERVISOR;
            case "管理员", "admin", "administrator" -> ServerRole.ADMINISTRATOR;
            default -> throw new RequestRefused("cli.people.badServerRole", text);
        };
    }

    /** {@code people grant LOGIN --role 内业|督查组长|管理员}: on a shared server, the role the database gives a staff login. */
    @Command(name = "grant", mixinStandardHelpOptions = true)
    static final class Grant extends RefusableAction {
        @ParentCommand PeopleCommand parent;
        @Parameters(paramLabel = "LOGIN", descriptionKey = "cli.people.login") String login;
        @Option(names = "--role", required = true, paramLabel = "ROLE", descriptionKey = "cli.people.serverRole") String role;

        @Override
        int act(Output output) {
            RoleGrant grant = parent.root.services().grantServerRole().give(login, serverRole(role));
            if (json) {
                output.json(grant);
            } else {
                output.line(Messages.get("cli.people.granted", grant.login(), Messages.get("role.server." + grant.role().name())));
            }
            return 0;
        }
    }

    /** {@code people revoke LOGIN}: takes every role away from a staff login on a shared server. */
    @Command(name = "revoke", mixinStandardHelpOptions = true)
    static final class Revoke extends RefusableAction {
        @ParentCommand PeopleCommand parent;
        @Parameters(paramLabel = "LOGIN", descriptionKey = "cli.people.login") String login;

        @Override
        int act(Output output) {
            parent.root.services().grantServerRole().takeAway(login);
            output.line(Messages.get("cli.people.revoked", login.strip()));
            return 0;
        }
    }

    /** {@code people grants}: which staff logins hold which role on a shared server. */
    @Command(name = "grants", mixinStandardHelpOptions = true)
    static final class Grants extends RefusableAction {
        @ParentCommand PeopleCommand parent;

        @Override
        int act(Output output) {
            List<RoleGrant> grants = parent.root.services().grantServerRole().current();
            if (json) {
                output.json(grants);
                return 0;
            }
            for (RoleGrant grant : grants) {
                output.line(grant.login() + "  " + Messages.get("role.server." + grant.role().name()));
            }
            output.line(Messages.get("cli.people.grantsTotal", grants.size()));
            return 0;
        }
    }
}
