package org.civicinspect.gui.rectification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.Views;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.service.rectification.RaiseProblem;
import org.civicinspect.service.rectification.ShowProblemHistory;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.civicinspect.scoring.Rounding;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.civicinspect.model.ProblemReply;
import org.civicinspect.service.rectification.ListPartnerProblems;
import org.civicinspect.service.rectification.ListProblems;
import org.civicinspect.service.rectification.VerifyReply;
import org.civicinspect.service.rectification.ShowRectificationStanding;

/** 整改督办: wires RectificationView.fxml to {@link RectificationViewModel}: a column per status, cards with colour badges. */
public final class RectificationView {

    private final RectificationViewModel viewModel;
    private final Parent root;
    private final Map<ProblemStatus, ListView<ListProblems.Listed>> columns = new EnumMap<>(ProblemStatus.class);
    private boolean showingSelection;

    @FXML private ComboBox<Round> roundChoice;
    @FXML private ComboBox<String> unitChoice;
    @FXML private ComboBox<String> districtChoice;
    @FXML private ComboBox<Escalation> colourChoice;
    @FXML private ComboBox<ProblemSource> sourceChoice;
    @FXML private CheckBox overdueCheck;
    @FXML private Label summaryLabel;
    @FXML private HBox board;
    @FXML private Label detailHeading;
    @FXML private Label detailText;
    @FXML private FlowPane photoPane;
    @FXML private ListView<ShowProblemHistory.Entry> historyList;
    @FXML private TextField noteField;
    @FXML private Button startButton;
    @FXML private Button submitButton;
    @FXML private Button closeButton;
    @FXML private Button failButton;
    @FXML private Button evidenceButton;
    @FXML private Label evidenceLabel;
    @FXML private DatePicker deadlinePicker;
    @FXML private TextField reasonField;
    @FXML private Button deadlineButton;
    @FXML private ListView<ShowRectificationStanding.UnitStanding> rateList;
    @FXML private Label partnerLabel;
    @FXML private ComboBox<ListPartnerProblems.By> partnerKindChoice;
    @FXML private ComboBox<String> partnerChoice;
    @FXML private TabPane rateTabs;
    @FXML private ScrollPane detailPane;
    @FXML private Tab partnerTab;
    @FXML private ListView<ShowRectificationStanding.UnitStanding> partnerRateList;
    @FXML private Label partnerListsLabel;
    @FXML private Label placardLabel;
    @FXML private Label pendingLabel;
    @FXML private VBox replyBox;
    @FXML private Label replyText;
    @FXML private Button recheckButton;
    @FXML private Label noRecheckLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button cancelButton;

