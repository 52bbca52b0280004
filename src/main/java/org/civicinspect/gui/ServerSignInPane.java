package org.civicinspect.gui;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.civicinspect.i18n.Messages;

/**
 * Asks a staff member for the password of their own login on the office's server, when their {@code .pgpass} has
 * none. The password is handed on once and cleared from the field; it is never written anywhere.
 */
final class ServerSignInPane {

    private final VBox root;
    private final PasswordField password = new PasswordField();
    private final Label why = new Label();
    private final Button signIn = new Button(Messages.get("signIn.server.button"));

    ServerSignInPane(String address, String login, String reason, Consumer<char[]> onSignIn, Runnable onQuit) {
        Label title = new Label(Messages.get("signIn.server.title", address));
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        Label who = new Label(Messages.get("signIn.server.login", login));
        why.setId("signInWhy");
        why.setWrapText(true);
        why.setMaxWidth(560);
        why.setText(reason);
        password.setId("serverPassword");
        password.setPromptText(Messages.get("signIn.server.password"));
        password.setMaxWidth(320);
        signIn.setId("serverSignIn");
        signIn.setDefaultButton(true);
        signIn.setOnAction(e -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            signIn.setDisable(true);
            onSignIn.accept(typed);
            Arrays.fill(typed, '\0');
        });
        Button quit = new Button(Messages.get("app.close"));
        quit.setCancelButton(true);
        quit.setOnAction(e -> onQuit.run());
        HBox buttons = new HBox(12, signIn, quit);
        buttons.setAlignment(Pos.CENTER);
        root = new VBox(16, title, who, password, why, buttons);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(40));
    }

    Parent root() {
        return root;
    }

    void focus() {
        password.requestFocus();
    }

    /** The server said no again: why, and the field ready for another try. */
    void refused(String reason) {
        why.setText(reason);
        signIn.setDisable(false);
        password.requestFocus();
    }
}
