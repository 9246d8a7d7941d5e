package org.griddesk.desktop.service;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import org.griddesk.desktop.store.AtomicFiles;

/**
 * The interface language, kept in DATA_DIR/ui.properties outside the encrypted store so the unlock screen can
 * speak it before anything is unlocked. It holds nothing personal.
 */
public final class LanguagePreference {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    private static final String KEY = "language";

    private final Path file;

    public LanguagePreference(Path dataDir) {
        this.file = dataDir.resolve("ui.properties");
    }

    /** The saved language, or Chinese (zh-CN) when none was saved yet or the file is unreadable. */
    public Locale read() {
        if (!Files.exists(file)) {
            return DEFAULT;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return DEFAULT;
        }
        String tag = properties.getProperty(KEY, "").trim();
        return tag.isEmpty() ? DEFAULT : Locale.forLanguageTag(tag);
    }

    public void write(Locale language) {
        Properties properties = new Properties();
        properties.setProperty(KEY, language.toLanguageTag());
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "GridDesk interface language");
            AtomicFiles.write(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
