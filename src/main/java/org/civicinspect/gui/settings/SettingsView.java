package org.civicinspect.gui.settings;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.Views;
import org.civicinspect.gui.WorkspaceOpener;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Preferences;
import org.civicinspect.model.Role;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.service.ChooseWorkspace;
import org.civicinspect.service.Services;
import org.civicinspect.service.WorkspaceAddress;

/** 设置: wires SettingsView.fxml to {@link SettingsViewModel}; the language applies at once, the rest on 保存. */
public final class SettingsView {

    private final SettingsViewModel viewModel;
    private final WorkspaceChoiceViewModel workspaceChoice;
    private final Consumer<String> switchLanguage;
    private final Parent root;

    @FXML private ComboBox<String> languageChoice;
    @FXML private RadioButton officeRole;
    @FXML private RadioButton fieldRole;
    @FXML private Label roleNote;
    @FXML private Spinner<Integer> listSizeSpinner;
    @FXML private Spinner<Integer> warnDaysSpinner;
    @FXML private Spinner<Integer> redDaysSpinner;
    @FXML private Spinner<Integer> redReopenedSpinner;
    @FXML private Spinner<Integer> fixDaysSpinner;
    @FXML private Spinner<Integer> keepBackupsSpinner;
    @FXML private Label workspaceNow;
    @FXML private RadioButton embeddedChoice;
    @FXML private RadioButton serverChoice;
    @FXML private TextField folderField;
    @FXML private Button chooseFolderButton;
    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField databaseField;
    @FXML private TextField loginField;
    @FXML private PasswordField passwordField;
    @FXML private Node serverFields;
    @FXML private Label workspaceProblem;
    @FXML private Label fingerprintLabel;
    @FXML private Label aboutLabel;
    @FXML private Button saveButton;
    @FXML private CheckBox inspectorApproves;
    @FXML private CheckBox officeApproves;
    @FXML private CheckBox supervisorApproves;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button cancelButton;

    /**
     * The screen on the workspace's use cases: its ViewModels are handed those they call; {@code workspaces} keeps which
     * workspace the app starts on, and {@code opener} switches to another.
     */
    public SettingsView(Services services, TaskExecutor executor, DialogService dialogs, ChooseWorkspace workspaces, WorkspaceOpener opener,
                        Consumer<String> switchLanguage) {
        this.viewModel = new SettingsViewModel(useCases(services), services.dataFolder(), executor, dialogs, opener);
        this.workspaceChoice = new WorkspaceChoiceViewModel(workspaces, shown(services), services.serverLogin(), viewModel.job(), dialogs, opener);
        this.switchLanguage = switchLanguage;
        root = Views.load(this);
        viewModel.reload();
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        languageChoice.getItems().setAll("zh", "en");
        languageChoice.setConverter(Views.converter(code -> code == null ? "" : Messages.get("language." + code)));
        languageChoice.setValue(Messages.locale().getLanguage());
        languageChoice.valueProperty().addListener((o, a, code) -> {
            if (code != null && !code.equals(Messages.locale().getLanguage())) {
                switchLanguage.accept(code);
            }
        });
        ToggleGroup roles = new ToggleGroup();
        officeRole.setToggleGroup(roles);
        fieldRole.setToggleGroup(roles);
        viewModel.roleProperty().addListener((o, a, role) -> (role == WorkspaceRole.FIELD ? fieldRole : officeRole).setSelected(true));
        roles.selectedToggleProperty().addListener((o, a, t) -> viewModel.roleProperty().set(t == fieldRole ? WorkspaceRole.FIELD
                : WorkspaceRole.OFFICE));
        (viewModel.roleProperty().get() == WorkspaceRole.FIELD ? fieldRole : officeRole).setSelected(true);
        if (viewModel.roleFixed()) {
            officeRole.setDisable(true);
            fieldRole.setDisable(true);
            roleNote.setText(Messages.get(viewModel.roleProperty().get() == WorkspaceRole.UNIT ? "settings.role.unit" : "settings.role.fixedOnServer"));
        }
        roleNote.setVisible(viewModel.roleFixed());
        roleNote.setManaged(viewModel.roleFixed());
        bind(listSizeSpinner, 1, Preferences.MAX_LIST_SIZE, viewModel.listSizeProperty());
        bind(warnDaysSpinner, 0, Preferences.MAX_WARN_DAYS, viewModel.warnDaysProperty());
        bind(redDaysSpinner, 0, 365, viewModel.redDaysProperty());
        bind(redReopenedSpinner, 1, 20, viewModel.redReopenedProperty());
        bind(fixDaysSpinner, 1, 365, viewModel.fixDaysProperty());
        bind(keepBackupsSpinner, 1, Preferences.MAX_KEEP_BACKUPS, viewModel.keepBackupsProperty());
        inspectorApproves.selectedProperty().bindBidirectional(viewModel.approvesProperty(Role.INSPECTOR));
        officeApproves.selectedProperty().bindBidirectional(viewModel.approvesProperty(Role.OFFICE));
        supervisorApproves.selectedProperty().bindBidirectional(viewModel.approvesProperty(Role.SUPERVISOR));
        bindWorkspaceChoice();
        fingerprintLabel.textProperty().bind(viewModel.fingerprintProperty());
        String version = SettingsView.class.getPackage().getImplementationVersion();
        aboutLabel.setText(Messages.get("settings.aboutText", version == null ? "dev" : version, System.getProperty("java.version")));
        Views.bindJob(progressBar, statusLabel, cancelButton, viewModel.job());
    }

