package org.civicinspect.gui.indicators;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.Views;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Category;
import org.civicinspect.model.Indicator;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;

/** 指标体系: wires the controls of IndicatorsView.fxml to {@link IndicatorsViewModel}. */
public final class IndicatorsView {

    /** Trees up to this many standards open fully; larger ones open to the 测评项目 level until searched. */
    private static final int EXPAND_ALL_LIMIT = 300;
    private static final PseudoClass BRANCH = PseudoClass.getPseudoClass("branch");

    private final IndicatorsViewModel viewModel;
    private final Parent root;

    @FXML private ComboBox<IndicatorSet> setChoice;
    @FXML private TextField searchField;
    @FXML private ComboBox<String> siteTypeChoice;
    @FXML private Button importButton;
    @FXML private Button exportButton;
    @FXML private Label summaryLabel;
    @FXML private TreeTableView<IndicatorNode> tree;
    @FXML private TreeTableColumn<IndicatorNode, String> codeColumn;
    @FXML private TreeTableColumn<IndicatorNode, String> textColumn;
    @FXML private TreeTableColumn<IndicatorNode, String> pointsColumn;
    @FXML private TreeTableColumn<IndicatorNode, String> scoringColumn;
    @FXML private VBox details;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button cancelButton;

    /** The screen on the workspace's use cases: its ViewModel is handed those it calls. */
    public IndicatorsView(Services services, TaskExecutor executor, DialogService dialogs) {
        this.viewModel = new IndicatorsViewModel(services.listIndicatorSets(), services.loadIndicatorSet(), services.importIndicatorWorkbook(),
                services.exportIndicatorWorkbook(), executor, dialogs);
        root = Views.load(this);
        installShortcuts();
        viewModel.refresh(null);
    }

    /** Ctrl+F searches, Ctrl+O imports, Esc in the search field clears it. */
    private void installShortcuts() {
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), searchField::requestFocus);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::importWorkbook);
            }
        });
    }

    public Parent root() {
        return root;
    }

    IndicatorsViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        setChoice.setItems(viewModel.sets());
        setChoice.valueProperty().bindBidirectional(viewModel.selectedSetProperty());
        setChoice.setConverter(Views.converter(set -> set == null ? "" : Messages.get("indicators.setLabel", set.label())));
        Tooltip setTooltip = new Tooltip();
        setChoice.setTooltip(setTooltip);
        setTooltip.textProperty().bind(Bindings.createStringBinding(() -> {
            IndicatorSet set = viewModel.selectedSetProperty().get();
            return set == null ? "" : Messages.get("indicators.setTooltip", set.source().fileName(), set.importedAt().toString(),
                    set.source().sha256());
        }, viewModel.selectedSetProperty()));
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        siteTypeChoice.setItems(viewModel.siteTypes());
        siteTypeChoice.valueProperty().bindBidirectional(viewModel.siteTypeProperty());
        siteTypeChoice.setConverter(Views.converter(type -> type == null || type.isEmpty() ? Messages.get("indicators.allSiteTypes") : type));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        exportButton.disableProperty().bind(viewModel.selectedSetProperty().isNull().or(viewModel.busyProperty()));
        importButton.disableProperty().bind(viewModel.busyProperty());

        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().code()));
        textColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().text()));
        pointsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().points().toPlainString()));
        scoringColumn.setCellValueFactory(c -> {
            IndicatorNode node = c.getValue().getValue();
            return new ReadOnlyStringWrapper(node.isStandard() ? Messages.scoring(node.standard().scoring()) : "");
        });
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        tree.setRowFactory(table -> new TreeTableRow<>() {
            @Override
            protected void updateItem(IndicatorNode node, boolean empty) {
                super.updateItem(node, empty);
                pseudoClassStateChanged(BRANCH, !empty && node != null && !node.isStandard());
            }
        });
        tree.setPlaceholder(new Label(Messages.get("indicators.empty")));
        viewModel.shownTreeProperty().addListener((obs, old, shown) -> showTree(shown));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> showDetails(item == null ? null : item.getValue()));
        showDetails(null);

        Views.bindJob(progressBar, statusLabel, cancelButton, viewModel.job());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
            }
        });

    }

    @FXML
    private void importWorkbook() {
        viewModel.chooseAndImport();
    }

    @FXML
    private void exportWorkbook() {
        viewModel.chooseAndExport();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    private void showTree(IndicatorTree shown) {
        TreeItem<IndicatorNode> top = new TreeItem<>();
        if (shown != null) {
            boolean expandAll = viewModel.narrowed() || shown.standardCount() <= EXPAND_ALL_LIMIT;
            for (Category category : shown.categories()) {
                TreeItem<IndicatorNode> categoryItem = new TreeItem<>(IndicatorNode.of(category));
                categoryItem.setExpanded(true);
                for (Indicator indicator : category.indicators()) {
                    TreeItem<IndicatorNode> indicatorItem = new TreeItem<>(IndicatorNode.of(category, indicator));
                    indicatorItem.setExpanded(expandAll);
                    for (Standard standard : indicator.standards()) {
                        indicatorItem.getChildren().add(new TreeItem<>(IndicatorNode.of(category, indicator, standard)));
                    }
                    categoryItem.getChildren().add(indicatorItem);
                }
                top.getChildren().add(categoryItem);
            }
        }
        tree.setRoot(top);
    }

    private void showDetails(IndicatorNode node) {
        details.getChildren().clear();
        if (node == null) {
            Label hint = new Label(Messages.get("indicators.details.hint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("hint");
            details.getChildren().add(hint);
            return;
        }
        Label heading = new Label(node.code() + "  " + node.text());
        heading.setWrapText(true);
        heading.getStyleClass().add("details-heading");
        heading.setId("detailsHeading");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.getStyleClass().add("details-grid");
        int row = 0;
        row = field(grid, row, "details.category", node.category().code() + " " + node.category().name());
        if (node.indicator() != null) {
            row = field(grid, row, "details.indicator", node.indicator().code() + " " + node.indicator().name());
        }
        if (node.isStandard()) {
            Standard s = node.standard();
            row = field(grid, row, "details.methods", String.join("、", s.methods()));
            row = field(grid, row, "details.points", s.points().toPlainString() + Messages.get("unit.points"));
            row = field(grid, row, "details.scoring", Messages.scoring(s.scoring()));
            row = field(grid, row, "details.negativeList", Messages.get(s.negativeList() ? "label.yes" : "label.no"));
            row = field(grid, row, "details.rule", s.observationRule().isEmpty() ? "—" : s.observationRule());
            Label typesLabel = new Label(Messages.get("details.siteTypes"));
            typesLabel.getStyleClass().add("field-label");
            grid.add(typesLabel, 0, row);
            grid.add(siteTypeChips(s.siteTypes()), 1, row);
        } else {
            row = field(grid, row, "details.standardCount", String.valueOf(node.standardCount()));
            field(grid, row, "details.points", node.points().toPlainString() + Messages.get("unit.points"));
        }
        details.getChildren().addAll(heading, grid);
    }

    private static Node siteTypeChips(List<String> types) {
        FlowPane chips = new FlowPane(6, 6);
        if (types.isEmpty()) {
            chips.getChildren().add(new Label(Messages.get("label.cityLevel")));
        }
        for (String type : types) {
            Label chip = new Label(type);
            chip.getStyleClass().add("chip");
            chips.getChildren().add(chip);
        }
        return chips;
    }

    private static int field(GridPane grid, int row, String key, String value) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("field-label");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        grid.add(label, 0, row);
        grid.add(text, 1, row);
        return row + 1;
    }
}
