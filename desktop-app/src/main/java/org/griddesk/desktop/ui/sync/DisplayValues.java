package org.griddesk.desktop.ui.sync;

import java.util.Collection;
import java.util.List;

import org.griddesk.model.privacy.Masking;

/** Field values as shown in the trouble list: identity and phone numbers masked, never shown in full here. */
final class DisplayValues {

    private static final String ID_NUMBER = "idNumber";
    private static final String PHONE = "phone";

    private DisplayValues() {
    }

    /** Text, or a {@link MessageList} for a list of values (joined in the shown language). */
    static Object of(String field, Object value) {
        if (value == null) {
            return "∅";
        }
        if (value instanceof Collection<?> list) {
            return new MessageList(List.copyOf(list.stream().<Object>map(String::valueOf).toList()));
        }
        String text = String.valueOf(value);
        if (ID_NUMBER.equals(field)) {
            return Masking.idNumber(text);
        }
        if (PHONE.equals(field)) {
            return Masking.phone(text);
        }
        return text;
    }
}
