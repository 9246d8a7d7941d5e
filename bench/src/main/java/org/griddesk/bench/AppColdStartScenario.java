package org.griddesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A new JVM running griddesk.jar until its first window is on screen and ready for input, rendered headless
 * by Monocle (the software pipeline a laptop without GPU drivers also uses). The app logs one line when the
 * first scene has been shown; that line ends the measurement.
 */
final class AppColdStartScenario implements Scenario {

    static final String READY_LINE = "GridDesk window shown";

    private final ProjectLayout layout;
    private Path data;

    AppColdStartScenario(ProjectLayout layout) {
        this.layout = layout;
    }

    @Override
    public String name() {
        return "app cold start to first window (headless)";
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public void prepare() throws IOException {
        data = Files.createTempDirectory("bench-app");
    }

    @Override
    public double measure() throws Exception {
        List<String> command = List.of(ProjectLayout.javaBinary().toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", layout.desktopJar() + java.io.File.pathSeparator + monocleJar(),
                "org.griddesk.desktop.Main", "--data", data.toString());
        long start = System.nanoTime();
        try (ChildProcess app = ChildProcess.start(command)) {
            app.awaitLine(line -> line.contains(READY_LINE), Duration.ofMinutes(2));
            return (System.nanoTime() - start) / 1e6;
        }
    }

    private Path monocleJar() throws IOException {
        try (Stream<Path> libs = Files.list(layout.benchLib())) {
            return libs.filter(p -> p.getFileName().toString().startsWith("openjfx-monocle"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("openjfx-monocle is missing from bench/target/lib"));
        }
    }

    @Override
    public void cleanUp() {
        TempFolders.deleteQuietly(data);
    }
}
