package org.griddesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Time from `java -jar county-platform.jar serve` to its "listening" line, with the embedded PostgreSQL.
 * A first start includes initdb and the migrations; a restart finds its data folder already there.
 */
final class PlatformStartScenario implements Scenario {

    private final ProjectLayout layout;
    private final boolean firstStart;
    private Path data;

    PlatformStartScenario(ProjectLayout layout, boolean firstStart) {
        this.layout = layout;
        this.firstStart = firstStart;
    }

    @Override
    public String name() {
        return firstStart ? "platform start, new data folder (embedded PG)" : "platform restart, existing data (embedded PG)";
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public void prepare() throws Exception {
        if (data == null || firstStart) {
            data = Files.createTempDirectory("bench-platform");
        }
        if (!firstStart && !Files.exists(data.resolve(".warmed"))) {
            serveUntilReady().close();
            Files.createFile(data.resolve(".warmed"));
        }
    }

    @Override
    public double measure() throws Exception {
        long start = System.nanoTime();
        ChildProcess serve = serveUntilReady();
        double ms = (System.nanoTime() - start) / 1e6;
        serve.close();
        return ms;
    }

    private ChildProcess serveUntilReady() throws Exception {
        ChildProcess serve = ChildProcess.start(List.of(ProjectLayout.javaBinary().toString(), "-jar",
                layout.platformJar().toString(), "serve", "--port", "0", "--data", data.toString()));
        serve.awaitLine(line -> line.contains("listening on http://"), Duration.ofMinutes(2));
        return serve;
    }

    @Override
    public void cleanUp() throws Exception {
        if (firstStart && data != null) {
            TempFolders.deleteQuietly(data);
        }
    }
}
