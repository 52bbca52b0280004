package org.civicinspect.gui.reports;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.Views;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.NegativeEvent;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;

/** 报表: wires ReportsView.fxml to {@link ReportsViewModel}: one button per workbook, and the round's negative list. */
public final class ReportsView {

    private final ReportsViewModel viewModel;
    private final Parent root;

    @FXML private ComboBox<Round> roundChoice;
    @FXML private CheckBox includeUnreviewed;
    @FXML private Label scopeLabel;
    @FXML private Label summaryLabel;
    @FXML private GridPane reportGrid;
    @FXML private TableView<NegativeEvent> eventTable;
    @FXML private TableColumn<NegativeEvent, String> dateColumn;
    @FXML private TableColumn<NegativeEvent, String> standardColumn;
    @FXML private TableColumn<NegativeEvent, String> descriptionColumn;
    @FXML private TableColumn<NegativeEvent, String> deductionColumn;
    @FXML private DatePicker eventDate;
    @FXML private TextField eventDeduction;
    @FXML private ComboBox<Standard> eventStandard;
    @FXML private TextField eventDescription;
    @FXML private Button addEventButton;
    @FXML private Button removeEventButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button cancelButton;

    /** The screen on the workspace's use cases: its ViewModel is handed those it calls. */
    public ReportsView(Services services, TaskExecutor executor, DialogService dialogs) {
        viewModel = new ReportsViewModel(useCases(services), executor, dialogs);
        root = Views.load(this);
        viewModel.reload();
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        Views.bindRoundChoice(roundChoice, viewModel.rounds(), viewModel.roundProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        scopeLabel.textProperty().bind(viewModel.scopeProperty());
        includeUnreviewed.selectedProperty().bindBidirectional(viewModel.includeUnreviewedProperty());
        ColumnConstraints buttons = new ColumnConstraints(160, 170, 200);
        ColumnConstraints abouts = new ColumnConstraints();
        abouts.setHgrow(Priority.ALWAYS);
        reportGrid.getColumnConstraints().setAll(buttons, abouts);
        int row = 0;
        for (ReportsViewModel.Report report : ReportsViewModel.Report.values()) {
            Button button = new Button(Messages.get("reports." + report.name()));
            button.setId("report-" + report.name());
            button.setMinHeight(40);
            button.setPrefWidth(180);
            button.setMaxWidth(Double.MAX_VALUE);
            button.disableProperty().bind(viewModel.roundProperty().isNull().or(viewModel.job().busyProperty()));
            button.setOnAction(e -> viewModel.chooseAndWrite(report));
            Label about = new Label(Messages.get("reports." + report.name() + ".about"));
            about.setWrapText(true);
            reportGrid.addRow(row++, button, about);
        }
        eventTable.setItems(viewModel.events());
        dateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date().toString()));
        standardColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().standardCode()));
        descriptionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().description()));
        deductionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().deduction().toPlainString()));
        eventStandard.setItems(viewModel.negativeStandards());
        eventStandard.setConverter(Views.converter(s -> s == null ? "" : s.code() + " " + s.text()));
        eventDate.setValue(LocalDate.now());
        addEventButton.disableProperty().bind(viewModel.roundProperty().isNull().or(eventStandard.valueProperty().isNull())
                .or(eventDeduction.textProperty().isEmpty()).or(eventDescription.textProperty().isEmpty()));
        removeEventButton.disableProperty().bind(eventTable.getSelectionModel().selectedItemProperty().isNull());
        Views.bindJob(progressBar, statusLabel, cancelButton, viewModel.job());
    }

    @FXML
    private void addEvent() {
        viewModel.addEvent(eventDate.getValue(), eventStandard.getValue(), eventDeduction.getText(), eventDescription.getText());
        eventDeduction.clear();
        eventDescription.clear();
    }

    @FXML
    private void removeEvent() {
        viewModel.removeEvent(eventTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    /** The use cases this screen's view model calls, taken from the workspace's services. */
    static ReportsViewModel.UseCases useCases(Services services) {
        return new ReportsViewModel.UseCases(services.showRound(), services.scoreRound(), services.recordNegativeEvent(),
                services.changePreferences(), services.exportBlankChecklists(), services.exportSiteReport(),
                services.exportProblemList(), services.exportRanking(), services.exportStandardAnalysis(),
                services.exportBulletin(), services.exportSupervision(), services.exportSurveyReport());
    }
}
