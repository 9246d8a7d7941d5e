package org.griddesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code griddesk.jar} run as a worker's laptop runs it: a new JVM on an encrypted store, its output kept in a log
 * file of the work folder, a failure thrown with that output.
 */
final class DesktopProcess {

    static final String PASSPHRASE = "bench-网格-passphrase-2026";

    private final ProjectLayout layout;
    private final Path work;

    DesktopProcess(ProjectLayout layout, Path work) {
        this.layout = layout;
        this.work = work;
    }

    /** A new encrypted store, created and migrated by the app itself. */
    Path newStore() throws Exception {
        Path folder = Files.createTempDirectory(work, "device");
        run(List.of(), List.of("--self-check", "--data", folder.toString()), "self-check.log");
        return folder;
    }

    /** The app's {@code sync} of {@code store} with the platform, signed in as the bench's worker. */
    static List<String> sync(Path store, InProcessPlatform platform) {
        return List.of("sync", "--data", store.toString(), "--server", platform.url().toString(),
                "--username", InProcessPlatform.username(), "--password-file", platform.passwordFile().toString());
    }

    void run(List<String> jvmOptions, List<String> args, String logName) throws Exception {
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
}
