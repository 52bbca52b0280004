package org.civicinspect.gui.people;

import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.Views;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.model.Team;
import org.civicinspect.service.Services;

/** 人员与测评组: wires PeopleView.fxml to {@link PeopleViewModel}. */
public final class PeopleView {

    private final PeopleViewModel viewModel;
    private final Parent root;

    @FXML private TextField nameField;
    @FXML private TextField phoneField;
    @FXML private ComboBox<Role> roleChoice;
    @FXML private ComboBox<String> teamChoice;
    @FXML private Label statusLabel;
    @FXML private Button addButton;
    @FXML private Button saveButton;
    @FXML private Button activeButton;
    @FXML private Button deleteButton;
    @FXML private Button newButton;
    @FXML private TableColumn<Person, String> activeColumn;
    @FXML private TableView<Person> peopleTable;
    @FXML private TableColumn<Person, String> nameColumn;
    @FXML private TableColumn<Person, String> roleColumn;
    @FXML private TableColumn<Person, String> teamColumn;
    @FXML private TableColumn<Person, String> phoneColumn;
    @FXML private TableView<Team> teamTable;
    @FXML private TableColumn<Team, String> teamNameColumn;
    @FXML private TableColumn<Team, String> membersColumn;

    /** The screen on the workspace's use cases: its ViewModel is handed those it calls. */
    public PeopleView(Services services, TaskExecutor executor, DialogService dialogs) {
        viewModel = new PeopleViewModel(useCases(services), executor, dialogs);
        root = Views.load(this);
        viewModel.reload();
    }

    static PeopleViewModel.UseCases useCases(Services services) {
        return new PeopleViewModel.UseCases(services.listPeople(), services.addPerson(), services.editPerson(), services.deactivatePerson(),
                services.deletePerson(), services.signIn());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        phoneField.textProperty().bindBidirectional(viewModel.phoneProperty());
        roleChoice.getItems().setAll(Role.values());
        roleChoice.valueProperty().bindBidirectional(viewModel.roleProperty());
        roleChoice.setConverter(Views.converter(r -> r == null ? "" : Messages.get("role." + r.name())));
        teamChoice.setItems(viewModel.teamNames());
        teamChoice.setEditable(true);
        teamChoice.valueProperty().bindBidirectional(viewModel.teamProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        nameField.setOnAction(e -> {
            if (viewModel.selectedProperty().get() == null) {
                add();
            } else {
                viewModel.saveSelected();
            }
        });
        addButton.visibleProperty().bind(viewModel.adding());
        addButton.managedProperty().bind(addButton.visibleProperty());
        addButton.defaultButtonProperty().bind(viewModel.adding());
        for (Button editing : new Button[] {saveButton, activeButton, deleteButton, newButton}) {
            editing.visibleProperty().bind(viewModel.adding().not());
            editing.managedProperty().bind(editing.visibleProperty());
        }
        saveButton.defaultButtonProperty().bind(viewModel.adding().not());
        activeButton.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Person p = viewModel.selectedProperty().get();
            return Messages.get(p != null && !p.active() ? "people.reactivate" : "people.deactivate");
        }, viewModel.selectedProperty()));
        peopleTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.select(now);
            }
        });
        activeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().active() ? "" : Messages.get("people.inactive")));
        peopleTable.setItems(viewModel.people());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.get("role." + c.getValue().role().name())));
        teamColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().team() == null ? "—" : c.getValue().team()));
        phoneColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().phone()));
        peopleTable.setPlaceholder(new Label(Messages.get("people.empty")));
        teamTable.setItems(viewModel.teams());
        teamNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        membersColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().members().stream().map(Person::name).collect(Collectors.joining("、"))));
        teamTable.setPlaceholder(new Label(Messages.get("people.noTeams")));
    }

    @FXML
    private void add() {
        viewModel.add();
        nameField.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.saveSelected();
        peopleTable.getSelectionModel().clearSelection();
    }

    @FXML
    private void toggleActive() {
        viewModel.toggleActive();
        peopleTable.getSelectionModel().clearSelection();
    }

    @FXML
    private void delete() {
        viewModel.deleteSelected();
        peopleTable.getSelectionModel().clearSelection();
    }

    /** Leaves the selected person alone: the form adds again. */
    @FXML
    private void startNew() {
        peopleTable.getSelectionModel().clearSelection();
        viewModel.select(null);
        nameField.requestFocus();
    }
}
