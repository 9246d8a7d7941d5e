package org.griddesk.desktop.service;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.griddesk.desktop.store.AtomicFiles;

/**
 * 长辈版 and the zoom, kept in DATA_DIR/display.properties outside the encrypted store: the unlock screen has to be
 * readable before anything is unlocked, and neither choice says anything about a person. A file of its own,
 * because {@link LanguagePreference} rewrites ui.properties whole.
 */
public final class DisplayPreference {

    public static final int DEFAULT_ZOOM = 100;
    private static final String LARGE = "large";
    private static final String ZOOM = "zoomPercent";

    private final Path file;

    public DisplayPreference(Path dataDir) {
        this.file = dataDir.resolve("display.properties");
    }

    /** The saved choice; normal size at 100 % when none was saved yet or the file is unreadable. */
    public synchronized Saved read() {
        if (!Files.exists(file)) {
            return new Saved(false, DEFAULT_ZOOM);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return new Saved(false, DEFAULT_ZOOM);
        }
        boolean large = Boolean.parseBoolean(properties.getProperty(LARGE, "false").trim());
        int zoom;
        try {
            zoom = Integer.parseInt(properties.getProperty(ZOOM, "" + DEFAULT_ZOOM).trim());
        } catch (NumberFormatException e) {
            zoom = DEFAULT_ZOOM;
        }
        return new Saved(large, zoom);
    }

    /** Synchronized: two quick zoom steps save from two background threads, and the file must end whole. */
    public synchronized void write(Saved saved) {
        Properties properties = new Properties();
        properties.setProperty(LARGE, Boolean.toString(saved.large()));
        properties.setProperty(ZOOM, Integer.toString(saved.zoomPercent()));
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "GridDesk display: 长辈版 and zoom");
            AtomicFiles.write(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What was chosen: large mode on or off, and the zoom in percent. */
    public record Saved(boolean large, int zoomPercent) {
    }
}
