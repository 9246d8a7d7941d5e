package org.griddesk.desktop.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local county platform for demo mode, run as a separate process from county-platform.jar. The first start
 * creates the demo grid and accounts; every start runs {@code serve --port 0} and reads the URL it prints.
 * The process is stopped on {@link #stop()} and, as a safety net, when this JVM exits.
 */
public final class DemoPlatform implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(DemoPlatform.class);

    private final Path platformDir;
    private final DemoAccounts accounts;
    private final PlatformJarLocator locator;
    private final String java;
    private final Duration timeout;
    private final List<Consumer<DemoProgress>> progressListeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<String> ready = new CompletableFuture<>();
    private final Thread shutdownHook = new Thread(this::stopServer, "demo-platform-stop");
    private volatile DemoProgress progress = new DemoProgress(DemoProgress.Stage.NOT_STARTED, "");
    private PlatformProcess server;
    private boolean started;
    private boolean stopping;
    private Thread starter;

    public DemoPlatform(Path platformDir, DemoAccounts accounts, PlatformJarLocator locator, String java,
                        Duration timeout) {
        this.platformDir = platformDir.toAbsolutePath().normalize();
        this.accounts = accounts;
        this.locator = locator;
        this.java = java;
        this.timeout = timeout;
    }

    /** The java binary running this app, so the platform runs on the same runtime. */
    public static String currentJava() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    public DemoAccounts accounts() {
        return accounts;
    }

    public DemoProgress progress() {
        return progress;
    }

    /** Called on the starting thread at each stage, and at once with the current stage. */
    public void onProgress(Consumer<DemoProgress> listener) {
        progressListeners.add(listener);
        listener.accept(progress);
    }

    public Optional<String> url() {
        return ready.isDone() && !ready.isCompletedExceptionally() ? Optional.of(ready.join()) : Optional.empty();
    }

    /** Runs {@code action} with the URL once the platform is listening (at once if it already is). */
    public void whenReady(Consumer<String> action) {
        ready.thenAccept(action);
    }

    /** Starts on a daemon thread; the future completes with the URL or fails with a DemoPlatformException. */
    public CompletableFuture<String> startInBackground() {
        Thread starter = new Thread(() -> {
            try {
                start();
            } catch (DemoPlatformException e) {
                LOG.warn("Demo platform did not start: {}", e.getMessage());
            }
        }, "demo-platform-start");
        starter.setDaemon(true);
        synchronized (this) {
            this.starter = starter;
        }
        starter.start();
        return ready;
    }

    /** Blocks until the platform listens and returns its URL. */
    public String start() throws DemoPlatformException {
        synchronized (this) {
            if (started) {
                throw new IllegalStateException("the demo platform was already started");
            }
            started = true;
        }
        try {
            report(DemoProgress.Stage.LOCATING_JAR, "");
            PlatformCommand command = new PlatformCommand(java, privateCopy(locateJar()));
            DemoAccountSetup setup = new DemoAccountSetup(platformDir, accounts, timeout);
            if (setup.needed()) {
                report(DemoProgress.Stage.CREATING_ACCOUNTS,
                        accounts.workerUsername() + ", " + accounts.supervisorUsername());
                setup.run(command);
            }
            report(DemoProgress.Stage.STARTING_SERVER, "");
            String url = serve(command);
            report(DemoProgress.Stage.READY, url);
            ready.complete(url);
            return url;
        } catch (DemoPlatformException e) {
            report(DemoProgress.Stage.FAILED, e.getMessage());
            // stop() interrupts a start under way; the server must still be awaited to its end, so not interrupted
            boolean interrupted = Thread.interrupted();
            stopServer();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            ready.completeExceptionally(e);
            throw e;
        }
    }

    private Path locateJar() throws DemoPlatformException {
        return locator.find().orElseThrow(() -> new DemoPlatformException(DemoPlatformException.Reason.JAR_MISSING,
                "county-platform.jar not found; build it with './mvnw -pl county-platform package' or set -D"
                        + PlatformJarLocator.PROPERTY + "; looked in " + locator.candidates(), null));
    }

    // A rebuild rewrites target/county-platform.jar in place, which crashes a JVM still running from it;
    // the demo therefore runs its own copy, refreshed when the build has produced a different jar.
    private Path privateCopy(Path jar) throws DemoPlatformException {
        Path copy = platformDir.resolve("county-platform.jar");
        try {
            Files.createDirectories(platformDir);
            boolean stale = !Files.exists(copy)
                    || Files.size(copy) != Files.size(jar)
                    || Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(jar)) < 0;
            if (stale) {
                Path partial = platformDir.resolve("county-platform.jar.partial");
                Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            return copy;
        } catch (IOException e) {
            throw new DemoPlatformException(DemoPlatformException.Reason.SETUP_FAILED,
                    "could not copy " + jar + " into " + platformDir, e);
        }
    }

    private String serve(PlatformCommand command) throws DemoPlatformException {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        DemoPort port = new DemoPort(platformDir);
        Optional<Integer> remembered = port.remembered();
        String url;
        if (remembered.isPresent()) {
            try {
                url = serveOn(command, remembered.get());
            } catch (DemoPlatformException taken) {
                if (taken.reason() != DemoPlatformException.Reason.SERVER_FAILED || stopRequested()) {
                    throw taken;
                }
                LOG.info("Demo platform port {} not available, taking another: {}", remembered.get(),
                        taken.getMessage());
                stopServer();
                url = serveOn(command, 0);
            }
        } else {
            url = serveOn(command, 0);
        }
        port.remember(url);
        return url;
    }

    private String serveOn(PlatformCommand command, int port) throws DemoPlatformException {
        PlatformProcess running = PlatformProcess.start(command, platformDir, port);
        boolean kept;
        synchronized (this) {
            kept = !stopping;
            if (kept) {
                server = running;
            }
        }
        if (!kept) {
            // stop() came while the process was starting: it must not outlive the stop
            running.stop();
            throw new DemoPlatformException(DemoPlatformException.Reason.SETUP_FAILED, "stopped while starting", null);
        }
        return running.awaitUrl(timeout);
    }

    private synchronized boolean stopRequested() {
        return stopping;
    }

    private void report(DemoProgress.Stage stage, String detail) {
        progress = new DemoProgress(stage, detail);
        LOG.info("Demo platform: {} {}", stage, detail);
        progressListeners.forEach(listener -> listener.accept(progress));
    }

    /** Stops the platform process and waits for it (and what it started) to end. */
    public void stop() {
        Thread startingThread;
        synchronized (this) {
            stopping = true;
            startingThread = starter;
        }
        // A start still under way (creating accounts, waiting for the URL) is cut short: its commands end with it.
        if (startingThread != null && startingThread != Thread.currentThread()) {
            startingThread.interrupt();
            joinUninterruptibly(startingThread);
        }
        stopServer();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Already shutting down, or the hook was never registered.
        }
        if (progress.stage() == DemoProgress.Stage.READY) {
            report(DemoProgress.Stage.STOPPED, "");
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopServer() {
        PlatformProcess running;
        synchronized (this) {
            running = server;
            server = null;
        }
        if (running != null) {
            running.stop();
        }
    }
}
