package org.civicinspect.gui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 人员 screen's behaviour, without a stage: add, change, deactivate and delete people. */
class PeopleViewModelTest {

    @TempDir Path temp;
    private Services services;
    private ScriptedDialogs dialogs;
    private PeopleViewModel viewModel;

    @BeforeEach
    void anEmptyRegistry() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        dialogs = new ScriptedDialogs();
        viewModel = new PeopleViewModel(PeopleView.useCases(services), new CurrentThreadTaskExecutor(), dialogs);
        viewModel.reload();
    }

    private void add(String name, Role role, String team) {
        viewModel.select(null);
        viewModel.nameProperty().set(name);
        viewModel.roleProperty().set(role);
        viewModel.teamProperty().set(team);
        viewModel.add();
    }

    @Test
    void theFirstPersonAddedToANewWorkspaceIsTheOneWorkingAtIt() {
        add("王内业", Role.OFFICE, "");
        add("张三", Role.INSPECTOR, "第1组");
        assertEquals("王内业", services.signedIn().name());
        assertEquals(List.of("王内业", "张三"), viewModel.people().stream().map(Person::name).toList());
    }

    @Test
    void aSelectedPersonIsChangedDeactivatedOrDeleted() {
        add("王内业", Role.OFFICE, "");
        add("张三", Role.INSPECTOR, "第10组");
        add("李四", Role.INSPECTOR, "第2组");
        Person zhang = viewModel.people().stream().filter(p -> p.name().equals("张三")).findFirst().orElseThrow();
        viewModel.select(zhang);
        assertFalse(viewModel.adding().get());
        viewModel.teamProperty().set("第2组");
        viewModel.saveSelected();
        assertEquals(List.of("第2组", "第10组"), viewModel.teams().stream().map(t -> t.name()).toList(), "teams in natural order");
        assertEquals(List.of("张三", "李四"), viewModel.teams().get(0).members().stream().map(Person::name).toList());

        viewModel.select(viewModel.people().stream().filter(p -> p.name().equals("王内业")).findFirst().orElseThrow());
        dialogs.confirmAnswer = true;
        viewModel.deleteSelected();
        assertEquals(Messages.get("person.deleteSelf", "王内业"), viewModel.statusProperty().get());

        viewModel.select(viewModel.people().stream().filter(p -> p.name().equals("李四")).findFirst().orElseThrow());
        viewModel.deleteSelected();
        assertTrue(viewModel.people().stream().noneMatch(p -> p.name().equals("李四")), "no records: deleted");

        viewModel.select(viewModel.people().stream().filter(p -> p.name().equals("张三")).findFirst().orElseThrow());
        viewModel.toggleActive();
        assertFalse(viewModel.people().stream().filter(p -> p.name().equals("张三")).findFirst().orElseThrow().active());
        assertEquals(List.of(), viewModel.teams().get(0).members(), "a deactivated person leaves the team lists");
        assertTrue(viewModel.adding().get(), "the form adds again");
    }
}
