package org.griddesk.desktop.ui.passphrase;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.griddesk.desktop.service.PassphraseStrength;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;

/** A colour bar and a word (weak, fair, strong) that follow the passphrase as it is typed. */
public final class PassphraseStrengthBar extends HBox {

    private static final String[] STRENGTH_CLASSES = {"strength-weak", "strength-fair", "strength-strong"};

    public PassphraseStrengthBar(ObservableValue<PassphraseStrength> strength, Localization localization) {
        super(8);
        setId("strengthBar");
        getStyleClass().add("strength-bar");
        ProgressBar bar = new ProgressBar(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> fill(strength.getValue()), strength));
        Label word = new Label();
        word.setId("strengthLabel");
        word.setMinWidth(USE_PREF_SIZE);
        word.textProperty().bind(localization.bind(Bindings.createObjectBinding(
                () -> strength.getValue() == null ? null : new Message(key(strength.getValue())), strength)));
        strength.addListener((observable, before, now) -> restyle(now));
        restyle(strength.getValue());
        getChildren().addAll(bar, word);
    }

    private void restyle(PassphraseStrength now) {
        getStyleClass().removeAll(STRENGTH_CLASSES);
        if (now != null) {
            getStyleClass().add(STRENGTH_CLASSES[now.ordinal()]);
        }
    }

    private static double fill(PassphraseStrength strength) {
        return strength == null ? 0 : (strength.ordinal() + 1) / 3.0;
    }

    private static String key(PassphraseStrength strength) {
        return switch (strength) {
            case WEAK -> "passphrase.strength.weak";
            case FAIR -> "passphrase.strength.fair";
            case STRONG -> "passphrase.strength.strong";
        };
    }
}
