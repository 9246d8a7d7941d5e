package org.griddesk.desktop.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.griddesk.desktop.service.PlatformAddress;
import org.griddesk.desktop.service.PlatformPreset;

/**
 * Where a county's IT office puts the platform address when it installs the app, so that a worker's first sign-in
 * form already holds it. The first of these that holds a valid http(s) address wins:
 * {@code $GRIDDESK_PLATFORM}; {@code platform.properties} beside griddesk.jar (in the package:
 * /opt/griddesk/lib/app, written when the package is built with one); /etc/griddesk/griddesk.conf (written by the
 * administrator on the laptop, before or after installing). Each file holds {@code platform=https://…}.
 * A value that is not an address is skipped with a warning naming where it was, never used.
 */
public final class InstalledPlatform {

    public static final String ENV = "GRIDDESK_PLATFORM";
    public static final Path SYSTEM_FILE = Path.of("/etc/griddesk/griddesk.conf");

    private InstalledPlatform() {
    }

    /** The address found (if any) and what was skipped on the way. */
    public record Found(Optional<String> address, List<String> warnings) {
    }

    /** The files an installed app looks in, in order: beside the application jar, then the system-wide one. */
    public static List<Path> defaultFiles() {
        List<Path> files = new ArrayList<>();
        applicationFolder().ifPresent(folder -> files.add(folder.resolve("platform.properties")));
        files.add(SYSTEM_FILE);
        return files;
    }

    public static Found find(Map<String, String> environment, List<Path> files) {
        List<String> warnings = new ArrayList<>();
        String fromEnvironment = environment.get(ENV);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            Optional<String> valid = PlatformAddress.parse(fromEnvironment);
            if (valid.isPresent()) {
                return new Found(valid, warnings);
            }
            warnings.add("$" + ENV + " is not an http(s) address, ignored: " + fromEnvironment.strip());
        }
        for (Path file : files) {
            Optional<String> value = PlatformPreset.readValue(file);
            if (value.isEmpty()) {
                continue;
            }
            Optional<String> valid = PlatformAddress.parse(value.get());
            if (valid.isPresent()) {
                return new Found(valid, warnings);
            }
            warnings.add(file + ": platform is not an http(s) address, ignored: " + value.get());
        }
        return new Found(Optional.empty(), warnings);
    }

    /** The folder of griddesk.jar, empty when running from classes (tests, IDE). */
    private static Optional<Path> applicationFolder() {
        try {
            Path location = Path.of(InstalledPlatform.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.ofNullable(location.getParent()) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
