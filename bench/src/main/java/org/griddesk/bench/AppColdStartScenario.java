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
 * <p>With AppCDS, as the packages ship it: a class list from one start to the first window, then a
 * class-data-sharing archive dumped from it ({@code -Xshare:dump}), made once before the runs.
 */
final class AppColdStartScenario implements Scenario {

    static final String READY_LINE = "GridDesk window shown";

    private final ProjectLayout layout;
    private final boolean appCds;
    private Path data;
    private Path archiveFolder;

    AppColdStartScenario(ProjectLayout layout, boolean appCds) {
        this.layout = layout;
        this.appCds = appCds;
    }

    @Override
    public String name() {
        return appCds ? "app cold start to first window (headless, AppCDS)" : "app cold start to first window (headless)";
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public void prepare() throws Exception {
        data = Files.createTempDirectory("bench-app");
        if (appCds && archiveFolder == null) {
            archiveFolder = Files.createTempDirectory("bench-appcds");
            Path classList = archiveFolder.resolve("griddesk.classlist");
            Path training = Files.createTempDirectory("bench-app-training");
            try (ChildProcess app = ChildProcess.start(command(List.of("-XX:DumpLoadedClassList=" + classList), training))) {
                app.awaitLine(line -> line.contains(READY_LINE), Duration.ofMinutes(2));
            } finally {
                TempFolders.deleteQuietly(training);
            }
            Process dump = new ProcessBuilder(command(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                    "-XX:SharedArchiveFile=" + archive()), data))
                    .redirectErrorStream(true).redirectOutput(archiveFolder.resolve("dump.log").toFile()).start();
            if (dump.waitFor() != 0 || !Files.isRegularFile(archive())) {
                throw new IllegalStateException("-Xshare:dump failed, see " + archiveFolder.resolve("dump.log"));
            }
        }
    }

    private Path archive() {
        return archiveFolder.resolve("griddesk.jsa");
    }

    @Override
    public double measure() throws Exception {
        List<String> jvmOptions = appCds ? List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive()) : List.of();
        long start = System.nanoTime();
        try (ChildProcess app = ChildProcess.start(command(jvmOptions, data))) {
            app.awaitLine(line -> line.contains(READY_LINE), Duration.ofMinutes(2));
            return (System.nanoTime() - start) / 1e6;
        }
    }

    private List<String> command(List<String> jvmOptions, Path dataFolder) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(ProjectLayout.javaBinary().toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", layout.desktopJar() + java.io.File.pathSeparator + monocleJar(),
                "org.griddesk.desktop.Main", "--data", dataFolder.toString()));
        return command;
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

    @Override
    public void finish() {
        if (archiveFolder != null) {
            TempFolders.deleteQuietly(archiveFolder);
        }
    }
}
