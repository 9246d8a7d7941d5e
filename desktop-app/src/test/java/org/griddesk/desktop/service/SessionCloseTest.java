package org.griddesk.desktop.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.griddesk.desktop.store.StoreOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A closed session leaves its folder alone: a clean clone once failed because something still wrote into the
 * store's folder after close() had returned, and JUnit could not delete it.
 */
class SessionCloseTest {

    private static final char[] PASSPHRASE = "村里的-网格-2026".toCharArray();
    private static final Duration BUSY_PROBE = Duration.ofMillis(5);

    @TempDir
    Path dataDir;

    private HttpServer platform;

    @AfterEach
    void stopPlatform() {
        if (platform != null) {
            platform.stop(0);
        }
    }

    private EncryptedVault vault() {
        return new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000), BUSY_PROBE);
    }

    @Test
    void aSessionRunsNoProbeUntilAScreenAsksForIt() throws Exception {
        AtomicInteger healthChecks = new AtomicInteger();
        String url = answeringPlatform(healthChecks, Duration.ZERO);
        try (EncryptedDeviceSession session = vault().create(PASSPHRASE)) {
            session.settings().setPlatformUrl(url);
            Thread.sleep(200);
            assertEquals(0, healthChecks.get(), "a session opened by the command line probed the platform");
            session.startBackgroundWork();
            awaitAtLeast(healthChecks, 2);
        }
    }

    @RepeatedTest(5)
    void afterCloseNothingTouchesTheFolderAndTheStoreReopensAtOnce() throws Exception {
        AtomicInteger healthChecks = new AtomicInteger();
        String url = answeringPlatform(healthChecks, Duration.ofMillis(50));
        EncryptedDeviceSession session = vault().create(PASSPHRASE);
        session.settings().setPlatformUrl(url);
        session.startBackgroundWork();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger connectsAfterClose = new AtomicInteger();
        AtomicBoolean closeReturned = new AtomicBoolean();
        List<Thread> readers = readersHammering(session, stop, closeReturned, connectsAfterClose);
        awaitAtLeast(healthChecks, 1);

        session.close();
        closeReturned.set(true);
        Set<String> afterClose = filesUnder(dataDir);
        Set<String> seenSince = watchFor(Duration.ofMillis(300));
        stop.set(true);
        for (Thread reader : readers) {
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }

        assertEquals(0, connectsAfterClose.get(), "a connection was opened after close() returned");
        seenSince.removeAll(afterClose);
        assertEquals(Set.of(), seenSince, "files appeared in the folder after close() returned");
        assertEquals(afterClose, filesUnder(dataDir), "the folder changed after close() returned");
        try (EncryptedDeviceSession reopened = vault().unlock(PASSPHRASE)) {
            assertEquals(url, reopened.settings().platformUrl().orElseThrow());
        }
        deleteTree(dataDir);
        assertFalse(Files.exists(dataDir));
    }

    private List<Thread> readersHammering(EncryptedDeviceSession session, AtomicBoolean stop,
            AtomicBoolean closeReturned, AtomicInteger connectsAfterClose) throws InterruptedException {
        List<Thread> readers = new ArrayList<>();
        CountDownLatch running = new CountDownLatch(4);
        for (int i = 0; i < 4; i++) {
            Thread reader = new Thread(() -> {
                running.countDown();
                while (!stop.get()) {
                    // read before asking: a connection granted before close() may still be in hand after it returned
                    boolean askedAfterClose = closeReturned.get();
                    try (Connection connection = session.store().connect()) {
                        if (askedAfterClose) {
                            connectsAfterClose.incrementAndGet();
                        }
                    } catch (SQLException expectedOnceClosed) {
                        Thread.onSpinWait();
                    }
                }
            }, "store-reader-" + i);
            reader.start();
            readers.add(reader);
        }
        assertTrue(running.await(30, TimeUnit.SECONDS));
        return readers;
    }

    private String answeringPlatform(AtomicInteger healthChecks, Duration delay) throws IOException {
        platform = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        platform.createContext("/health", exchange -> {
            healthChecks.incrementAndGet();
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        platform.start();
        return "http://127.0.0.1:" + platform.getAddress().getPort();
    }

    private static void awaitAtLeast(AtomicInteger counter, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (counter.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(counter.get() >= count, "the probe asked the platform " + counter.get() + " times");
    }

    /** Derby's lock files and tmp folder live only while it boots, so the folder is watched, not sampled. */
    private Set<String> watchFor(Duration duration) {
        Set<String> seen = new TreeSet<>();
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            try {
                seen.addAll(filesUnder(dataDir));
            } catch (IOException | UncheckedIOException vanishedWhileListed) {
                seen.add("(a file vanished while the folder was listed)");
            }
        }
        return seen;
    }

    private static Set<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(file -> root.relativize(file).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
