package org.griddesk.platform.service.sync;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.griddesk.model.forms.ParsedForm;
import java.util.function.Predicate;
import org.griddesk.model.code.DivisionTable;
import org.griddesk.model.validation.Messages;
import org.griddesk.model.validation.RecordValidator;
import org.griddesk.platform.service.BadRequestException;
import org.griddesk.platform.service.SignedInDevice;
import org.griddesk.platform.service.review.ReviewIntake;
import org.griddesk.platform.store.AccountStore;
import org.griddesk.platform.store.sync.CountyTransactions;
import org.griddesk.platform.store.sync.PostgresServerStore;
import org.griddesk.platform.store.sync.ReviewItemStore;
import org.griddesk.sync.clock.ClockSkewClamp;
import org.griddesk.sync.server.Caller;
import org.griddesk.sync.server.SyncServerCore;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;

/**
 * Push and pull for signed-in devices: sync-engine's core over the PostgreSQL store, with grid scopes
 * and field-model validation. Per change, scope and validation refusals are results inside a 200 answer
 * ({@code rejected} with {@code out_of_scope} / {@code invalid_field}); only a request that is wrong as
 * a whole (another device's batch) is refused outright; an account without grids pulls an empty page announcing
 * grids [], and a change to a record that left the caller's grids after it could see it (also a record of a grid
 * taken from the account) is kept for review ({@code rejected} with {@code kept_for_review}).
 */
public final class CountySyncService {
    public static final int DEFAULT_PAGE = 500;
    public static final int MAX_PAGE = 5000;
    public static final int MAX_BATCH = 5000;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CountyTransactions transactions;
    private final SyncServerCore core;
    private final SyncCallers callers;
    private final DuplicateResidents duplicates;
    private final ChangeScreen screen = new ChangeScreen();

    CountySyncService(CountyTransactions transactions, SyncServerCore core, SyncCallers callers,
                      DuplicateResidents duplicates) {
        this.transactions = transactions;
        this.core = core;
        this.callers = callers;
        this.duplicates = duplicates;
    }

    /**
     * {@code templates} gives the parsed form of a published template version, for checking applications;
     * {@code blobHeld} says whether the platform holds a blob whole: changes may only reference those.
     */
    public static CountySyncService create(CountyTransactions transactions, AccountStore accounts, Clock clock,
                                     BiFunction<String, String, Optional<ParsedForm>> templates,
                                     Predicate<String> blobHeld) {
        PostgresServerStore store = new PostgresServerStore(transactions);
        RecordValidator fields = new RecordValidator(DivisionTable.bundled(), clock.withZone(CHINA));
        DuplicateResidents duplicates = new DuplicateResidents(new ReviewItemStore(transactions));
        PlatformChangeValidator validator = new PlatformChangeValidator(fields,
                Messages.forLocale(Locale.SIMPLIFIED_CHINESE), duplicates);
        SyncServerCore core = SyncServerCore.create(store, ClockSkewClamp.fiveMinutes("platform", clock::millis),
                new GridScope(), new ReviewIntake(new BlobReferenceCheck(blobHeld,
                        new ApplicationCheck(validator, templates)), transactions, clock));
        String county = transactions.county();
        return new CountySyncService(transactions, core,
                new SyncCallers(county, username -> accounts.formerGrids(county, username)), duplicates);
    }

    /** Judges a batch; a replayed (deviceId, batchId) gets the stored answer and changes nothing. */
    public PushResponse push(SignedInDevice device, PushRequest request) {
        String batchId = request.batchId();
        if (batchId == null || batchId.isBlank() || batchId.length() > ChangeScreen.MAX_ID_LENGTH
                || batchId.indexOf('\0') >= 0) {
            throw new BadRequestException("batchId must be 1 to " + ChangeScreen.MAX_ID_LENGTH + " characters");
        }
        if (!device.deviceId().equals(request.deviceId())) {
            throw new BadRequestException("deviceId does not match the device this token was issued to");
        }
        if (request.changes().stream().anyMatch(change -> change == null)) {
            throw new BadRequestException("changes must not contain null");
        }
        if (request.changes().size() > MAX_BATCH) {
            throw new BadRequestException("A batch holds at most " + MAX_BATCH + " changes");
        }
        List<Change> storable = request.changes().stream()
                .filter(change -> screen.problem(change).isEmpty()).toList();
        Caller caller = callers.pushing(device);
        PushResponse judged = transactions.write(() -> {
            duplicates.lookUp(storable);
            return core.push(caller, new PushRequest(request.deviceId(), request.batchId(), request.schemaVersion(),
                    storable, request.omitAppliedRecords()));
        });
        return storable.size() == request.changes().size() ? judged
                : new PushResponse(screen.interleave(request.changes(), judged.results()));
    }

    /** Records in the caller's scope changed after the cursor, in seq order, read from one snapshot. */
    public ChangesPage pull(SignedInDevice device, long after, int limit) {
        if (after < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new BadRequestException("after must be >= 0 and limit between 1 and " + MAX_PAGE);
        }
        Caller caller = callers.of(device);
        if (caller.scopes().isEmpty()) {
            // every grid was taken away: saying so (grids []) lets the devices drop what they may no longer hold
            return new ChangesPage(List.of(), after, false, List.of());
        }
        return transactions.read(() -> core.pull(caller, after, limit));
    }
}
