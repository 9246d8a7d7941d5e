package org.griddesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the built artefacts the end-to-end scenarios start, relative to the checkout the command runs in. */
final class ProjectLayout {

    private final Path root;

    ProjectLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    static ProjectLayout fromWorkingDirectory() {
        Path here = Path.of(System.getProperty("griddesk.root", ".")).toAbsolutePath().normalize();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("county-platform")) && Files.isDirectory(p.resolve("desktop-app"))) {
                return new ProjectLayout(p);
            }
        }
        throw new IllegalStateException("run the benchmarks from the GridDesk checkout (no county-platform/ found above " + here + ")");
    }

    Path platformJar() {
        return existing(root.resolve("county-platform/target/county-platform.jar"));
    }

    Path desktopJar() {
        return existing(root.resolve("desktop-app/target/griddesk.jar"));
    }

    Path benchLib() {
        return existing(root.resolve("bench/target/lib"));
    }

    static Path javaBinary() {
        return Path.of(ProcessHandle.current().info().command().orElse("java"));
    }

    private static Path existing(Path p) {
        if (!Files.exists(p)) {
            throw new IllegalStateException(p + " is missing: build first with ./mvnw -q -DskipTests package");
        }
        return p;
    }
}
