package org.griddesk.desktop.ui.sync;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;

/** Localises messages whose arguments are messages themselves (a counter line inside a log entry, a role name). */
final class MessageText {

    private MessageText() {
    }

    static String of(Localization localization, Message message) {
        if (message == null) {
            return "";
        }
        Object[] args = message.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Message nested) {
                args[i] = of(localization, nested);
            }
        }
        return localization.lang(message.key(), args);
    }

    static StringBinding bind(Localization localization, ObservableValue<Message> message) {
        return Bindings.createStringBinding(() -> of(localization, message.getValue()), localization.localeProperty(),
                message);
    }
}
