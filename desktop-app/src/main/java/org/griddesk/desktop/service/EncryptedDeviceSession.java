package org.griddesk.desktop.service;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import org.griddesk.desktop.store.OpenStore;
import org.griddesk.desktop.store.StoreException;
import org.griddesk.desktop.store.StoreFailure;
import org.griddesk.desktop.store.sync.DerbyDeviceStore;
import org.griddesk.sync.clock.HybridLogicalClock;

/**
 * An unlocked encrypted store with its settings, status and platform probe. Nothing runs in the background
 * until a screen asks for it ({@link #startBackgroundWork}): the command line opens sessions too, and a session
 * that starts threads nobody needs can only race its own close.
 */
public final class EncryptedDeviceSession implements DeviceSession {

    private final Path dataDir;
    private final OpenStore store;
    private final StoredSettings settings;
    private final PlatformProbe probe;
    private final StoreStatus status;
    private final DerbyDeviceStore records;
    private final DeviceClock deviceClock;
    private final Deque<AutoCloseable> whileOpen = new ArrayDeque<>();
    private boolean closed;

    EncryptedDeviceSession(Path dataDir, OpenStore store, LanguagePreference languageMirror, java.time.Duration probeInterval) {
        this.dataDir = dataDir;
        this.store = store;
        this.settings = new StoredSettings(store.settings(), languageMirror);
        // Until a screen starts sync (SyncServices.startBackground), the probe asks the address in the settings.
        this.probe = new PlatformProbe(settings::platformUrl, probeInterval);
        this.status = new StoreStatus(store.statusCounts(), probe);
        this.records = DerbyDeviceStore.on(store);
        this.deviceClock = DeviceClock.resume(store.settings(), records, System::currentTimeMillis);
    }

    @Override
    public <T> T wire(SessionWiring<T> wiring) {
        return wiring.encrypted(this);
    }

    /** Starts probing the platform, so the status bar can tell online from offline. */
    @Override
    public void startBackgroundWork() {
        probe.start();
    }

    /**
     * Background work that lives exactly as long as this session (automatic sync): it is closed, last registered
     * first, before the store closes, and close() returns only after it has stopped.
     */
    public synchronized void closeBeforeStore(AutoCloseable work) {
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
        whileOpen.push(work);
    }

    @Override
    public StoredSettings settings() {
        return settings;
    }

    @Override
    public StatusService status() {
        return status;
    }

    @Override
    public DerbyDeviceStore records() {
        return records;
    }

    @Override
    public HybridLogicalClock clock() {
        return deviceClock.clock();
    }

    /** Saves the clock's newest time; the sync runner calls it after each run, close() does too. */
    public void rememberClock() {
        deviceClock.remember();
    }

    public PlatformProbe platformProbe() {
        return probe;
    }

    /** The data folder of this store: attachments and map files live beside the database. */
    public Path dataDir() {
        return dataDir;
    }

    /** The Flyway version the device schema is at after unlocking. */
    public String schemaVersion() {
        return store.schemaVersion();
    }

    /** For the sync engine and other store-level services wired in app. */
    public OpenStore store() {
        return store;
    }

    @Override
    public void changePassphrase(char[] current, char[] next) throws VaultException {
        if (PassphrasePolicy.assess(next) == PassphraseStrength.WEAK) {
            throw new VaultException(VaultException.Reason.PASSPHRASE_TOO_WEAK, "the new passphrase is too weak");
        }
        try {
            store.changePassphrase(current, next);
        } catch (StoreException e) {
            VaultException.Reason reason = e.failure() == StoreFailure.WRONG_KEY
                    ? VaultException.Reason.WRONG_PASSPHRASE : VaultException.Reason.STORAGE_ERROR;
            throw new VaultException(reason, e.getMessage(), null, e);
        }
    }

    /** Returns once no thread of this session is running and Derby has shut the store down. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        while (!whileOpen.isEmpty()) {
            closeQuietly(whileOpen.pop());
        }
        probe.close();
        deviceClock.remember();
        store.close();
    }

    private static void closeQuietly(AutoCloseable work) {
        try {
            work.close();
        } catch (Exception e) {
            // The store must still close; the work's own log says what went wrong.
        }
    }
}
