package org.griddesk.desktop.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** A booted, migrated device store. Closing it shuts Derby down cleanly and releases the folder. */
public final class OpenStore implements AutoCloseable {

    private final EncryptedDatabase database;
    private final KeyFiles keyFiles;
    private final int iterations;
    private final String schemaVersion;
    /**
     * Connecting holds the read side, closing the write side. Without it a thread that passed the closed check
     * just before close() asked Derby for a connection after the shutdown, and Derby began booting the database
     * again: files appeared in the folder after close() had returned.
     */
    private final ReadWriteLock gate = new ReentrantReadWriteLock();
    private KeyFile keyFile;
    private volatile boolean closed;

    OpenStore(EncryptedDatabase database, KeyFiles keyFiles, KeyFile keyFile, int iterations, String schemaVersion) {
        this.database = database;
        this.keyFiles = keyFiles;
        this.keyFile = keyFile;
        this.iterations = iterations;
        this.schemaVersion = schemaVersion;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    public Connection connect() throws SQLException {
        gate.readLock().lock();
        try {
            if (closed) {
                throw new SQLException("the device store is closed", "08003");
            }
            return database.connect();
        } finally {
            gate.readLock().unlock();
        }
    }

    public SettingsTable settings() {
        return new SettingsTable(this::connect);
    }

    public AuditTable audit() {
        return new AuditTable(this::connect);
    }

    public ApplicationDraftTable applicationDrafts() {
        return new ApplicationDraftTable(this::connect);
    }

    public StatusCounts statusCounts() {
        return new StatusCounts(this::connect);
    }

    /**
     * Re-keys Derby with a key derived from {@code next} under a new salt. The new key file is staged first
     * and becomes current only after Derby accepted the new key.
     */
    public synchronized void changePassphrase(char[] current, char[] next) throws StoreException {
        KeyFile staged = stage();
        applyRekey(current, next, staged);
        commit(staged);
    }

    KeyFile stage() throws StoreException {
        KeyFile staged = KeyFile.fresh(iterations);
        try {
            keyFiles.writePending(staged);
        } catch (IOException e) {
            throw new StoreException(StoreFailure.STORAGE, "new key file could not be written", e);
        }
        return staged;
    }

    void applyRekey(char[] current, char[] next, KeyFile staged) throws StoreException {
        BootKey currentKey = KeyDerivation.derive(current, keyFile);
        BootKey nextKey = KeyDerivation.derive(next, staged);
        try {
            database.changeKey(currentKey, nextKey);
        } catch (SQLException e) {
            discardStaged();
            StoreFailure failure = DerbyErrors.classifyBootFailure(e);
            throw new StoreException(failure == StoreFailure.WRONG_KEY ? failure : StoreFailure.STORAGE,
                    failure == StoreFailure.WRONG_KEY ? "the current passphrase is wrong" : "re-keying failed", e);
        }
    }

    void commit(KeyFile staged) throws StoreException {
        try {
            keyFiles.promotePending();
            keyFile = staged;
        } catch (IOException e) {
            // Derby already uses the new key; the pending file stays and the next unlock promotes it.
            keyFile = staged;
            throw new StoreException(StoreFailure.STORAGE, "new key file could not be made current", e);
        }
    }

    private void discardStaged() {
        try {
            keyFiles.discardPending();
        } catch (IOException e) {
            // A stale pending file is harmless: unlock tries it, fails, and falls back to the current one.
        }
    }

    /** Returns once Derby has shut the database down; no connection can be opened afterwards. */
    @Override
    public synchronized void close() {
        gate.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
        } finally {
            gate.writeLock().unlock();
        }
        database.shutdown();
        OpenDatabases.release(database.directory());
    }

    public boolean isClosed() {
        return closed;
    }
}
