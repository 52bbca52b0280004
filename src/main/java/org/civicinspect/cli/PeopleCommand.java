package org.civicinspect.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.model.Team;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code people add|list}: inspectors, office staff, supervisors and their teams. */
@Command(name = "people", mixinStandardHelpOptions = true, subcommands = {PeopleCommand.Add.class, PeopleCommand.ListPeople.class})
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
                output.json(Map.of("people", people, "teams", teams));
                return 0;
            }
            for (Person p : people) {
                output.line(String.join("  ", p.name(), Messages.get("role." + p.role().name()), p.team() == null ? "—" : p.team(), p.phone())
                        .stripTrailing());
            }
            output.line(Messages.get("cli.people.total", people.size(), teams.size()));
            return 0;
        }
    }
}
