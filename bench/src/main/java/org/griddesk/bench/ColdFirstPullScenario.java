package org.griddesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A village's first pull as a worker meets it: a new JVM runs {@code griddesk.jar sync} on a new, empty encrypted
 * store and signs in to the real platform on 127.0.0.1, which serves 100,000 households of the grid. The time is
 * the whole process, JVM start to exit. With AppCDS, as the packages ship it: a class list from one such sync,
 * then an archive dumped from it, both made once before the runs. The store is created before each run (not timed).
 */
final class ColdFirstPullScenario implements Scenario {

    private static final String PASSPHRASE = "bench-网格-passphrase-2026";

    private final ProjectLayout layout;
    private final boolean appCds;
    private InProcessPlatform platform;
    private Path work;
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
            platform = InProcessPlatform.start();
            FirstPullScenario.seed(platform, PullRecordIds.DEVICE_MADE);
            if (appCds) {
                Path training = newStore();
                run(List.of("-XX:DumpLoadedClassList=" + classList()), sync(training), "training.log");
                TempFolders.deleteQuietly(training);
                run(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList(), "-XX:SharedArchiveFile=" + archive()),
                        List.of("--version"), "dump.log");
                if (!Files.isRegularFile(archive())) {
                    throw new IllegalStateException("-Xshare:dump wrote no archive, see " + work.resolve("dump.log"));
                }
            }
        }
        device = newStore();
    }

    @Override
    public double measure() throws Exception {
        List<String> options = appCds ? List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive()) : List.of();
        long start = System.nanoTime();
        run(options, sync(device), "sync.log");
        return (System.nanoTime() - start) / 1e9;
    }

    private Path newStore() throws Exception {
        Path folder = Files.createTempDirectory(work, "device");
        run(List.of(), List.of("--self-check", "--data", folder.toString()), "self-check.log");
        return folder;
    }

    private List<String> sync(Path store) {
        return List.of("sync", "--data", store.toString(), "--server", platform.url().toString(),
                "--username", InProcessPlatform.username(), "--password-file", platform.passwordFile().toString());
    }

    private void run(List<String> jvmOptions, List<String> args, String logName) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProjectLayout.javaBinary().toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", layout.desktopJar().toString(), "org.griddesk.desktop.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(logName).toFile());
        builder.environment().put("GRIDDESK_PASSPHRASE", PASSPHRASE);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(String.join(" ", args) + " did not end within 10 minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(args.get(0) + " ended with " + process.exitValue() + ": "
                    + Files.readString(work.resolve(logName)).strip());
        }
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
