package org.civicinspect.gui.people;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.model.Team;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.people.AddPerson;
import org.civicinspect.service.people.DeactivatePerson;
import org.civicinspect.service.people.DeletePerson;
import org.civicinspect.service.people.EditPerson;
import org.civicinspect.service.people.ListPeople;
import org.civicinspect.service.people.SignIn;

/**
 * 人员: everyone registered, the teams, and the form that adds a person or, with a person selected, changes them;
 * a selected person can be deactivated (or reactivated), or deleted when nothing names them yet.
 */
public final class PeopleViewModel {

    /** The use cases the screen calls. */
    public record UseCases(ListPeople listPeople, AddPerson addPerson, EditPerson editPerson, DeactivatePerson deactivatePerson,
                           DeletePerson deletePerson, SignIn signIn) {
    }

    private final UseCases useCases;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ObservableList<String> teamNames = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.INSPECTOR);
    private final StringProperty team = new SimpleStringProperty("");
    private final ObjectProperty<Person> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public PeopleViewModel(UseCases useCases, TaskExecutor executor, DialogService dialogs) {
        this.useCases = useCases;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    private record Loaded(List<Person> people, List<Team> teams) {
    }

    public void reload() {
        executor.run(p -> new Loaded(useCases.listPeople().people(), useCases.listPeople().teams()), loaded -> {
            people.setAll(loaded.people());
            teams.setAll(loaded.teams());
            teamNames.setAll(loaded.teams().stream().map(Team::name).toList());
        }, this::failed);
    }

    /** Shows the person in the form, to change them; null empties the form for a new person. */
    public void select(Person person) {
        selected.set(person);
        name.set(person == null ? "" : person.name());
        phone.set(person == null ? "" : person.phone());
        role.set(person == null ? Role.INSPECTOR : person.role());
        team.set(person == null || person.team() == null ? "" : person.team());
    }

    /**
     * Adds the person in the form; a blank name is refused with a message. The first person of a new workspace is
     * the one working at it.
     */
    public void add() {
        String chosenName = formName();
        if (chosenName.isEmpty()) {
            status.set(Messages.get("cli.people.needsName"));
            return;
        }
        executor.run(p -> {
            boolean first = useCases.listPeople().people().isEmpty();
            Person added = useCases.addPerson().run(chosenName, phone.get(), role.get(), team.get());
            if (first && useCases.signIn().current().isEmpty()) {
                useCases.signIn().choose(added.id());
            }
            return added;
        }, added -> {
            status.set(Messages.get("cli.people.added", added.name(), Messages.get("role." + added.role().name()), teamOf(added)));
            select(null);
            reload();
        }, this::failed);
    }

    /** Saves the form over the selected person. */
    public void saveSelected() {
        Person person = selected.get();
        String chosenName = formName();
        if (person == null || chosenName.isEmpty()) {
            status.set(Messages.get("cli.people.needsName"));
            return;
        }
        executor.run(p -> useCases.editPerson().run(person.id(), chosenName, phone.get(), role.get(), team.get()), after -> {
            status.set(Messages.get("cli.people.edited", person.name(), after.name(), Messages.get("role." + after.role().name()), teamOf(after)));
            select(null);
            reload();
        }, this::failed);
    }

    /** Deactivates the selected person, or reactivates them when they are deactivated. */
    public void toggleActive() {
        Person person = selected.get();
        if (person == null) {
            return;
        }
        executor.run(p -> person.active() ? useCases.deactivatePerson().run(person.id()) : useCases.deactivatePerson().reactivate(person.id()),
                after -> {
                    status.set(Messages.get(after.active() ? "cli.people.reactivated" : "cli.people.deactivated", after.name()));
                    select(null);
                    reload();
                }, this::failed);
    }

    /** Deletes the selected person after asking; someone named on records is refused, with the advice to deactivate. */
    public void deleteSelected() {
        Person person = selected.get();
        if (person == null || !dialogs.confirm(Messages.get("people.delete"), Messages.get("people.deleteConfirm", person.name()),
                "people.delete", "dialog.cancel")) {
            return;
        }
        executor.run(p -> useCases.deletePerson().run(person.id()), deleted -> {
            status.set(Messages.get("cli.people.deleted", deleted.name()));
            select(null);
            reload();
        }, this::failed);
    }

    private void failed(Throwable e) {
        if (e instanceof RequestRefused refused) {
            status.set(Messages.get(refused.messageKey(), refused.args()));
        } else {
            dialogs.showError(Messages.get("job.failed"), String.valueOf(e.getMessage()));
        }
    }

    private String formName() {
        return name.get() == null ? "" : name.get().strip();
    }

    private static String teamOf(Person person) {
        return person.team() == null ? "—" : person.team();
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ObservableList<Team> teams() {
        return teams;
    }

    public ObservableList<String> teamNames() {
        return teamNames;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty teamProperty() {
        return team;
    }

    public ObjectProperty<Person> selectedProperty() {
        return selected;
    }

    /** True while no person is selected: the form adds. */
    public BooleanBinding adding() {
        return Bindings.isNull(selected);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
