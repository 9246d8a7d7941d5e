package org.griddesk.platform.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.griddesk.platform.cli.PlatformCommandLine;
import org.griddesk.platform.store.DatabaseSettings;
import org.griddesk.platform.store.postgres.EmbeddedPostgresServer;
import org.griddesk.platform.store.postgres.PostgresBinaries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --db-url the platform uses that PostgreSQL and starts none of its own. */
class ExternalDatabaseTest {
    @TempDir
    Path postgresFolder;

    @TempDir
    Path platformFolder;

    @Test
    void commandLineAndServiceShareAnExternalDatabase() throws Exception {
        try (EmbeddedPostgresServer external = EmbeddedPostgresServer.startExclusive(postgresFolder,
                PostgresBinaries.defaultCacheRoot())) {
            Path dbPassword = platformFolder.resolve("db-password");
            Files.writeString(dbPassword, external.password() + "\n");
            Path userPassword = platformFolder.resolve("user-password");
            Files.writeString(userPassword, "zhou-password");

            StringWriter err = new StringWriter();
            int code = PlatformCommandLine.create(new PlatformLauncher(), new PrintWriter(new StringWriter()),
                    new PrintWriter(err, true)).execute("user", "add", "--username", "zhou", "--role", "admin",
                    "--grids", "500101002001", "--password-file", userPassword.toString(),
                    "--db-url", external.jdbcUrl(), "--db-user", EmbeddedPostgresServer.SUPERUSER,
                    "--db-password-file", dbPassword.toString(), "--data", platformFolder.toString());
            assertEquals(0, code, err.toString());

            DatabaseSettings settings = new DatabaseSettings(platformFolder, Optional.of(external.jdbcUrl()),
                    Optional.of(EmbeddedPostgresServer.SUPERUSER), Optional.of(external.password()),
                    PostgresBinaries.defaultCacheRoot());
            try (PlatformServer server = PlatformServer.start(new PlatformConfig("127.0.0.1", 0, settings, "500101"))) {
                PlatformHttp.Reply reply = new PlatformHttp(server.port()).login("zhou", "zhou-password");
                assertEquals(200, reply.status(), reply.text());
                assertEquals("admin", reply.json().path("role").asText());
            }
            assertFalse(Files.exists(platformFolder.resolve("pgdata")), "no embedded server with --db-url");
        }
    }
}
