package org.griddesk.desktop.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the county platform's GET /health in the background and remembers the answer, so the status bar can
 * show online/offline without ever waiting for the network.
 */
public final class PlatformProbe implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(15);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Duration RETRY = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(PlatformProbe.class);

    private volatile Supplier<Optional<String>> platformUrl;
    private final Duration interval;
    private final HttpClient client;
    private volatile boolean online;
    /** The address the last answer was about: an answer about another address says nothing about this one. */
    private volatile String answeredFor;
    private ScheduledExecutorService scheduler;

    public PlatformProbe(Supplier<Optional<String>> platformUrl, Duration interval) {
        this.platformUrl = platformUrl;
        this.interval = interval;
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** From now on asks the platform at this address (sync knows which one it talks to; the settings do not). */
    public void askAt(Supplier<Optional<String>> address) {
        this.platformUrl = address;
    }

    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "platform-probe");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.execute(this::probeAndPlanNext);
        }
    }

    /**
     * A platform that did not answer is asked again soon: under load (unlocking, a first sync) one missed answer
     * must not leave 离线 on screen for a whole interval while the platform is up.
     */
    private void probeAndPlanNext() {
        boolean up = probeNow();
        Duration next = up ? interval : RETRY.compareTo(interval) < 0 ? RETRY : interval;
        synchronized (this) {
            if (scheduler != null && !scheduler.isShutdown()) {
                scheduler.schedule(this::probeAndPlanNext, next.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** The last known answer; false until the first probe has answered. */
    public boolean lastKnownOnline() {
        return online;
    }

    /** Blocks for at most about two seconds. */
    public boolean probeNow() {
        Optional<String> url = platformUrl.get();
        online = url.map(this::answersHealth).orElse(false);
        answeredFor = url.orElse("");
        return online;
    }

    /**
     * False while the platform at the current address has not answered yet (at start, or just after the address
     * changed, when the demo platform came up): the status bar then says it is checking instead of 离线, and an
     * immediate probe is asked for rather than waiting for the next round.
     */
    public boolean answeredForCurrentAddress() {
        String current = platformUrl.get().orElse("");
        if (current.isEmpty() || current.equals(answeredFor)) {
            return true; // without an address, 离线 is simply true
        }
        ScheduledExecutorService running;
        synchronized (this) {
            running = scheduler;
        }
        if (running != null && !running.isShutdown()) {
            running.execute(this::probeNow);
        }
        return false;
    }

    private boolean answersHealth(String baseUrl) {
        try {
            URI health = URI.create(baseUrl.endsWith("/") ? baseUrl + "health" : baseUrl + "/health");
            HttpRequest request = HttpRequest.newBuilder(health).timeout(TIMEOUT).GET().build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("Platform health check failed: {}", e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Returns once a probe that was running has finished, so nothing reads the store after it closes. */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = scheduler;
            scheduler = null;
        }
        // Waited for outside the lock: a probe that finishes plans its next run under it, and must see it is over.
        if (stopping != null) {
            BackgroundThreads.stop(stopping, "platform probe");
        }
    }
}
