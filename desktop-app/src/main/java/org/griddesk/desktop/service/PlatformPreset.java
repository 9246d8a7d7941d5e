package org.griddesk.desktop.service;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.griddesk.desktop.store.AtomicFiles;

/**
 * The platform address the county's IT office set when it installed the app (or gave with {@code --platform}),
 * kept in DATA_DIR/platform.properties outside the encrypted store: the sign-in form offers it until the worker
 * signs in somewhere. It holds nothing personal.
 */
public final class PlatformPreset {

    public static final String KEY = "platform";
    private final Path file;

    public PlatformPreset(Path dataDir) {
        this.file = dataDir.resolve("platform.properties");
    }

    /** The preset address, empty when none was set or the file no longer holds a valid one. */
    public Optional<String> read() {
        return readAddress(file);
    }

    public void write(String address) {
        String valid = PlatformAddress.parse(address)
                .orElseThrow(() -> new IllegalArgumentException("not a platform address: " + address));
        Properties properties = new Properties();
        properties.setProperty(KEY, valid);
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "GridDesk county platform set at installation");
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code platform} key of a properties file (UTF-8, {@code platform=https://…}); empty when the file is
     * missing or unreadable or the value is not an http(s) address.
     */
    public static Optional<String> readAddress(Path file) {
        return readValue(file).flatMap(PlatformAddress::parse);
    }

    /** The raw {@code platform} value of a file, whether valid or not, for a message naming a bad one. */
    public static Optional<String> readValue(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String value = properties.getProperty(KEY, "").trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
