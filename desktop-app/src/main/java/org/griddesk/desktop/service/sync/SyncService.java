package org.griddesk.desktop.service.sync;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.griddesk.desktop.service.StoredSettings;
import org.griddesk.desktop.store.sync.DerbyDeviceStore;
import org.griddesk.desktop.store.sync.SyncLogTable;
import org.griddesk.sync.merge.FieldMerger;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.LocalConflict;
import org.griddesk.sync.store.OutboxEntry;
import org.griddesk.sync.store.RecordSyncStatus;

/** Everything the 同步 workspace and the command line do: sign in and out, sync, and look at what went wrong. */
public final class SyncService {

    private final StoredSettings settings;
    private final SignInService signIn;
    private final SyncRunner runner;
    private final DerbyDeviceStore store;
    private final SyncLogTable log;
    private final SyncAccountStore accounts;
    private Supplier<Optional<String>> preset = Optional::empty;
    private final List<Consumer<Optional<SignedInAccount>>> accountListeners = new CopyOnWriteArrayList<>();

    public SyncService(StoredSettings settings, SyncAccountStore accounts, SignInService signIn, SyncRunner runner,
                       DerbyDeviceStore store, SyncLogTable log) {
        this.settings = settings;
        this.accounts = accounts;
        this.signIn = signIn;
        this.runner = runner;
        this.store = store;
        this.log = log;
    }

    /** Off by default: a worker on a metered connection decides when data goes out. */
    /** With the install-time address ({@link org.griddesk.desktop.service.PlatformPreset}) as the last fallback. */
    public SyncService withPreset(Supplier<Optional<String>> installTimeAddress) {
        this.preset = installTimeAddress;
        return this;
    }

    public boolean autoSync() {
        return accounts.autoSync();
    }

    public void setAutoSync(boolean on) {
        accounts.setAutoSync(on);
    }

    public Optional<SignedInAccount> account() {
        return signIn.current();
    }

    /**
     * The address to offer in the sign-in form: the signed-in platform, else the one in the settings, else the one
     * set when the app was installed.
     */
    public Optional<String> platformUrl() {
        return account().map(SignedInAccount::platformUrl).filter(url -> !url.isBlank())
                .or(settings::platformUrl).or(preset);
    }

    public SignedInAccount signIn(String platformUrl, String username, char[] password) throws SignInException {
        SignedInAccount account = signIn.signIn(platformUrl, username, password);
        settings.setPlatformUrl(account.platformUrl());
        accountChanged(Optional.of(account));
        return account;
    }

    public void signOut() throws SignInException {
        try {
            signIn.signOut();
        } finally {
            accountChanged(account()); // offline the token is forgotten all the same
        }
    }

    /**
     * Told, on the thread that signed in or out, who is signed in now: the shell shows 审核 to a supervisor who signs
     * in while the store is open, not only after the next unlock.
     */
    public void onAccountChanged(Consumer<Optional<SignedInAccount>> listener) {
        accountListeners.add(listener);
    }

    private void accountChanged(Optional<SignedInAccount> now) {
        accountListeners.forEach(listener -> listener.accept(now));
    }

    public SyncReport sync(SyncProgress progress, BooleanSupplier cancelled) {
        return runner.run(progress, cancelled);
    }

    /** The newest runs first. */
    public List<SyncRun> recentRuns(int limit) {
        return log.recent(limit).stream().map(row -> new SyncRun(row.started(), Optional.ofNullable(row.outcome()),
                SyncReport.parseCounters(row.counters()))).toList();
    }

    public List<RecordTrouble> troubled() {
        return store.troubled().stream().map(t -> new RecordTrouble(t.key(), t.status())).toList();
    }

    public List<LocalConflict> conflicts() {
        return store.conflicts();
    }

    /**
     * The worker gives up the rejected edits of a record: they leave the outbox and the record shows the last
     * platform state again (a record that never reached the platform, or that has left the worker's scope, disappears).
     */
    public void discardRejected(RecordKey key) {
        store.atomically(() -> {
            store.discardPending(key);
            Optional<SyncRecord> base = store.base(key);
            if (base.isEmpty() || store.hasLeftScope(key)) {
                // kept only for these edits: the device may no longer hold a record that left its scope
                store.dropRecord(key);
                return;
            }
            store.putLocalView(new FieldMerger().rebase(base.get(), key,
                    store.pending(key).stream().map(OutboxEntry::toEdit).toList()));
            store.setStatus(key, RecordSyncStatus.SYNCED);
        });
    }
}
