package org.griddesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A village's first pull as a worker meets it: a new JVM runs {@code griddesk.jar sync} on a new, empty encrypted
 * store and signs in to the real platform on 127.0.0.1, which serves 100,000 households of the grid. The time is
 * the whole process, JVM start to exit. With AppCDS, as the packages ship it: a class list from one such sync,
 * then an archive dumped from it, both made once before the runs. The store is created before each run (not timed).
 */
final class ColdFirstPullScenario implements Scenario {

    private final ProjectLayout layout;
    private final boolean appCds;
    private InProcessPlatform platform;
    private Path work;
    private DesktopProcess desktop;
    private Path device;

    ColdFirstPullScenario(ProjectLayout layout, boolean appCds) {
        this.layout = layout;
        this.appCds = appCds;
    }

    @Override
    public String name() {
        return "cold first pull of 100k records, new process" + (appCds ? ", AppCDS" : "");
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
            FirstPullScenario.seed(platform, PullRecordIds.DEVICE_MADE);
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
        return (System.nanoTime() - start) / 1e9;
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
