package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.civicinspect.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code --help} of every command, at any depth, says what it does and what each option and parameter is, in both languages. */
class EveryCommandExplainsItselfTest {

    @AfterEach
    void backToChinese() {
        Messages.use("zh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyCommandOptionAndParameterHasItsText(String language) {
        Messages.use(language);
        CommandLine line = new CommandLine(new CivicInspectCommand(null));
        line.setResourceBundle(Messages.bundle());
        List<String> silent = new ArrayList<>();
        walk(line, silent);
        assertEquals(List.of(), silent);
    }

    private static void walk(CommandLine command, List<String> silent) {
        String name = command.getCommandSpec().qualifiedName(" ");
        if (String.join("", command.getCommandSpec().usageMessage().description()).isBlank()) {
            silent.add(name);
        }
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (!option.usageHelp() && !option.versionHelp() && String.join("", option.description()).isBlank()) {
                silent.add(name + " " + option.longestName());
            }
        }
        for (PositionalParamSpec parameter : command.getCommandSpec().positionalParameters()) {
            if (String.join("", parameter.description()).isBlank()) {
                silent.add(name + " " + parameter.paramLabel());
            }
        }
        command.getSubcommands().values().forEach(sub -> walk(sub, silent));
    }
}
