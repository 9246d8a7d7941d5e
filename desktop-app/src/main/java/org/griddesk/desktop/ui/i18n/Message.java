package org.griddesk.desktop.ui.i18n;

import java.util.Arrays;
import java.util.Objects;

/**
 * A translatable text kept as key and arguments, so a view-model can hold it and the view re-renders it
 * whenever the language changes.
 */
public record Message(String key, Object... args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message message && key.equals(message.key) && Arrays.equals(args, message.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
