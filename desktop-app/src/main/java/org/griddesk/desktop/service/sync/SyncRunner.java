package org.griddesk.desktop.service.sync;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import okhttp3.HttpUrl;
import org.griddesk.desktop.store.StatusCounts;
import org.griddesk.desktop.store.sync.SyncLogTable;
import org.griddesk.sync.client.ClientSettings;
import org.griddesk.sync.client.HttpSyncClient;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.session.BlobUploads;
import org.griddesk.sync.session.SessionSettings;
import org.griddesk.sync.session.SyncCounters;
import org.griddesk.sync.session.SyncOutcome;
import org.griddesk.sync.session.SyncSession;
import org.griddesk.sync.store.DeviceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync run: the sync engine's session over HTTP with the stored device token, logged in sync_log with its
 * outcome and counters. A failed or cancelled run is simply started again; the store's checkpoints make it resume.
 */
public final class SyncRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRunner.class);

    private final DeviceStore store;
    private final HybridLogicalClock clock;
    private final SyncAccountStore accounts;
    private final SyncLogTable log;
    private final ClientSettings clientSettings;
    private final Runnable afterRun;
    private final Clock wallClock;
    private java.util.function.IntSupplier placeIssues = () -> 0;
    private final DeviceBlobs blobs;

    public SyncRunner(DeviceStore store, HybridLogicalClock clock, SyncAccountStore accounts, SyncLogTable log,
                      ClientSettings clientSettings, Runnable afterRun, Clock wallClock) {
        this(store, clock, accounts, log, clientSettings, afterRun, wallClock, null);
    }

    /** {@code blobs} (null: none) sends the photos and attachments a change names before the change. */
    public SyncRunner(DeviceStore store, HybridLogicalClock clock, SyncAccountStore accounts, SyncLogTable log,
                      ClientSettings clientSettings, Runnable afterRun, Clock wallClock, DeviceBlobs blobs) {
        this.blobs = blobs;
        this.store = store;
        this.clock = clock;
        this.accounts = accounts;
        this.log = log;
        this.clientSettings = clientSettings;
        this.afterRun = afterRun;
        this.wallClock = wallClock;
    }

    /**
     * After each run, issues reported before the device knew its grid boundaries get the grid their location falls
     * in (the pull brings the boundaries); when any did, they are sent at once rather than left refused.
     */
    public SyncRunner placingIssuesWith(java.util.function.IntSupplier placeUnplacedIssues) {
        this.placeIssues = placeUnplacedIssues;
        return this;
    }

    /**
     * Runs one at a time per store (every runner of a session shares its store): an automatic run and a click on
     * 同步 never push the same outbox concurrently.
     */
    public SyncReport run(SyncProgress progress, BooleanSupplier cancelled) {
        synchronized (store) {
            return runAlone(progress, cancelled);
        }
    }

    private SyncReport runAlone(SyncProgress progress, BooleanSupplier cancelled) {
        if (accounts.holdsForbiddenAccount()) {
            return new SyncReport(SyncReport.Ending.FAILED, SyncCounters.ZERO, SyncFailure.PRACTICE_ONLY,
                    "a practice store syncs with its practice platform only");
        }
        Optional<SignedInAccount> account = accounts.account();
        Optional<String> token = accounts.token();
        HttpUrl url = account.map(SignedInAccount::platformUrl).map(HttpUrl::parse).orElse(null);
        if (token.isEmpty() || url == null) {
            return new SyncReport(SyncReport.Ending.FAILED, SyncCounters.ZERO, SyncFailure.NOT_SIGNED_IN,
                    "sign in first");
        }
        long logId = log.started(wallClock.instant());
        SyncSession[] session = new SyncSession[1];
        session[0] = new SyncSession(store, new HttpSyncClient(url, token::get, clientSettings), clock,
                SessionSettings.standard(), (phase, counters) -> {
                    progress.update(phase, counters);
                    if (cancelled.getAsBoolean()) {
                        session[0].cancel();
                    }
                }, () -> UUID.randomUUID().toString(),
                blobs == null ? BlobUploads.NONE : blobs.uploads(url, token::get));
        SyncReport report = report(session[0]);
        if (report.completed() && placeIssues.getAsInt() > 0) {
            report = report(new SyncSession(store, new HttpSyncClient(url, token::get, clientSettings), clock,
                    SessionSettings.standard(), progress::update));
        }
        afterRun.run();
        log.finished(logId, wallClock.instant(), outcome(report), SyncReport.countersLine(report.counters()));
        return report;
    }

    private static SyncReport report(SyncSession session) {
        try {
            SyncOutcome outcome = session.run();
            return switch (outcome.ending()) {
                case COMPLETED -> new SyncReport(SyncReport.Ending.COMPLETED, outcome.counters(), null, null);
                case CANCELLED -> new SyncReport(SyncReport.Ending.CANCELLED, outcome.counters(), null, null);
                case FAILED -> failed(outcome.counters(), outcome.failure());
            };
        } catch (RuntimeException e) {
            // e.g. an answer that could not be read; the checkpoints keep what was done so far.
            return failed(SyncCounters.ZERO, e);
        }
    }

    private static SyncReport failed(SyncCounters counters, RuntimeException failure) {
        SyncFailure reason = SyncFailure.of(failure);
        LOG.info("Sync failed: {}", reason.code());
        return new SyncReport(SyncReport.Ending.FAILED, counters, reason, failure.getMessage());
    }

    private static String outcome(SyncReport report) {
        return switch (report.ending()) {
            case COMPLETED -> StatusCounts.SYNC_OK;
            case CANCELLED -> "cancelled";
            case FAILED -> report.failure().code();
        };
    }
}
