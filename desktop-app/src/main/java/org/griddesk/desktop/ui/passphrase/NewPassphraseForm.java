package org.griddesk.desktop.ui.passphrase;

import java.util.Arrays;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.griddesk.desktop.service.PassphraseStrength;
import org.griddesk.desktop.ui.i18n.Message;

/**
 * A new passphrase typed twice, as on first start and when changing it: live strength, and the refusal of a
 * weak or mismatching one with a message on the field that is wrong.
 */
public final class NewPassphraseForm {

    private final PassphraseAssessor assessor;
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final ReadOnlyObjectWrapper<PassphraseStrength> strength = new ReadOnlyObjectWrapper<>(this, "strength");
    private final ObjectProperty<Message> passphraseError = new SimpleObjectProperty<>(this, "passphraseError");
    private final ObjectProperty<Message> repeatError = new SimpleObjectProperty<>(this, "repeatError");

    public NewPassphraseForm(PassphraseAssessor assessor) {
        this.assessor = assessor;
        passphrase.addListener((observable, before, now) -> {
            strength.set(now == null || now.isEmpty() ? null : rate(now));
            passphraseError.set(null);
        });
        repeat.addListener((observable, before, now) -> repeatError.set(null));
    }

    /** Checks both fields, sets the field messages and tells whether the passphrase may be used. */
    public boolean validate() {
        String typed = passphrase.get();
        if (typed.isEmpty()) {
            passphraseError.set(new Message("passphrase.error.empty"));
        } else if (rate(typed) == PassphraseStrength.WEAK) {
            passphraseError.set(new Message("passphrase.error.weak"));
        } else {
            passphraseError.set(null);
        }
        repeatError.set(passphraseError.get() == null && !typed.equals(repeat.get())
                ? new Message("passphrase.error.mismatch") : null);
        return passphraseError.get() == null && repeatError.get() == null;
    }

    public void showWeakRefusal() {
        passphraseError.set(new Message("passphrase.error.weak"));
    }

    /** A fresh copy for the service, which wipes it; the form is cleared so the text leaves the scene. */
    public char[] takePassphrase() {
        char[] copy = passphrase.get().toCharArray();
        clear();
        return copy;
    }

    public void clear() {
        passphrase.set("");
        repeat.set("");
    }

    public BooleanBinding filledIn() {
        return Bindings.createBooleanBinding(() -> !passphrase.get().isEmpty() && !repeat.get().isEmpty(),
                passphrase, repeat);
    }

    private PassphraseStrength rate(String typed) {
        char[] chars = typed.toCharArray();
        try {
            return assessor.assess(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyObjectProperty<PassphraseStrength> strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    public ObjectProperty<Message> passphraseErrorProperty() {
        return passphraseError;
    }

    public ObjectProperty<Message> repeatErrorProperty() {
        return repeatError;
    }
}
