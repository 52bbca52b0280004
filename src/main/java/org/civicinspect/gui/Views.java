package org.civicinspect.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.util.StringConverter;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Round;

/** What every screen's view does the same way: load its FXML, show job progress, name choices. */
public final class Views {

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(java.time.ZoneId.systemDefault());

    private Views() {
    }

    /** A moment as the screens show it, in this computer's time zone. */
    public static String time(java.time.Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** Loads {@code <ViewClass>.fxml} beside the controller, with the user's bundle. */
    public static Parent load(Object controller) {
        Class<?> type = controller.getClass();
        FXMLLoader loader = new FXMLLoader(type.getResource(type.getSimpleName() + ".fxml"), Messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A status bar's progress bar and cancel button show only while a job runs. */
    public static void bindJob(ProgressBar bar, Label status, Button cancel, JobState job) {
        bar.progressProperty().bind(job.progressProperty());
        bar.visibleProperty().bind(job.busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        cancel.visibleProperty().bind(job.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        status.textProperty().bind(job.statusProperty());
    }

    /** A round chooser showing round names, kept in step with a view model's rounds and chosen round. */
    public static void bindRoundChoice(ComboBox<Round> choice, ObservableList<Round> rounds, Property<Round> chosen) {
        choice.setItems(rounds);
        choice.valueProperty().bindBidirectional(chosen);
        choice.setConverter(converter(r -> r == null ? "" : r.name()));
    }

    /** A one-way converter for choice boxes whose items are never typed in. */
    public static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        };
    }
}
