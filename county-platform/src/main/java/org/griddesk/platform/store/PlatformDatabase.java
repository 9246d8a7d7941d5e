package org.griddesk.platform.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.griddesk.platform.store.postgres.EmbeddedPostgresServer;

/**
 * The platform's migrated database: a connection pool, plus the embedded server behind it when no
 * external PostgreSQL is configured. Closing it closes the pool first, then stops the server.
 */
public final class PlatformDatabase implements AutoCloseable {
    static final long CONNECTION_TIMEOUT_MILLIS = 5_000;
    static final long VALIDATION_TIMEOUT_MILLIS = 1_000;

    private final HikariDataSource pool;
    private final EmbeddedPostgresServer embedded;

    private PlatformDatabase(HikariDataSource pool, EmbeddedPostgresServer embedded) {
        this.pool = pool;
        this.embedded = embedded;
    }

    /** For the service: owns its embedded server for as long as it runs. */
    public static PlatformDatabase openForService(DatabaseSettings settings) {
        return open(settings, true);
    }

    /** For a command-line call: shares the server of a running service on the same folder. */
    public static PlatformDatabase openForCommand(DatabaseSettings settings) {
        return open(settings, false);
    }

    private static PlatformDatabase open(DatabaseSettings settings, boolean exclusive) {
        EmbeddedPostgresServer embedded = null;
        HikariConfig config = new HikariConfig();
        if (settings.usesEmbeddedServer()) {
            embedded = exclusive
                    ? EmbeddedPostgresServer.startExclusive(settings.dataFolder(), settings.binaryCache())
                    : EmbeddedPostgresServer.attachOrStart(settings.dataFolder(), settings.binaryCache());
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername(EmbeddedPostgresServer.SUPERUSER);
            config.setPassword(embedded.password());
        } else {
            config.setJdbcUrl(settings.jdbcUrl().get());
            settings.user().ifPresent(config::setUsername);
            settings.password().ifPresent(config::setPassword);
        }
        // a push writes its records as JDBC batches; the driver sends them as multi-row INSERTs
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.setPoolName("griddesk-platform");
        // A database that is gone must show at once, not after Hikari's default 30 s per request: the API answers
        // 503 unavailable and the devices retry later.
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setValidationTimeout(VALIDATION_TIMEOUT_MILLIS);
        config.setMaximumPoolSize(exclusive ? 10 : 2);
        try {
            HikariDataSource pool = new HikariDataSource(config);
            migrate(pool);
            return new PlatformDatabase(pool, embedded);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/platform")
                .load()
                .migrate();
    }

    public DataSource dataSource() {
        return pool;
    }

    /** False while the embedded PostgreSQL is known to be down (being restarted); an external one is assumed up. */
    public boolean accepting() {
        return embedded == null || embedded.accepting();
    }

    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