    /** The screen on the workspace's use cases: its ViewModel is handed those it calls. */
    public RectificationView(Services services, TaskExecutor executor, DialogService dialogs, WorkspaceEvents events) {
        viewModel = new RectificationViewModel(useCases(services), executor, dialogs, events);
        root = Views.load(this);
        events.listen(viewModel, root, viewModel::reload);
        viewModel.reload();
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        bindFilter(roundChoice, viewModel.rounds(), viewModel.roundProperty(), Round::name, "rectification.allRounds");
        bindFilter(unitChoice, viewModel.units(), viewModel.unitProperty(), u -> u, "rectification.allUnits");
        bindFilter(districtChoice, viewModel.districts(), viewModel.districtProperty(), d -> d, "rectification.allDistricts");
        bindFilter(colourChoice, FXCollections.observableArrayList(Escalation.RED, Escalation.YELLOW, Escalation.WHITE), viewModel.colourProperty(),
                e -> Messages.get("escalation." + e.name()), "rectification.allColours");
        bindFilter(sourceChoice, FXCollections.observableArrayList(ProblemSource.values()), viewModel.sourceProperty(),
                s -> Messages.get("problem.source." + s.name()), "rectification.allSources");
        overdueCheck.selectedProperty().bindBidirectional(viewModel.overdueOnlyProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        placardLabel.textProperty().bind(viewModel.placardProperty());
        for (ProblemStatus status : ProblemStatus.values()) {
            board.getChildren().add(column(status));
        }
        historyList.setItems(viewModel.history());
        historyList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ShowProblemHistory.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setWrapText(true);
                setText(empty || e == null ? null : Views.time(e.step().at()) + "  " + e.step().actor() + "  " + e.what()
                        + (e.deadline().isEmpty() ? "" : "  " + e.deadline()) + (e.note().isBlank() ? "" : "\n" + e.note())
                        + (e.step().photos().isEmpty() ? "" : "  " + Messages.get("review.photos", e.step().photos().size())));
            }
        });
        rateList.setItems(viewModel.rates());
        rateList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ShowRectificationStanding.UnitStanding r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : Messages.get("rectification.rate", r.unit().isEmpty() ? Messages.get("rectification.noUnit") : r.unit(),
                        r.fixed(), r.due(), Rounding.percent(r.rate()).toPlainString(), r.overdue(), r.red()));
            }
        });
        bindPartners();
        viewModel.chosen().addListener((ListChangeListener<ListProblems.Listed>) change -> {
            showChosen();
            showSelection();
        });
        ListChangeListener<String> photos = change -> showPhotos();
        viewModel.photosBefore().addListener(photos);
        viewModel.photosAfter().addListener(photos);
        evidenceLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.evidence().isEmpty() ? ""
                : Messages.get("rectification.evidenceAdded", viewModel.evidence().size()), viewModel.evidence()));
        startButton.disableProperty().bind(viewModel.allowed(RectificationViewModel.Step.START).not());
        submitButton.disableProperty().bind(viewModel.allowed(RectificationViewModel.Step.SUBMIT).not());
        closeButton.disableProperty().bind(viewModel.allowed(RectificationViewModel.Step.CLOSE).not());
        failButton.disableProperty().bind(viewModel.allowed(RectificationViewModel.Step.FAIL).not());
        evidenceButton.disableProperty().bind(Bindings.isEmpty(viewModel.chosen()));
        deadlineButton.disableProperty().bind(Bindings.size(viewModel.chosen()).isNotEqualTo(1).or(deadlinePicker.valueProperty().isNull())
                .or(reasonField.textProperty().isEmpty()));
        Views.bindJob(progressBar, statusLabel, cancelButton, viewModel.job());
        pendingLabel.textProperty().bind(viewModel.pendingCountProperty());
        replyBox.visibleProperty().bind(viewModel.pendingReplyProperty().isNotNull());
        replyBox.managedProperty().bind(replyBox.visibleProperty());
        recheckButton.disableProperty().bind(viewModel.recheckOffered().not());
        noRecheckLabel.visibleProperty().bind(viewModel.pendingReplyProperty().isNotNull().and(viewModel.recheckOffered().not()));
        noRecheckLabel.managedProperty().bind(noRecheckLabel.visibleProperty());
        replyText.textProperty().bind(Bindings.createStringBinding(() -> describe(viewModel.pendingReplyProperty().get()),
                viewModel.pendingReplyProperty()));
        board.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), this::confirmReply);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        this::confirmReplyForRecheck);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::returnReply);
            }
        });
        showChosen();
    }

    /**
     * 包联: the kind (包联单位 or 包联领导) and the one whose problems alone the board shows; beside the units' 整改率, the
     * 包联 ranking of that kind, best first, marked 红榜 or 黑榜. Choosing a 包联 shows its place in the ranking; Enter or a
     * double click on the ranking chooses that one.
     */
    private void bindPartners() {
        partnerLabel.setLabelFor(partnerKindChoice);
        partnerKindChoice.setItems(FXCollections.observableArrayList(ListPartnerProblems.By.UNIT, ListPartnerProblems.By.LEADER));
        partnerKindChoice.setConverter(Views.converter(RectificationView::kindName));
        partnerKindChoice.valueProperty().bindBidirectional(viewModel.partnerKindProperty());
        bindFilter(partnerChoice, viewModel.partners(), viewModel.partnerProperty(), p -> p, "rectification.partner.all");
        partnerTab.textProperty().bind(Bindings.createStringBinding(() -> kindName(viewModel.partnerKindProperty().get()),
                viewModel.partnerKindProperty()));
        partnerRateList.setItems(viewModel.partnerRates());
        partnerRateList.setPlaceholder(new Label(Messages.get("rectification.partner.noRanking")));
        partnerRateList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ShowRectificationStanding.UnitStanding r, boolean empty) {
                super.updateItem(r, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || r == null ? null : Messages.get("rectification.partner.rate", getIndex() + 1, r.unit(), r.fixed(), r.due(),
                        Rounding.percent(r.rate()).toPlainString(), r.overdue(), r.red()));
            }
        });
        partnerListsLabel.textProperty().bind(viewModel.partnerListsProperty());
        partnerRateList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                choosePartnerFromRanking();
            }
        });
        partnerRateList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choosePartnerFromRanking();
            }
        });
        viewModel.partnerProperty().addListener((o, before, chosen) -> showInRanking(chosen));
        viewModel.partnerRates().addListener((ListChangeListener<ShowRectificationStanding.UnitStanding>) change ->
                showInRanking(viewModel.partnerProperty().get()));
    }

    private static String kindName(ListPartnerProblems.By kind) {
        return kind == null ? "" : Messages.get(kind == ListPartnerProblems.By.LEADER ? "cli.problems.baolian.leaderKind" : "cli.problems.baolian.unitKind");
    }

    private void choosePartnerFromRanking() {
        ShowRectificationStanding.UnitStanding r = partnerRateList.getSelectionModel().getSelectedItem();
        if (r != null) {
            viewModel.partnerProperty().set(r.unit());
        }
    }

    /** The 包联 chosen, brought into view in its ranking; nothing when none is. */
    private void showInRanking(String partner) {
        if (partner == null) {
            return;
        }
        rateTabs.getSelectionModel().select(partnerTab);
        detailPane.setVvalue(detailPane.getVmax());
        viewModel.partnerRates().stream().filter(r -> r.unit().equals(partner)).findFirst().ifPresent(r -> {
            partnerRateList.getSelectionModel().select(r);
            partnerRateList.scrollTo(r);
        });
    }

    /** A unit's reply as the detail pane shows it: who claimed it, their phone, the measures, the day done and the photos. */
    private static String describe(ProblemReply reply) {
        return reply == null ? "" : Messages.get("rectification.reply", reply.unit(), reply.claimant(), reply.phone(), reply.measures(),
                reply.completedOn() == null ? "—" : reply.completedOn().toString(), reply.photos().size());
    }

    @FXML
    private void dispatch() {
        viewModel.dispatch();
    }

    @FXML
    private void takeReplies() {
        viewModel.takeReplies();
    }

    @FXML
    private void confirmReply() {
        viewModel.verify(VerifyReply.Decision.CLOSE, null);
    }

    @FXML
    private void confirmReplyForRecheck() {
        viewModel.verify(VerifyReply.Decision.RECHECK, null);
    }

    @FXML
    private void returnReply() {
        if (viewModel.pendingReplyProperty().get() != null) {
            viewModel.askReturnReason().ifPresent(reason -> viewModel.verify(VerifyReply.Decision.RETURN, reason));
        }
    }

    /** A filter chooser: its first choice (shown as {@code allKey}) is no filter. */
    private static <T> void bindFilter(ComboBox<T> box, ObservableList<T> items, Property<T> value, Function<T, String> text, String allKey) {
        ObservableList<T> withAll = FXCollections.observableArrayList();
        Runnable copy = () -> {
            T kept = box.getValue();
            List<T> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(items);
            withAll.setAll(choices);
            box.setValue(kept);
        };
        copy.run();
        items.addListener((ListChangeListener<T>) change -> copy.run());
        box.setItems(withAll);
        box.valueProperty().bindBidirectional(value);
        box.setConverter(Views.converter(v -> v == null ? Messages.get(allKey) : text.apply(v)));
    }

    private VBox column(ProblemStatus status) {
        ListView<ListProblems.Listed> list = new ListView<>(viewModel.column(status));
        list.setId("column-" + status.name());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new ProblemCard());
        list.setPlaceholder(new Label(Messages.get("rectification.empty")));
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ListProblems.Listed>) change -> {
            if (!showingSelection) {
                viewModel.chosen().setAll(new ArrayList<>(list.getSelectionModel().getSelectedItems()));
            }
        });
        columns.put(status, list);
        Label heading = new Label();
        heading.getStyleClass().add("card-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("rectification.column",
                Messages.get("problem.status." + status.name()), viewModel.column(status).size()), viewModel.column(status)));
        VBox box = new VBox(4, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(200);
        return box;
    }

    /**
     * Selects on the board exactly the problems the view model has chosen, which are those a step acts on: after a
     * refresh, a step or a click in another column, the highlighted cards and the chosen problems stay the same.
     */
    private void showSelection() {
        showingSelection = true;
        try {
            columns.forEach((status, list) -> {
                List<ListProblems.Listed> wanted = list.getItems().stream().filter(viewModel.chosen()::contains).toList();
                if (!new HashSet<>(list.getSelectionModel().getSelectedItems()).equals(new HashSet<>(wanted))) {
                    list.getSelectionModel().clearSelection();
                    wanted.forEach(list.getSelectionModel()::select);
                }
            });
        } finally {
            showingSelection = false;
        }
    }

    private void showChosen() {
        List<ListProblems.Listed> chosen = viewModel.chosen();
        if (chosen.isEmpty()) {
            detailHeading.setText(Messages.get("rectification.nothingChosen"));
            detailText.setText("");
            return;
        }
        if (chosen.size() > 1) {
            detailHeading.setText(Messages.get("rectification.manyChosen", chosen.size()));
            detailText.setText("");
            return;
        }
        ListProblems.Listed l = chosen.get(0);
        String source = Messages.get("problem.source." + l.problem().source().name());
        detailHeading.setText(String.join("　", l.place().name(), l.problem().standardCode() == null ? source : l.problem().standardCode(),
                Messages.get("problem.status." + l.problem().status().name())));
        String what = l.problem().origin().description() == null ? l.standardText()
                : (source + "：" + l.problem().origin().description() + "\n" + l.standardText()).strip();
        detailText.setText(what + "\n" + Messages.get("rectification.detail", l.place().unit(), l.place().district(),
                l.problem().deadline(), l.problem().reopened()) + (l.problem().recurred() ? "　" + Messages.get("problem.recurred") : ""));
        deadlinePicker.setValue(l.problem().deadline());
    }

    /** The photo before the fix and those after it, small, each under its caption. */
    private void showPhotos() {
        photoPane.getChildren().clear();
        for (var group : List.of(Map.entry("rectification.before", viewModel.photosBefore()), Map.entry("rectification.after", viewModel.photosAfter()))) {
            for (String sha : group.getValue()) {
                ImageView view = new ImageView();
                viewModel.photo(sha, file -> view.setImage(new Image(file.toUri().toString(), 96, 72, true, true, true)));
                Label caption = new Label(Messages.get(group.getKey()));
                caption.getStyleClass().add("hint");
                photoPane.getChildren().add(new VBox(2, view, caption));
            }
        }
    }

    /** 登记问题: a problem from another source, at a site or an address, asked for in a dialog. */
    @FXML
    private void raiseByHand() {
        ComboBox<ProblemSource> source = new ComboBox<>(FXCollections.observableArrayList(
                java.util.Arrays.stream(ProblemSource.values()).filter(s -> s != ProblemSource.INSPECTION).toList()));
        source.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ProblemSource s) {
                return s == null ? "" : Messages.get("problem.source." + s.name());
            }

            @Override
            public ProblemSource fromString(String text) {
                return null;
            }
        });
        source.getSelectionModel().selectFirst();
        TextField site = new TextField();
        TextField address = new TextField();
        TextField district = new TextField();
        TextField street = new TextField();
        TextField standard = new TextField();
        TextField unit = new TextField();
        DatePicker deadline = new DatePicker();
        TextArea description = new TextArea();
        description.setPrefRowCount(3);
        description.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        List<java.nio.file.Path> photos = new ArrayList<>();
        Label photosChosen = new Label();
        Button addPhoto = new Button(Messages.get("rectification.raise.addPhoto"));
        addPhoto.setOnAction(e -> viewModel.choosePhotoToRaise().ifPresent(file -> {
            photos.add(file);
            photosChosen.setText(Messages.get("rectification.raise.photos", photos.size()));
        }));
        String[] labels = {"source", "site", "address", "district", "street", "standard", "unit", "deadline", "description", "photo"};
        javafx.scene.Node[] fields = {source, site, address, district, street, standard, unit, deadline, description, new HBox(8, addPhoto, photosChosen)};
        for (int i = 0; i < labels.length; i++) {
            form.addRow(i, new Label(Messages.get("rectification.raise." + labels[i])), fields[i]);
        }
        Dialog<RaiseProblem.Request> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("rectification.raise.title"));
        dialog.initOwner(board.getScene() == null ? null : board.getScene().getWindow());
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button != ButtonType.OK ? null : new RaiseProblem.Request(source.getValue(), site.getText(),
                address.getText(), district.getText(), street.getText(), standard.getText(), description.getText(), unit.getText(), deadline.getValue()));
        dialog.showAndWait().ifPresent(request -> viewModel.raise(request, List.copyOf(photos)));
    }

    @FXML
    private void start() {
        viewModel.take(RectificationViewModel.Step.START, noteField.getText());
        noteField.clear();
    }

    @FXML
    private void submit() {
        viewModel.take(RectificationViewModel.Step.SUBMIT, noteField.getText());
        noteField.clear();
    }

    @FXML
    private void closeProblems() {
        viewModel.take(RectificationViewModel.Step.CLOSE, noteField.getText());
        noteField.clear();
    }

    @FXML
    private void fail() {
        viewModel.take(RectificationViewModel.Step.FAIL, noteField.getText());
        noteField.clear();
    }

    @FXML
    private void addEvidence() {
        viewModel.addEvidence();
    }

    @FXML
    private void changeDeadline() {
        viewModel.changeDeadline(deadlinePicker.getValue(), reasonField.getText());
        reasonField.clear();
    }

    @FXML
    private void cancel() {
        viewModel.job().cancel();
    }

    /** A problem as a card: its colour badge, site and unit, standard, deadline and what is late or repeated. */
    private static final class ProblemCard extends ListCell<ListProblems.Listed> {
        private static final java.time.format.DateTimeFormatter SHORT_DATE = java.time.format.DateTimeFormatter.ofPattern("M/d");

        @Override
        protected void updateItem(ListProblems.Listed l, boolean empty) {
            super.updateItem(l, empty);
            if (empty || l == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label badge = new Label(Messages.get("escalation." + l.escalation().name()));
            badge.getStyleClass().addAll("badge", "badge-" + l.escalation().name().toLowerCase(java.util.Locale.ROOT));
            badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label site = wrapping(l.place().name());
            site.getStyleClass().add("card-title");
            site.setMinWidth(0);
            HBox.setHgrow(site, javafx.scene.layout.Priority.ALWAYS);
            HBox top = new HBox(6, badge, site);
            top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            String marks = String.join("　", java.util.stream.Stream.of(l.problem().recurred() ? Messages.get("problem.recurred") : "",
                    l.problem().reopened() > 0 ? Messages.get("rectification.reopened", l.problem().reopened()) : "").filter(m -> !m.isEmpty()).toList());
            Label line = wrapping(Messages.get("problem.source." + l.problem().source().name())
                    + (l.problem().standardCode() == null ? "" : "　" + l.problem().standardCode())
                    + "　" + Messages.get("rectification.due", SHORT_DATE.format(l.problem().deadline())));
            Label unit = wrapping(l.place().unit() + (l.overdueDays() > 0 ? "　" + Messages.get("cli.problems.overdueDays",
                    l.overdueDays()) : ""));
            unit.getStyleClass().add("hint");
            // Lines wrap within the column rather than run out of it, however narrow the window or long the English.
            VBox card = new VBox(1, top, line);
            if (!marks.isEmpty()) {
                card.getChildren().add(wrapping(marks));
            }
            card.getChildren().add(unit);
            card.setMinWidth(0);
            card.setPrefWidth(0);
            setText(null);
            setGraphic(card);
        }
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** The use cases this screen's view model calls, taken from the workspace's services. */
    static RectificationViewModel.UseCases useCases(Services services) {
        return new RectificationViewModel.UseCases(services.showRound(), services.listProblems(), services.updateProblem(),
                services.showBlackPlacard(), services.showProblemHistory(), services.addPhoto(), services.showRectificationStanding(),
                services.raiseProblem(), services.dispatchProblems(), services.importReplyWorkbook(), services.listPendingReplies(),
                services.verifyReply(), services.listPartnerProblems(), services.rankPartnerRectification(), services.changePreferences());
    }
}
