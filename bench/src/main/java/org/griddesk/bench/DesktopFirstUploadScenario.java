package org.griddesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A village's first upload as a worker meets it: the register imported into a new encrypted store ({@code griddesk
 * import}, 10,000 residents in 3,334 households, not timed), then {@code griddesk sync} in a new JVM against the real
 * platform on 127.0.0.1: the device's outbox read, batched, sent two batches at a time and each answer applied to the
 * store, then the pull. Each run meets an empty county of its own, so every run pulls back the same records.
 */
final class DesktopFirstUploadScenario implements Scenario {

    private static final int ROWS = 10_000;

    private final ProjectLayout layout;
    private InProcessPlatform platform;
    private Path work;
    private DesktopProcess desktop;
    private Path register;
    private Path device;

    DesktopFirstUploadScenario(ProjectLayout layout) {
        this.layout = layout;
    }

    @Override
    public String name() {
        return "desktop first upload of a 10k-resident village, new process";
    }

    @Override
    public String unit() {
        return "s";
    }

    @Override
    public int runs() {
        return 3;
    }

    @Override
    public void prepare() throws Exception {
        if (work == null) {
            work = Files.createTempDirectory("bench-first-upload");
            desktop = new DesktopProcess(layout, work);
            register = work.resolve("register.csv");
            SyntheticSpreadsheet.writeCsv(register, ROWS);
        }
        if (platform != null) {
            platform.close();
        }
        platform = InProcessPlatform.start();
        device = desktop.newStore();
        desktop.run(List.of(), List.of("import", "--data", device.toString(), register.toString()), "import.log");
    }

    @Override
    public double measure() throws Exception {
        long start = System.nanoTime();
        desktop.run(List.of(), DesktopProcess.sync(device, platform), "sync.log");
        return (System.nanoTime() - start) / 1e9;
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
