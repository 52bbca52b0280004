package org.civicinspect.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.service.library.IndicatorImportResult;

/** Dialogs shown on the real screen. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final HostServices host;
    private File lastFolder;

    /** Dialogs owned by {@code owner}; {@code host} opens written files (null where nothing may be opened). */
    public FxDialogService(Window owner, HostServices host) {
        this.owner = owner;
        this.host = host;
    }

    @Override
    public Optional<Path> chooseWorkbookToOpen(String titleKey) {
        FileChooser chooser = workbookChooser(titleKey);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.excelFiles"), "*.xlsx", "*.xls"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseWorkbookToSave(String titleKey, String suggestedName) {
        FileChooser chooser = workbookChooser(titleKey);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.xlsxFiles"), "*.xlsx"));
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> choosePhoto(String titleKey) {
        FileChooser chooser = workbookChooser(titleKey);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.photos"), "*.jpg", "*.jpeg", "*.png",
                "*.JPG", "*.JPEG", "*.PNG"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public void showImportResult(Path file, IndicatorImportResult result) {
        List<String> lines = new ArrayList<>();
        result.errors().forEach(p -> lines.add(Messages.describe(p)));
        result.notes().forEach(p -> lines.add(Messages.describe(p)));
        String headline = switch (result.outcome()) {
            case IMPORTED -> Messages.get("import.dialog.imported", result.set().label());
            case ALREADY_IMPORTED -> Messages.get("import.dialog.already", result.set().label());
            case REJECTED -> Messages.get("import.dialog.rejected", file.getFileName().toString(), result.errors().size());
        };
        if (result.tree() != null) {
            headline += "\n" + Messages.get("indicators.counts", result.tree().categories().size(), result.tree().indicatorCount(),
                    result.tree().standardCount(), result.tree().siteTypes().size(), result.tree().totalPoints().toPlainString());
        }
        showReport(Messages.get("import.dialog.title"), headline, lines, result.outcome() == IndicatorImportResult.Outcome.REJECTED);
    }

    @Override
    public void showReport(String title, String headline, List<String> lines, boolean failed) {
        Alert alert = new Alert(failed ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(headline);
        if (!lines.isEmpty()) {
            ListView<String> list = new ListView<>();
            list.getItems().setAll(lines);
            list.setPrefSize(720, Math.min(400, 28 * lines.size() + 8));
            VBox box = new VBox(8, new Label(Messages.get(failed ? "import.dialog.unchanged" : "dialog.notes")), list);
            alert.getDialogPane().setContent(box);
        }
        alert.getButtonTypes().setAll(ButtonType.OK);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public Optional<Path> chooseFolder(String titleKey) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get(titleKey));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showDialog(owner);
        return chosen == null ? Optional.empty() : Optional.of(chosen.toPath());
    }

    @Override
    public Optional<Path> chooseBackupToOpen(String titleKey) {
        FileChooser chooser = workbookChooser(titleKey);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.backups"), "*.zip"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseBackupToSave(String titleKey, String suggestedName) {
        FileChooser chooser = workbookChooser(titleKey);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.backups"),
                "*" + suggestedName.substring(suggestedName.lastIndexOf('.'))));
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<FirstRun> welcome(boolean offerDemo, String server) {
        Dialog<FirstRun> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("firstStart.title"));
        dialog.setHeaderText(Messages.get("firstStart.title"));
        ToggleGroup roles = new ToggleGroup();
        RadioButton office = new RadioButton(Messages.get("role.workspace.OFFICE"));
        RadioButton field = new RadioButton(Messages.get("role.workspace.FIELD"));
        office.setToggleGroup(roles);
        field.setToggleGroup(roles);
        office.setSelected(true);
        Label question = new Label(Messages.get("firstStart.role"));
        Label demoText = wrapped(new Label(Messages.get(offerDemo ? "firstStart.offer" : "firstStart.notEmpty")));
        VBox content = server == null
                ? new VBox(8, question, office, about("role.workspace.OFFICE.about"), field, about("role.workspace.FIELD.about"), new Separator(), demoText)
                : new VBox(8, wrapped(new Label(Messages.get("firstStart.server", server))), new Separator(), demoText);
        dialog.getDialogPane().setContent(content);
        ButtonType demo = new ButtonType(Messages.get("firstStart.makeDemo"), ButtonBar.ButtonData.YES);
        ButtonType start = new ButtonType(Messages.get(offerDemo ? "firstStart.startEmpty" : "firstStart.start"), ButtonBar.ButtonData.NO);
        if (offerDemo) {
            dialog.getDialogPane().getButtonTypes().setAll(start, demo);
        } else {
            dialog.getDialogPane().getButtonTypes().setAll(start);
        }
        // On a field laptop the first thing to do is to take in the office's task package: the start button says so.
        javafx.scene.control.Button startButton = (javafx.scene.control.Button) dialog.getDialogPane().lookupButton(start);
        startButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.Button demoButton = (javafx.scene.control.Button) dialog.getDialogPane().lookupButton(demo);
        field.selectedProperty().addListener((o, was, isField) -> {
            startButton.setText(Messages.get(isField ? "firstStart.startImport" : offerDemo ? "firstStart.startEmpty" : "firstStart.start"));
            startButton.setDefaultButton(isField || !offerDemo);
            if (demoButton != null) {
                demoButton.setDefaultButton(!isField);
            }
        });
        dialog.setResultConverter(button -> new FirstRun(field.isSelected() ? WorkspaceRole.FIELD : WorkspaceRole.OFFICE,
                button == demo));
        return dialog.showAndWait();
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMaxWidth(560);
        return label;
    }

    private static Label about(String key) {
        Label about = new Label(Messages.get(key));
        about.setStyle("-fx-padding: 0 0 4 26; -fx-text-fill: #555555;");
        return about;
    }

    @Override
    public boolean confirm(String title, String message, String yesKey, String noKey) {
        ButtonType yes = new ButtonType(Messages.get(yesKey), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(Messages.get(noKey), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.initOwner(owner);
        if (message.length() > 160) {
            alert.getDialogPane().setMinWidth(680);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void offerToOpen(String title, String message, Path file) {
        if (host == null) {
            showInformation(title, message);
            return;
        }
        if (confirm(title, message, "dialog.openFile", "dialog.close")) {
            host.showDocument(file.toUri().toString());
        }
    }

    @Override
    public void open(Path file) {
        if (host == null) {
            showInformation(Messages.get("dialog.openFile"), Messages.get("dialog.cannotOpen", file));
            return;
        }
        host.showDocument(file.toUri().toString());
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    private FileChooser workbookChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }

    @Override
    public List<Path> choosePackagesToOpen(String titleKey) {
        return chooseFilesToOpen(titleKey, "dialog.packages", "*.citask", "*.ciresult");
    }

    @Override
    public List<Path> chooseUnitPackagesToOpen(String titleKey) {
        return chooseFilesToOpen(titleKey, "dialog.package.cipkg", "*.cipkg");
    }

    private List<Path> chooseFilesToOpen(String titleKey, String kindKey, String... patterns) {
        FileChooser chooser = workbookChooser(titleKey);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(kindKey), patterns));
        List<java.io.File> files = chooser.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        remember(files.get(0));
        return files.stream().map(java.io.File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseMaterialFile(String titleKey) {
        FileChooser chooser = workbookChooser(titleKey);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.materials"), "*.pdf", "*.jpg", "*.jpeg", "*.png",
                "*.docx", "*.doc", "*.xlsx", "*.xls", "*.PDF", "*.JPG", "*.JPEG", "*.PNG"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<MaterialDetails> askMaterialDetails(String fileName, List<String> types, List<String> standards, java.time.LocalDate today) {
        javafx.scene.control.TextField title = new javafx.scene.control.TextField(stem(fileName));
        javafx.scene.control.ComboBox<String> type = new javafx.scene.control.ComboBox<>(javafx.collections.FXCollections.observableArrayList(types));
        type.setEditable(true);
        type.setPrefWidth(320);
        if (!types.isEmpty()) {
            type.getSelectionModel().select(0);
        }
        javafx.scene.control.DatePicker date = new javafx.scene.control.DatePicker(today);
        javafx.scene.control.TextField codes = new javafx.scene.control.TextField(String.join(",", standards));
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        String[] keys = {"unitPackage.field.title", "unitPackage.field.type", "unitPackage.field.date", "unitPackage.field.standards"};
        javafx.scene.Node[] fields = {title, type, date, codes};
        for (int i = 0; i < fields.length; i++) {
            Label label = new Label(Messages.get(keys[i]));
            label.setMnemonicParsing(true);
            label.setLabelFor(fields[i]);
            grid.addRow(i, label, fields[i]);
        }
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("unitPackage.addTitle"));
        dialog.setHeaderText(Messages.get("unitPackage.addHeader", fileName));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.application.Platform.runLater(title::requestFocus);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> new MaterialDetails(title.getText(),
                type.getEditor().getText(), date.getValue() == null ? date.getEditor().getText() : date.getValue().toString(), List.of(codes.getText().split("[,，、\\s]+"))));
    }

    /** A file's name without its extension: the title a material file starts with. */
    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    @Override
    public Optional<Path> choosePackageToSave(String titleKey, String suggestedName, String extension) {
        FileChooser chooser = workbookChooser(titleKey);
        String kind = "dialog.package." + extension.substring(1);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(kind), "*" + extension));
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String message) {
        javafx.scene.control.Dialog<char[]> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setPromptText(Messages.get("dialog.passphrase"));
        dialog.getDialogPane().setContent(field);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.application.Platform.runLater(field::requestFocus);
        dialog.setResultConverter(b -> b == ButtonType.OK && !field.getText().isEmpty() ? field.getText().toCharArray() : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askText(String title, String message) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public Optional<String> chooseOne(String title, String message, List<String> choices) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        return dialog.showAndWait();
    }
}
