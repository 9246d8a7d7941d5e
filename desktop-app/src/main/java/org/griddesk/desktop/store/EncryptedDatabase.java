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

    static {
        DerbyLog.install();
        if (System.getProperty(IDENTITY_RANGE) == null) {
            System.setProperty(IDENTITY_RANGE, "5000");
        }
        if (System.getProperty(LOG_BUFFER) == null) {
            System.setProperty(LOG_BUFFER, Integer.toString(1 << 20));
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
