package org.griddesk.desktop.store;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versions of the device schema migrations this build carries, read from its own jar (or classes folder)
 * without Flyway: starting Flyway to learn that nothing is pending cost most of a second of every unlock.
 */
final class BundledMigrations {

    static final String FOLDER = "db/migration/device/";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]+\\.sql");

    private BundledMigrations() {
    }

    /** The versions, as Flyway writes them ("1", "2.1"); empty when the code's location cannot be listed. */
    static Optional<Set<String>> versions() {
        CodeSource source = BundledMigrations.class.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(location.toURI());
            Set<String> versions = Files.isDirectory(path) ? inFolder(path.resolve(FOLDER)) : inJar(path);
            return versions.isEmpty() ? Optional.empty() : Optional.of(versions);
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Set<String> inFolder(Path folder) throws IOException {
        Set<String> versions = new TreeSet<>();
        if (!Files.isDirectory(folder)) {
            return versions;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> version(file.getFileName().toString()).ifPresent(versions::add));
        }
        return versions;
    }

    static Set<String> inJar(Path jar) throws IOException {
        Set<String> versions = new TreeSet<>();
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(FOLDER) && name.indexOf('/', FOLDER.length()) < 0) {
                    version(name.substring(FOLDER.length())).ifPresent(versions::add);
                }
            }
        }
        return versions;
    }

    static Optional<String> version(String fileName) {
        Matcher matcher = VERSIONED.matcher(fileName);
        return matcher.matches() ? Optional.of(matcher.group(1).replace('_', '.')) : Optional.empty();
    }
}
