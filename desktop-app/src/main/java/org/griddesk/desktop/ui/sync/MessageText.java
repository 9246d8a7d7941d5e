package org.griddesk.desktop.ui.sync;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;

/**
 * Localises messages whose arguments are messages themselves (a counter line inside a log entry, a role name) or
 * lists of them (the grids of an account).
 */
final class MessageText {

    private MessageText() {
    }

    static String of(Localization localization, Message message) {
        if (message == null) {
            return "";
        }
        Object[] args = message.args();
        for (int i = 0; i < args.length; i++) {
            args[i] = argument(localization, args[i]);
        }
        return localization.lang(message.key(), args);
    }

    private static Object argument(Localization localization, Object arg) {
        if (arg instanceof Message nested) {
            return of(localization, nested);
        }
        if (arg instanceof MessageLines lines) {
            StringBuilder text = new StringBuilder();
            for (Object item : lines.items()) {
                text.append(text.isEmpty() ? "" : "\n").append(argument(localization, item));
            }
            return text.toString();
        }
        if (arg instanceof MessageList list) {
            StringBuilder text = new StringBuilder();
            for (Object item : list.items()) {
                text.append(text.isEmpty() ? "" : localization.lang("list.separator"))
                        .append(argument(localization, item));
            }
            return text.toString();
        }
        return arg;
    }

    static StringBinding bind(Localization localization, ObservableValue<Message> message) {
        return Bindings.createStringBinding(() -> of(localization, message.getValue()), localization.localeProperty(),
                message);
    }
}
