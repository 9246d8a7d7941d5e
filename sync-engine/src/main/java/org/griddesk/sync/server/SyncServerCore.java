package org.griddesk.sync.server;

import java.util.List;
import java.util.Objects;
import org.griddesk.sync.clock.ClockSkewClamp;
import org.griddesk.sync.merge.FieldMerger;
import org.griddesk.sync.merge.ResultStatus;
import org.griddesk.sync.store.ServerStore;
import org.griddesk.sync.store.StoredBatch;
import org.griddesk.sync.wire.ChangeResult;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.ErrorCodes;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;
import org.griddesk.sync.wire.SyncProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform side of sync v1 without HTTP: push (each change judged alone, batches replayable) and
 * pull. The platform wraps it with PostgreSQL and Javalin.
 */
public final class SyncServerCore {

    private static final Logger LOG = LoggerFactory.getLogger(SyncServerCore.class);

    private final ServerStore store;
    private final PushJudge judge;
    private final PullFeed feed;
    private final int minimumSchemaVersion;

    public SyncServerCore(ServerStore store, PushJudge judge, PullFeed feed) {
        this(store, judge, feed, SyncProtocol.SCHEMA_VERSION);
    }

    public SyncServerCore(ServerStore store, PushJudge judge, PullFeed feed, int minimumSchemaVersion) {
        this.store = Objects.requireNonNull(store);
        this.judge = Objects.requireNonNull(judge);
        this.feed = Objects.requireNonNull(feed);
        this.minimumSchemaVersion = minimumSchemaVersion;
    }

    /** Wires a core with the standard merge: the one place the server-side pieces are put together. */
    public static SyncServerCore create(ServerStore store, ClockSkewClamp clamp, ScopeCheck scope,
                                        ChangeValidator validator) {
        return new SyncServerCore(store, new PushJudge(store, new FieldMerger(), clamp, scope, validator),
                new PullFeed(store, scope));
    }

    /**
     * Judges a batch. A replay of a known (deviceId, batchId) with the same changes returns the stored answer and
     * changes nothing.
     *
     * @throws UnsupportedSchemaException when the device is older than the platform accepts
     * @throws BatchIdReusedException when a known (deviceId, batchId) comes with other changes
     */
    public PushResponse push(Caller caller, PushRequest request) {
        if (request.schemaVersion() < minimumSchemaVersion) {
            throw new UnsupportedSchemaException(request.schemaVersion(), minimumSchemaVersion);
        }
        String fingerprint = BatchFingerprint.of(request.changes());
        return store.inTransaction(() -> store.storedBatch(caller.deviceId(), request.batchId())
                .map(stored -> replay(stored, fingerprint, request.batchId()))
                .orElseGet(() -> judgeBatch(caller, request, fingerprint)));
    }

    private static PushResponse replay(StoredBatch stored, String fingerprint, String batchId) {
        if (!stored.answers(fingerprint)) {
            throw new BatchIdReusedException(batchId);
        }
        return stored.response();
    }

    public ChangesPage pull(Caller caller, long after, int limit) {
        return feed.changes(caller, after, limit);
    }

    /** The device rebuilds an applied change's record itself (see {@link PushRequest#omitAppliedRecords}). */
    private static ChangeResult withoutAppliedRecord(ChangeResult result) {
        if (!ResultStatus.APPLIED.wireName().equals(result.status()) || result.record() == null) {
            return result;
        }
        return new ChangeResult(result.id(), result.status(), result.rev(), null, result.conflicts(), result.error());
    }

    private PushResponse judgeBatch(Caller caller, PushRequest request, String fingerprint) {
        BatchRecords records = BatchRecords.load(store, request.changes());
        List<ChangeResult> results = request.changes().stream().map(change -> {
            try {
                return judge.judge(caller, change, records);
            } catch (RuntimeException e) {
                // one broken change must not stop the village's other uploads
                LOG.warn("Change of type {} could not be judged: {}", change.type(), e.getClass().getSimpleName());
                return PushJudge.rejected(change, ErrorCodes.INTERNAL_ERROR, "The platform could not process this change");
            }
        }).map(result -> request.omitAppliedRecords() ? withoutAppliedRecord(result) : result).toList();
        PushResponse response = new PushResponse(results);
        store.saveBatch(caller.deviceId(), request.batchId(), new StoredBatch(fingerprint, response));
        return response;
    }
}
