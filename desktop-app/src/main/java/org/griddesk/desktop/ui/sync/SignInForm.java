package org.griddesk.desktop.ui.sync;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.griddesk.desktop.service.PlatformAddress;
import org.griddesk.desktop.service.sync.SignInException;
import org.griddesk.desktop.ui.i18n.Message;

/** The sign-in form of 同步: what the worker typed, and each field's own message when it cannot be used. */
public final class SignInForm {

    private final StringProperty platformUrl = new SimpleStringProperty(this, "platformUrl", "");
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ObjectProperty<Message> platformUrlError = new SimpleObjectProperty<>(this, "platformUrlError");
    private final ObjectProperty<Message> usernameError = new SimpleObjectProperty<>(this, "usernameError");
    private final ObjectProperty<Message> passwordError = new SimpleObjectProperty<>(this, "passwordError");

    SignInForm() {
        platformUrl.addListener((o, before, now) -> platformUrlError.set(null));
        username.addListener((o, before, now) -> usernameError.set(null));
        password.addListener((o, before, now) -> passwordError.set(null));
    }

    /** Marks each field that cannot be used; true when the form can be sent. */
    boolean complete() {
        boolean complete = true;
        if (PlatformAddress.parse(platformUrl.get()).isEmpty()) {
            platformUrlError.set(new Message("sync.signIn.error.address"));
            complete = false;
        }
        if (username.get().isBlank()) {
            usernameError.set(new Message("sync.signIn.error.username"));
            complete = false;
        }
        if (password.get().isEmpty()) {
            passwordError.set(new Message("sync.signIn.error.password"));
            complete = false;
        }
        return complete;
    }

    /** The typed password, which leaves the form as it is sent. */
    char[] takePassword() {
        char[] secret = password.get().toCharArray();
        password.set("");
        return secret;
    }

    String address() {
        return platformUrl.get().trim();
    }

    String user() {
        return username.get().trim();
    }

    /** The address the store knows fills the form only while the worker has typed none. */
    void suggestAddress(String address) {
        if (platformUrl.get().isBlank()) {
            platformUrl.set(address);
        }
    }

    void showUsername(String name) {
        username.set(name);
    }

    /** The platform's refusal, on the field the worker can change to get past it. */
    void showFailure(Throwable failure) {
        if (failure instanceof SignInException signInFailure) {
            switch (signInFailure.reason()) {
                case WRONG_CREDENTIALS -> passwordError.set(new Message("sync.signIn.error.wrongCredentials"));
                case OFFLINE -> platformUrlError.set(new Message("sync.signIn.error.offline"));
                case INVALID_INPUT -> platformUrlError.set(new Message("sync.signIn.error.address"));
                case TOO_MANY_ATTEMPTS -> passwordError.set(new Message("sync.signIn.error.tooMany"));
                case PLATFORM_ERROR -> platformUrlError.set(new Message("sync.signIn.error.platform"));
                case PRACTICE_ONLY -> platformUrlError.set(new Message("sync.signIn.error.practiceOnly"));
            }
            return;
        }
        platformUrlError.set(new Message("sync.signIn.error.platform"));
    }

    public StringProperty platformUrlProperty() {
        return platformUrl;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<Message> platformUrlErrorProperty() {
        return platformUrlError;
    }

    public ObjectProperty<Message> usernameErrorProperty() {
        return usernameError;
    }

    public ObjectProperty<Message> passwordErrorProperty() {
        return passwordError;
    }
}
