package org.griddesk.desktop.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The encrypted Derby store in DATA_DIR/db with its key file beside it. Creating and opening both end with
 * the schema migrated and the database booted; the caller gets an {@link OpenStore} it must close.
 */
public final class StoreFolder {

    private final Path dataDir;
    private final StoreOptions options;
    private final EncryptedDatabase database;
    private final KeyFiles keyFiles;

    public StoreFolder(Path dataDir, StoreOptions options) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.options = options;
        this.database = new EncryptedDatabase(this.dataDir.resolve("db"));
        this.keyFiles = new KeyFiles(this.dataDir);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path databaseDir() {
        return database.directory();
    }

    public boolean exists() {
        return Files.exists(database.directory().resolve("service.properties"));
    }

    public OpenStore create(char[] passphrase) throws StoreException {
        claim();
        DerbyWarmUp engine = DerbyWarmUp.start();
        try {
            // A folder without service.properties is what a crash during an earlier create leaves behind.
            FileTrees.delete(database.directory());
            KeyFile keyFile = KeyFile.fresh(options.iterations());
            BootKey key = KeyDerivation.derive(passphrase, keyFile);
            // The key file goes first: a database whose salt was lost could never be opened again.
            keyFiles.writeCurrent(keyFile);
            keyFiles.discardPending();
            engine.awaitEngine();
            database.create(key);
            return migrated(keyFile, key);
        } catch (StoreException e) {
            abandonCreation();
            throw e;
        } catch (SQLException | IOException e) {
            abandonCreation();
            throw new StoreException(StoreFailure.STORAGE, "creating the store failed", e);
        }
    }

    public OpenStore open(char[] passphrase) throws StoreException {
        claim();
        DerbyWarmUp engine = DerbyWarmUp.start();
        try {
            for (KeyFiles.Candidate candidate : keyFiles.candidates()) {
                BootKey key = KeyDerivation.derive(passphrase, candidate.keyFile());
                engine.awaitEngine();
                if (boots(key)) {
                    settleKeyFiles(candidate);
                    return migrated(candidate.keyFile(), key);
                }
            }
            throw new StoreException(StoreFailure.WRONG_KEY, "the passphrase does not open the store", null);
        } catch (StoreException e) {
            release();
            throw e;
        }
    }

    private boolean boots(BootKey key) throws StoreException {
        try {
            database.boot(key);
            return true;
        } catch (SQLException e) {
            StoreFailure failure = DerbyErrors.classifyBootFailure(e);
            if (failure == StoreFailure.WRONG_KEY) {
                return false;
            }
            String detail = failure == StoreFailure.IN_USE
                    ? "the store is open in another GridDesk process" : "the store could not be started";
            throw new StoreException(failure, detail, e);
        }
    }

    private void settleKeyFiles(KeyFiles.Candidate used) throws StoreException {
        try {
            if (used.pending()) {
                keyFiles.promotePending();
            } else {
                keyFiles.discardPending();
            }
        } catch (IOException e) {
            database.shutdown();
            throw new StoreException(StoreFailure.STORAGE, "key file could not be updated", e);
        }
    }

    private OpenStore migrated(KeyFile keyFile, BootKey key) throws StoreException {
        try {
            SchemaMigrator migrator = new SchemaMigrator(options.migrationLocations(), dataDir.resolve("backups"),
                    options.clock());
            String version = migrator.migrate(database, key);
            return new OpenStore(database, keyFiles, keyFile, options.iterations(), version);
        } catch (StoreException e) {
            database.shutdown();
            throw e;
        }
    }

    private void claim() throws StoreException {
        if (!OpenDatabases.claim(database.directory())) {
            throw new StoreException(StoreFailure.IN_USE, "the store is already open in this process", null);
        }
    }

    private void release() {
        OpenDatabases.release(database.directory());
    }

    private void abandonCreation() {
        database.shutdown();
        try {
            keyFiles.deleteAll();
            FileTrees.delete(database.directory());
        } catch (IOException e) {
            // Leftovers only matter to a later create(), which overwrites the key file anyway.
        } finally {
            release();
        }
    }
}