    private static void bind(Spinner<Integer> spinner, int min, int max, javafx.beans.property.IntegerProperty property) {
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, min);
        spinner.setValueFactory(values);
        spinner.setEditable(true);
        property.addListener((o, a, v) -> values.setValue(v.intValue()));
        values.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                property.set(v);
            }
        });
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    private void bindWorkspaceChoice() {
        workspaceNow.setText(workspaceChoice.nowText());
        ToggleGroup where = new ToggleGroup();
        embeddedChoice.setToggleGroup(where);
        serverChoice.setToggleGroup(where);
        (workspaceChoice.onServerProperty().get() ? serverChoice : embeddedChoice).setSelected(true);
        workspaceChoice.onServerProperty().addListener((o, a, server) -> (server ? serverChoice : embeddedChoice).setSelected(true));
        where.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                workspaceChoice.onServerProperty().set(t == serverChoice);
            }
        });
        folderField.textProperty().bindBidirectional(workspaceChoice.folderProperty());
        hostField.textProperty().bindBidirectional(workspaceChoice.hostProperty());
        portField.textProperty().bindBidirectional(workspaceChoice.portProperty());
        databaseField.textProperty().bindBidirectional(workspaceChoice.databaseProperty());
        loginField.textProperty().bindBidirectional(workspaceChoice.loginProperty());
        folderField.disableProperty().bind(workspaceChoice.onServerProperty());
        chooseFolderButton.disableProperty().bind(workspaceChoice.onServerProperty());
        serverFields.disableProperty().bind(workspaceChoice.onServerProperty().not());
        workspaceProblem.textProperty().bind(workspaceChoice.problemProperty());
        workspaceProblem.visibleProperty().bind(workspaceChoice.problemProperty().isNotEmpty());
        workspaceProblem.managedProperty().bind(workspaceProblem.visibleProperty());
        // Enter in any of the fields switches, rather than saving the preferences above.
        for (TextField field : new TextField[] {folderField, hostField, portField, databaseField, loginField, passwordField}) {
            field.setOnAction(e -> switchWorkspace());
        }
    }

    /** The workspace shown, as the app names it: its folder, or the server's address with the folder beside it. */
    private static WorkspaceAddress shown(Services services) {
        return services.onServer() ? new WorkspaceAddress(services.dataFolder(), services.place()) : WorkspaceAddress.embedded(services.dataFolder());
    }

    @FXML
    private void chooseFolder() {
        workspaceChoice.chooseFolder();
    }

    /** The password goes to the sign-in once and leaves the field at once; it is never kept. */
    @FXML
    private void switchWorkspace() {
        char[] typed = passwordField.getText().toCharArray();
        passwordField.clear();
        try {
            workspaceChoice.switchWorkspace(typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    @FXML
    private void backUpNow() {
        viewModel.backUpNow();
    }

    @FXML
    private void restore() {
        viewModel.restore();
    }

    @FXML
    private void cancel() {
        viewModel.job().cancel();
    }

    /** The use cases this screen's view model calls, taken from the workspace's services. */
    static SettingsViewModel.UseCases useCases(Services services) {
        return new SettingsViewModel.UseCases(services.changePreferences(), services.changeRectificationRules(),
                services.showDeviceKey(), services.backUpWorkspace(), services.chooseApprovingRoles());
    }
}
