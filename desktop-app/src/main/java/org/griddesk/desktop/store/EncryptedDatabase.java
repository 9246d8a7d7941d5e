package org.griddesk.desktop.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One Derby database folder with data encryption on; the boot key is only needed to boot it. */
public final class EncryptedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EncryptedDatabase.class);
    private static final String ENCRYPTION =
            ";dataEncryption=true;encryptionKeyLength=256;encryptionAlgorithm=AES/CBC/NoPadding";

    /**
     * Identity values (every outbox edit takes one) are reserved in ranges, and each reservation is its own
     * committed, disk-synced transaction: Derby's default range of 100 cost a sync every hundred edits of an
     * import. A crash may skip the rest of a range; the journal only needs its seq to grow.
     */
    private static final String IDENTITY_RANGE = "derby.language.sequence.preallocator";

    /**
     * Derby writes its log buffer out, synced, whenever it fills: with the default 32 KB a page of pulled records
     * (every row logged whole) paid several synced writes before its commit. Commits flush the log as before, so
     * nothing committed is any less durable; the buffers cost a few megabytes.
     */
    private static final String LOG_BUFFER = "derby.storage.logBufferSize";

    /**
     * Pages Derby keeps in memory (default 1,000). A first pull inserts ids all over the key index; when the index
     * did not fit, every insert evicted a dirty page and each index page was written to disk some twenty times.
     * 4,000 pages hold the key index and table of a village of 100,000 records (about 45 MB; at most 128 MB, were
     * every page a 32 KB table page).
     */
    private static final String PAGE_CACHE = "derby.storage.pageCacheSize";

    /**
     * Log written between checkpoints (default 10 MB). Each checkpoint writes every dirty page out, so a 100,000
     * record pull paid nine of them. 64 MB means fewer; the price is a longer replay of the log when the laptop
     * was switched off mid-write, a few seconds at most, and up to 64 MB of log files on disk.
     */
    private static final String CHECKPOINT_INTERVAL = "derby.storage.checkpointInterval";

    static {
        DerbyLog.install();
        defaultTo(IDENTITY_RANGE, "5000");
        defaultTo(LOG_BUFFER, Integer.toString(1 << 20));
        defaultTo(PAGE_CACHE, "4000");
        defaultTo(CHECKPOINT_INTERVAL, Integer.toString(64 << 20));
    }

    /** A value given on the command line wins, so an administrator can tune a slow machine. */
    private static void defaultTo(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private final Path directory;

    public EncryptedDatabase(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /** The URL of the booted database; it carries no key, so it is safe to hand to Flyway. */
    public String url() {
        return "jdbc:derby:" + directory;
    }

    void create(BootKey key) throws SQLException {
        DriverManager.getConnection(url() + ";create=true" + ENCRYPTION + ";bootPassword=" + key.hex()).close();
    }

    void boot(BootKey key) throws SQLException {
        DriverManager.getConnection(url() + ";bootPassword=" + key.hex()).close();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    void changeKey(BootKey current, BootKey next) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement call = connection.prepareStatement(
                     "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('bootPassword', ?)")) {
            call.setString(1, current.hex() + " , " + next.hex());
            call.execute();
        }
    }

    /** Derby's online backup writes a copy named after the database folder into {@code target}. */
    Path backupInto(Path target) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement call = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, target.toAbsolutePath().toString());
            call.execute();
        }
        return target.toAbsolutePath().resolve(directory.getFileName().toString());
    }

    /** Replaces this database by a backup; the database must be shut down first. */
    void restoreFrom(Path backup, BootKey key) throws SQLException {
        DriverManager.getConnection(url() + ";restoreFrom=" + backup.toAbsolutePath() + ";bootPassword=" + key.hex())
                .close();
    }

    /** A clean shutdown flushes everything and releases Derby's lock on the folder. */
    void shutdown() {
        try {
            DriverManager.getConnection(url() + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!DerbyErrors.SINGLE_DATABASE_SHUT_DOWN.equals(e.getSQLState())) {
                LOG.warn("Derby shutdown of the device store reported SQLState {}", e.getSQLState());
            }
        }
    }
}
