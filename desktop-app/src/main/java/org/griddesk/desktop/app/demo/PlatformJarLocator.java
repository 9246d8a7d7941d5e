package org.griddesk.desktop.app.demo;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds county-platform.jar for demo mode: the griddesk.platformJar system property first, then beside the
 * working folder (a checkout), then relative to griddesk.jar itself (desktop-app/target/ in a checkout).
 */
public final class PlatformJarLocator {

    public static final String PROPERTY = "griddesk.platformJar";
    private static final String RELATIVE = "county-platform/target/county-platform.jar";

    private final Optional<String> configured;
    private final Path workingDir;
    private final Optional<Path> ownJar;

    public PlatformJarLocator(Optional<String> configured, Path workingDir, Optional<Path> ownJar) {
        this.configured = configured;
        this.workingDir = workingDir;
        this.ownJar = ownJar;
    }

    public static PlatformJarLocator forThisProcess() {
        return new PlatformJarLocator(Optional.ofNullable(System.getProperty(PROPERTY)),
                Path.of("").toAbsolutePath(), ownJarLocation());
    }

    public List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        configured.filter(value -> !value.isBlank()).map(Path::of).ifPresent(candidates::add);
        candidates.add(workingDir.resolve(RELATIVE));
        candidates.add(workingDir.resolve("../" + RELATIVE));
        ownJar.map(Path::getParent).ifPresent(dir -> candidates.add(dir.resolve("../../" + RELATIVE)));
        return candidates.stream().map(path -> path.toAbsolutePath().normalize()).distinct().toList();
    }

    public Optional<Path> find() {
        return candidates().stream().filter(Files::isRegularFile).findFirst();
    }

    private static Optional<Path> ownJarLocation() {
        try {
            Path location = Path.of(PlatformJarLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            // No code source (e.g. a custom runtime image): the other candidates still apply.
            return Optional.empty();
        }
    }
}
