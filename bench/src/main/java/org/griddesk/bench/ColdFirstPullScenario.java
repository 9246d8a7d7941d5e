package org.griddesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A village's first pull as a worker meets it: a new JVM runs {@code griddesk.jar sync} on a new, empty encrypted
 * store and signs in to the real platform on 127.0.0.1, which serves the grid's households: 100,000 (the issue's
 * figure), or 10,000, a large village (most villages hold hundreds to a few thousand households). The time is
 * the whole process, JVM start to exit. With AppCDS, as the packages ship it: a class list from one such sync,
 * then an archive dumped from it, both made once before the runs. The store is created before each run (not timed).
 */
final class ColdFirstPullScenario implements Scenario {

    static final int LARGE_VILLAGE = 10_000;

    private final ProjectLayout layout;
    private final boolean appCds;
    private final int records;
    private InProcessPlatform platform;
    private Path work;
    private DesktopProcess desktop;
    private Path device;

    ColdFirstPullScenario(ProjectLayout layout, boolean appCds, int records) {
        this.layout = layout;
        this.appCds = appCds;
        this.records = records;
    }

    @Override
    public String name() {
        return "cold first pull of " + records / 1000 + "k records, new process" + (appCds ? ", AppCDS" : "");
    }

    @Override
    public String unit() {
        return "s";
    }

    @Override
    public void prepare() throws Exception {
        if (platform == null) {
            work = Files.createTempDirectory("bench-cold-pull");
            desktop = new DesktopProcess(layout, work);
            platform = InProcessPlatform.start();
            FirstPullScenario.seed(platform, PullRecordIds.DEVICE_MADE, records);
            if (appCds) {
                Path training = desktop.newStore();
                desktop.run(List.of("-XX:DumpLoadedClassList=" + classList()), DesktopProcess.sync(training, platform),
                        "training.log");
                TempFolders.deleteQuietly(training);
                desktop.run(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList(), "-XX:SharedArchiveFile=" + archive()),
                        List.of("--version"), "dump.log");
                if (!Files.isRegularFile(archive())) {
                    throw new IllegalStateException("-Xshare:dump wrote no archive, see " + work.resolve("dump.log"));
                }
            }
        }
        device = desktop.newStore();
    }

    @Override
    public double measure() throws Exception {
        List<String> options = appCds ? List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive()) : List.of();
        long start = System.nanoTime();
        desktop.run(options, DesktopProcess.sync(device, platform), "sync.log");
        double seconds = (System.nanoTime() - start) / 1e9;
        String log = Files.readString(work.resolve("sync.log"));
        if (!log.contains("pulled " + records)) {
            throw new IllegalStateException("the sync did not pull " + records + " records: " + log.strip());
        }
        return seconds;
    }

    private Path classList() {
        return work.resolve("griddesk.classlist");
    }

    private Path archive() {
        return work.resolve("griddesk.jsa");
    }

    @Override
    public void cleanUp() {
        TempFolders.deleteQuietly(device);
    }

    @Override
    public void finish() {
        if (platform != null) {
            platform.close();
        }
        if (work != null) {
            TempFolders.deleteQuietly(work);
        }
    }
}
