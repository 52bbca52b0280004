package org.civicinspect.gui.rectification;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.UnitPackageActions;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.UnitProblem;
import org.civicinspect.service.Services;

/**
 * 整改督办 in a unit's workspace: a table of the problems dispatched to the unit (number, colour, status, source,
 * place, standard, description, deadline, how many photos came with it, the unit's reply so far), the chosen problem's
 * photos taken when it was found (整改前照片), and 回复… (Ctrl+R, or a double click) opening the reply dialog, and 写出回复包… writing the unit's reply package. None of the office's steps (推进, 核查, 派单) is offered.
 */
public final class UnitProblemsView {

    private final UnitProblemsViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TableView<UnitProblem> table = new TableView<>();
    private final FlowPane photosBefore = new FlowPane(8, 6);
    private final UnitPackageActions unitPackages;

    public UnitProblemsView(Services services, TaskExecutor executor, DialogService dialogs, WorkspaceEvents events) {
        viewModel = new UnitProblemsViewModel(services.listDispatchedProblems(), services.answerDispatchedProblem(), services.addPhoto(), executor,
                dialogs);
        unitPackages = new UnitPackageActions(UnitPackageActions.useCases(services), viewModel.job(), dialogs, () -> events.changed(this));
        build();
        events.listen(viewModel, root, viewModel::reload);
        viewModel.reload();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        Label heading = new Label(Messages.get("unitProblems.heading"));
        heading.getStyleClass().add("heading");
        table.setItems(viewModel.problems());
        table.setPlaceholder(new Label(Messages.get("unitProblems.none")));
        table.getColumns().add(column("number", UnitProblem::number, 90));
        table.getColumns().add(column("colour", p -> Messages.get("escalation." + p.escalation().name()), 50));
        table.getColumns().add(column("status", p -> Messages.get("problem.status." + p.status().name()), 70));
        table.getColumns().add(column("source", UnitProblem::source, 70));
        table.getColumns().add(column("place", UnitProblem::place, 120));
        table.getColumns().add(column("standard", UnitProblem::standard, 100));
        table.getColumns().add(column("description", p -> p.description()
                + (p.returnReason().isEmpty() ? "" : "\n" + Messages.get("cli.problems.returned", p.returnReason())), 220));
        table.getColumns().add(column("deadline", p -> p.deadline().toString(), 90));
        table.getColumns().add(column("photosBefore", p -> p.photosBefore().isEmpty() ? "" : String.valueOf(p.photosBefore().size()), 80));
        table.getColumns().add(column("reply", p -> p.answer() == null ? Messages.get("cli.problems.unanswered")
                : Messages.get("unitProblems.replied", p.answer().claimant(), p.answer().completedOn(), p.answer().photosAfter().size()), 300));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                reply();
            }
        });
        Button replyButton = new Button(Messages.get("unitProblems.reply"));
        replyButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        replyButton.setOnAction(e -> reply());
        Label status = new Label();
        status.textProperty().bind(viewModel.job().statusProperty());
        Label hint = new Label(Messages.get("unitProblems.hint"));
        Button writeReplyButton = new Button(Messages.get("unitProblems.writeReply"));
        writeReplyButton.setOnAction(e -> unitPackages.writeReply());
        HBox actions = new HBox(12, replyButton, writeReplyButton, status);
        Label beforeHeading = new Label(Messages.get("unitProblems.before"));
        beforeHeading.getStyleClass().add("card-title");
        table.getSelectionModel().selectedItemProperty().addListener((o, was, chosen) -> showPhotosBefore(chosen));
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        root.setTop(heading);
        root.setCenter(table);
        root.setBottom(new VBox(6, beforeHeading, photosBefore, actions, hint));
        showPhotosBefore(null);
        table.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::reply);
            }
        });
    }

    /**
     * The photos taken when the chosen problem was found, small; each is a button (Enter or a click) that opens it at
     * full size.
     */
    private void showPhotosBefore(UnitProblem problem) {
        photosBefore.getChildren().clear();
        if (problem == null || problem.photosBefore().isEmpty()) {
            Label none = new Label(Messages.get(problem == null ? "unitProblems.before.choose" : "unitProblems.before.none"));
            none.getStyleClass().add("hint");
            photosBefore.getChildren().add(none);
            return;
        }
        for (int i = 0; i < problem.photosBefore().size(); i++) {
            String sha = problem.photosBefore().get(i);
            ImageView view = new ImageView();
            Button open = new Button(Messages.get("unitProblems.before.photo", i + 1), view);
            open.setContentDisplay(ContentDisplay.TOP);
            open.setOnAction(e -> viewModel.openPhoto(sha));
            viewModel.photo(sha, file -> view.setImage(new Image(file.toUri().toString(), 160, 120, true, true, true)));
            photosBefore.getChildren().add(open);
        }
    }

    private static TableColumn<UnitProblem, String> column(String key, Function<UnitProblem, String> text, double width) {
        TableColumn<UnitProblem, String> column = new TableColumn<>(Messages.get("unitProblems.column." + key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** The reply dialog for the chosen problem: 认领人, 电话, 整改措施, 完成日期 and the photos after; Enter records it, Esc closes. */
    private void reply() {
        UnitProblem problem = table.getSelectionModel().getSelectedItem();
        if (problem == null || table.getScene() == null) {
            return;
        }
        UnitProblem.Answer earlier = problem.answer();
        TextField claimant = new TextField(earlier == null ? "" : earlier.claimant());
        TextField phone = new TextField(earlier == null ? "" : earlier.phone());
        TextArea measures = new TextArea(earlier == null ? "" : earlier.measures());
        measures.setPrefRowCount(3);
        measures.setWrapText(true);
        DatePicker doneOn = new DatePicker(earlier == null ? null : earlier.completedOn());
        List<Path> photos = new ArrayList<>();
        Label chosen = new Label(Messages.get("unitProblems.photos", 0));
        Button addPhoto = new Button(Messages.get("unitProblems.addPhoto"));
        addPhoto.setOnAction(e -> viewModel.choosePhoto().ifPresent(file -> {
            photos.add(file);
            chosen.setText(Messages.get("unitProblems.photos", photos.size()));
        }));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        Label what = new Label(problem.number() + "  " + problem.description()
                + (problem.returnReason().isEmpty() ? "" : "\n" + Messages.get("cli.problems.returned", problem.returnReason())));
        what.setWrapText(true);
        form.addRow(0, new Label(Messages.get("unitProblems.column.description")), what);
        String[] labels = {"claimant", "phone", "measures", "doneOn", "photo"};
        javafx.scene.Node[] fields = {claimant, phone, measures, doneOn, new HBox(8, addPhoto, chosen)};
        for (int i = 0; i < labels.length; i++) {
            Label label = new Label(Messages.get("unitProblems.field." + labels[i]));
            label.setMnemonicParsing(true);
            label.setLabelFor(fields[i]);
            form.addRow(i + 1, label, fields[i]);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("unitProblems.dialogTitle", problem.number()));
        dialog.initOwner(table.getScene().getWindow());
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(e -> claimant.requestFocus());
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> viewModel.reply(problem, claimant.getText(), phone.getText(),
                measures.getText(), doneOn.getValue() == null ? doneOn.getEditor().getText() : doneOn.getValue().toString(), List.copyOf(photos)));
    }
}
