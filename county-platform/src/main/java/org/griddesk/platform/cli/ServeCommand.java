package org.griddesk.platform.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Run the county platform until SIGTERM or Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    /** The desktop demo mode reads the port from this line; keep its wording. */
    static final String READY_LINE = "GridDesk county platform listening on http://%s:%d";

    private final PlatformOperations operations;
    private final PrintWriter out;

    @Option(names = "--port", defaultValue = "8080", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--county", defaultValue = "500101", description = "6-digit county code (default: ${DEFAULT-VALUE})")
    String county;

    @Option(names = "--builtin-templates", description = "Publish the application templates shipped with the "
            + "platform before serving (what 'template publish --builtin' does; the demo uses it)")
    boolean builtInTemplates;

    @Option(names = "--max-blob-bytes", defaultValue = "33554432", paramLabel = "BYTES",
            description = "Largest attachment (photo, scan) the platform takes; larger uploads get 413 (default: ${DEFAULT-VALUE})")
    long maxBlobBytes;

    @Option(names = "--blobs", paramLabel = "DIR", description = "Folder of the attachments (default: blobs in the "
            + "data folder). Several platforms on one PostgreSQL must share one folder (e.g. an NFS mount)")
    Path blobFolder;

    @Option(names = "--exit-with", paramLabel = "PID", description = "Stop, as on SIGTERM, when the process with "
            + "this id ends, however it ends (the desktop's demo passes its own id: a demo killed outright leaves no "
            + "platform and no PostgreSQL behind)")
    Long exitWith;

    @Mixin
    DatabaseOptions database;

    ServeCommand(PlatformOperations operations, PrintWriter out) {
        this.operations = operations;
        this.out = out;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new BadInputException("--port must be between 0 and 65535");
        }
        if (maxBlobBytes < 1) {
            throw new BadInputException("--max-blob-bytes must be at least 1");
        }
        Optional<ProcessHandle> followed = exitWith == null ? Optional.empty() : ProcessHandle.of(exitWith)
                .filter(ProcessHandle::isAlive);
        if (exitWith != null && followed.isEmpty()) {
            throw new BadInputException("--exit-with: no process " + exitWith + " is running");
        }
        ServeRequest request = new ServeRequest(host, port, database.target(), county, builtInTemplates, maxBlobBytes,
                Optional.ofNullable(blobFolder));
        PlatformOperations.RunningPlatform running = operations.serve(request);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "griddesk-platform-shutdown"));
        DatabaseTarget target = request.database();
        out.println("Database: " + target.description());
        out.println("Data folder: " + target.dataFolder().toAbsolutePath().normalize());
        if (blobFolder != null) {
            out.println("Attachments: " + blobFolder.toAbsolutePath().normalize());
        }
        out.println(String.format(READY_LINE, running.host(), running.port()));
        out.flush();
        // System.exit runs the shutdown hook above, the same orderly stop as SIGTERM
        followed.ifPresent(process -> process.onExit().thenRun(() -> System.exit(0)));
        stopped.await();
        return 0;
    }
}
