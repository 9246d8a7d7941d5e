package org.griddesk.desktop.service.registry;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.griddesk.desktop.store.SettingsTable;
import org.griddesk.desktop.store.StoreAccessException;

/**
 * Half-filled forms, kept in the encrypted store's settings table (one row per open form) so that a form closed
 * by the idle lock, a crash or a slip of the hand comes back with what was typed.
 */
public final class FormDrafts {

    private static final String PREFIX = "draft.";

    private final SettingsTable settings;

    public FormDrafts(SettingsTable settings) {
        this.settings = settings;
    }

    public Optional<Map<String, String>> read(String form) {
        try {
            return settings.get(PREFIX + form).map(FormDrafts::decode);
        } catch (StoreAccessException e) {
            throw new RegistryException("a form draft could not be read", e);
        }
    }

    public void write(String form, Map<String, String> fields) {
        try {
            settings.put(PREFIX + form, encode(fields));
        } catch (StoreAccessException e) {
            throw new RegistryException("a form draft could not be saved", e);
        }
    }

    public void discard(String form) {
        try {
            settings.remove(PREFIX + form);
        } catch (StoreAccessException e) {
            throw new RegistryException("a form draft could not be removed", e);
        }
    }

    private static String encode(Map<String, String> fields) {
        Properties properties = new Properties();
        properties.putAll(new TreeMap<>(fields));
        StringWriter text = new StringWriter();
        try {
            properties.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static Map<String, String> decode(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text == null ? "" : text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> fields.put(name, properties.getProperty(name)));
        return fields;
    }
}
