package org.griddesk.desktop.service.applications;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The folder a scanner saves its pictures to (set in 设置): its newest JPEG or PNG, for an image question of an
 * application. Reads the file system: call it off the FX thread.
 */
public final class ScannerFolder {

    /** What looking into the folder found. */
    public enum Outcome { UNSET, MISSING, EMPTY, UNREADABLE, FOUND }

    /** {@code file} and {@code bytes} only when FOUND (the file when UNREADABLE too); {@code folder} once set. */
    public record Scan(Outcome outcome, Path folder, Path file, byte[] bytes) {
    }

    private final Supplier<Optional<String>> setting;

    public ScannerFolder(Supplier<Optional<String>> setting) {
        this.setting = setting;
    }

    public Scan newest() {
        Optional<String> configured = setting.get().map(String::strip).filter(folder -> !folder.isEmpty());
        if (configured.isEmpty()) {
            return new Scan(Outcome.UNSET, null, null, null);
        }
        Path folder = Path.of(configured.get());
        if (!Files.isDirectory(folder)) {
            return new Scan(Outcome.MISSING, folder, null, null);
        }
        Optional<Path> newest;
        try (Stream<Path> files = Files.list(folder)) {
            newest = files.filter(ScannerFolder::isPictureName).filter(Files::isRegularFile)
                    .max(Comparator.comparing(ScannerFolder::modified).thenComparing(Path::getFileName));
        } catch (IOException e) {
            return new Scan(Outcome.MISSING, folder, null, null);
        }
        if (newest.isEmpty()) {
            return new Scan(Outcome.EMPTY, folder, null, null);
        }
        try {
            byte[] bytes = Files.readAllBytes(newest.get());
            // a scanner still writing the file leaves it without its picture header yet
            return ApplicationService.isPicture(bytes) ? new Scan(Outcome.FOUND, folder, newest.get(), bytes)
                    : new Scan(Outcome.UNREADABLE, folder, newest.get(), null);
        } catch (IOException e) {
            return new Scan(Outcome.UNREADABLE, folder, newest.get(), null);
        }
    }

    /** JPEG and PNG only, as the form takes them; hidden files (a scanner's temporary ones) are passed over. */
    private static boolean isPictureName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png"));
    }

    private static FileTime modified(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).lastModifiedTime();
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
