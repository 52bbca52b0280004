package org.civicinspect.gui.reports;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.Views;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;

/** 报表: wires ReportsView.fxml to {@link ReportsViewModel}. */
public final class ReportsView {

    private final ReportsViewModel viewModel;
    private final Parent root;

    @FXML private ComboBox<Round> roundChoice;
    @FXML private Label summaryLabel;
    @FXML private Button blankButton;
    @FXML private Button rankingButton;
    @FXML private Button standardsButton;
    @FXML private Button problemsButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button cancelButton;

    public ReportsView(Services services, TaskExecutor executor, DialogService dialogs) {
        viewModel = new ReportsViewModel(services, executor, dialogs);
        root = Views.load(this);
        viewModel.reload();
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        roundChoice.setItems(viewModel.rounds());
        roundChoice.valueProperty().bindBidirectional(viewModel.roundProperty());
        roundChoice.setConverter(Views.converter(r -> r == null ? "" : r.name()));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        for (Button button : new Button[] {blankButton, rankingButton, standardsButton, problemsButton}) {
            button.disableProperty().bind(viewModel.roundProperty().isNull().or(viewModel.job().busyProperty()));
            button.setMaxWidth(Double.MAX_VALUE);
        }
        blankButton.setOnAction(e -> viewModel.chooseAndWrite(ReportsViewModel.Report.BLANK));
        rankingButton.setOnAction(e -> viewModel.chooseAndWrite(ReportsViewModel.Report.RANKING));
        standardsButton.setOnAction(e -> viewModel.chooseAndWrite(ReportsViewModel.Report.STANDARDS));
        problemsButton.setOnAction(e -> viewModel.chooseAndWrite(ReportsViewModel.Report.PROBLEMS));
        Views.bindJob(progressBar, statusLabel, cancelButton, viewModel.job());
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
