package org.griddesk.desktop.service.registry;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Half-filled forms, kept in the encrypted store's settings table (one row per open form) so that a form closed
 * by the idle lock, a crash or a slip of the hand comes back with what was typed.
 */
public final class FormDrafts {

    private static final String PREFIX = "draft.";

    private final AuditLog.Connections connections;

    public FormDrafts(AuditLog.Connections connections) {
        this.connections = connections;
    }

    public Optional<Map<String, String>> read(String form) {
        try (Connection connection = connections.connect();
             PreparedStatement query = connection.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
            query.setString(1, PREFIX + form);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(decode(row.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new RegistryException("a form draft could not be read", e);
        }
    }

    public void write(String form, Map<String, String> fields) {
        String value = encode(fields);
        try (Connection connection = connections.connect()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE settings SET value = ? WHERE name = ?")) {
                update.setString(1, value);
                update.setString(2, PREFIX + form);
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO settings (name, value) VALUES (?, ?)")) {
                insert.setString(1, PREFIX + form);
                insert.setString(2, value);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new RegistryException("a form draft could not be saved", e);
        }
    }

    public void discard(String form) {
        try (Connection connection = connections.connect();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM settings WHERE name = ?")) {
            delete.setString(1, PREFIX + form);
            delete.executeUpdate();
        } catch (SQLException e) {
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
