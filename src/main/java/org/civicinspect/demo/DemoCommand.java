package org.civicinspect.demo;

import org.civicinspect.cli.CivicInspectCommand;
import org.civicinspect.cli.Output;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.service.common.RequestRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code demo}: fills an empty workspace with a made-up city. */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {

    @ParentCommand CivicInspectCommand root;
    @Spec CommandSpec spec;
    @Option(names = "--districts", defaultValue = "6", descriptionKey = "cli.demo.districts") int districts;
    @Option(names = "--sites", defaultValue = "1600", descriptionKey = "cli.demo.sites") int sites;
    @Option(names = "--rounds", defaultValue = "12", descriptionKey = "cli.demo.rounds") int rounds;
    @Option(names = "--inspectors", defaultValue = "20", descriptionKey = "cli.demo.inspectors") int inspectors;
    @Option(names = "--seed", defaultValue = "1", descriptionKey = "cli.demo.seed") long seed;
    @Option(names = "--json", descriptionKey = "cli.json") boolean json;

    @Override
    public Integer call() {
        Output output = new Output(spec);
        try {
            CreateDemoCity.Made made = new CreateDemoCity(root.services())
                    .run(new CreateDemoCity.Size(districts, sites, rounds, inspectors, seed), Progress.NONE);
            root.services().changePreferences().roleUnlessChosen(WorkspaceRole.OFFICE);
            if (json) {
                output.json(made);
            } else {
                output.line(Messages.get("cli.demo.done", made.sites(), made.people(), made.rounds(), made.findings()));
                if (made.interviews() > 0) {
                    output.line(Messages.get("cli.demo.survey", made.interviews()));
                }
            }
            return 0;
        } catch (RequestRefused e) {
            output.error(Messages.get(e.messageKey(), e.args()));
            return CivicInspectCommand.BAD_INPUT;
        }
    }
}
